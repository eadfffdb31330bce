#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error =
                QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(path, why);
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir()) return fail(QCoreApplication::translate("AtomicFile", "it is a directory"));
    // QSaveFile would rename its temporary file over a device or pipe; refuse instead.
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("AtomicFile", "it is not a regular file"));
    if (!info.absoluteDir().exists())
        return fail(QCoreApplication::translate("AtomicFile", "the folder %1 does not exist")
                        .arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
    // Every write's count is checked: a short write must never be committed as a truncated file.
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return fail(why);
        }
        done += n;
    }
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit()) return fail(file.errorString());
    const qint64 landed = QFileInfo(path).size();
    if (landed != data.size())
        return fail(QCoreApplication::translate("AtomicFile", "%1 bytes landed instead of %2")
                        .arg(landed)
                        .arg(data.size()));
    return true;
}
