#include "model/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ae {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ae::AtomicFileWriter", text); // where lupdate files tr()
}
} // namespace

AtomicFileWriter::AtomicFileWriter(const QString& path) : m_path(path), m_file(path) {}

AtomicFileWriter::~AtomicFileWriter() {
    if (m_open) m_file.cancelWriting();
}

bool AtomicFileWriter::fail(const QString& why, QString* error) {
    if (m_open) m_file.cancelWriting();
    m_open = false;
    if (error) *error = tr("Cannot write %1: %2").arg(m_path, why);
    return false;
}

bool AtomicFileWriter::open(QString* error) {
    const QFileInfo info(m_path);
    if (info.isDir()) return fail(tr("it is a directory"), error);
    // QSaveFile would rename its temporary file over a device or pipe; refuse instead.
    if (info.exists() && !info.isFile()) return fail(tr("it is not a regular file"), error);
    if (!info.absoluteDir().exists())
        return fail(tr("the folder %1 does not exist").arg(info.absolutePath()), error);
    if (!m_file.open(QIODevice::WriteOnly)) return fail(m_file.errorString(), error);
    m_open = true;
    return true;
}

bool AtomicFileWriter::write(const char* data, qint64 size, QString* error) {
    if (!m_open) return fail(tr("the file is not open"), error);
    // Every write's count is checked: a short write must never be committed as a truncated file.
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_file.write(data + done, size - done);
        if (n <= 0) return fail(m_file.errorString(), error);
        done += n;
    }
    m_written += size;
    return true;
}

bool AtomicFileWriter::commit(QString* error) {
    if (!m_open) return fail(tr("the file is not open"), error);
    if (!m_file.flush()) return fail(m_file.errorString(), error);
    m_open = false;
    if (!m_file.commit()) return fail(m_file.errorString(), error);
    const qint64 landed = QFileInfo(m_path).size();
    if (landed != m_written)
        return fail(tr("%1 bytes landed instead of %2").arg(landed).arg(m_written), error);
    return true;
}

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error) {
    AtomicFileWriter writer(path);
    return writer.open(error) && writer.write(data.constData(), data.size(), error) &&
           writer.commit(error);
}

} // namespace ae
