// Writing user files without ever losing what was there: the bytes go to a temporary file beside
// the target (QSaveFile), every write's count is checked, and only a complete file replaces it.
// Scene saves and figure exports write one buffer; CSV streams its rows through the writer.
#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace ae {

// Streams into a temporary file; commit() replaces the target only if every byte landed.
// Destroying an uncommitted writer removes the temporary file and leaves the target untouched.
class AtomicFileWriter {
  public:
    explicit AtomicFileWriter(const QString& path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    bool open(QString* error);
    bool write(const char* data, qint64 size, QString* error);
    // Flushes, renames over the target and checks the size that landed.
    bool commit(QString* error);

  private:
    bool fail(const QString& why, QString* error);

    QString m_path;
    QSaveFile m_file;
    qint64 m_written = 0;
    bool m_open = false;
};

// Returns false with a message naming the file and the cause; the target is then untouched.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

} // namespace ae
