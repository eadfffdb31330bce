// Runs the real activation-explorer executable (AE_EXECUTABLE) for the end-to-end command-line
// tests, as a user without a display would: what it printed, its exit code, whether it crashed.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

#ifndef AE_EXECUTABLE
#error "AE_EXECUTABLE must name the activation-explorer executable"
#endif

namespace {

struct Run {
    bool finished = false;
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The environment of a user without a display: no DISPLAY, no WAYLAND_DISPLAY and no platform
// chosen, so the application has to pick offscreen by itself.
inline QProcessEnvironment cleanEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

inline Run runApp(const QString& workDir, const QStringList& args,
                  const std::map<QString, QString>& extraEnv = {},
                  const std::function<void()>& childModifier = {}, int timeoutMs = 30000) {
    QProcess p;
    QProcessEnvironment env = cleanEnvironment();
    for (const auto& [k, v] : extraEnv) {
        if (v.isNull())
            env.remove(k); // a null value unsets the variable
        else
            env.insert(k, v);
    }
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    if (childModifier) p.setChildProcessModifier(childModifier);
    p.start(QStringLiteral(AE_EXECUTABLE), args);
    Run r;
    if (!p.waitForStarted(10000)) return r;
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.status = p.exitStatus();
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString describe(const QStringList& args, const Run& r) {
    return QStringLiteral("activation-explorer %1 → exit %2 (%3)\nstdout: %4\nstderr: %5")
        .arg(args.join(QLatin1Char(' ')))
        .arg(r.code)
        .arg(r.status == QProcess::NormalExit ? QStringLiteral("normal")
                                              : QStringLiteral("crashed"))
        .arg(QString::fromUtf8(r.out.left(600)), QString::fromUtf8(r.err.left(600)));
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

} // namespace
