// Entry point: picks the offscreen platform for window-less work, parses the command line, and
// either runs that work or restores the last session and opens the window.
#include "cli/commandline.h"
#include "cli/headless.h"
#include "core/heap.h"
#include "depthlab/depthlabworkspace.h"
#include "model/scene.h"
#include "model/scenedocument.h"
#include "model/scenesession.h"
#include "model/settingskeys.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace ae;

namespace {
// Qt warns on stderr when XDG_RUNTIME_DIR is unset (SSH, CI); give it a private one instead.
void usePrivateRuntimeDir() {
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/activation-explorer-runtime-" +
                           QByteArray::number(uint(getuid()));
    if (QDir().mkpath(QString::fromLocal8Bit(dir))) {
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner |
                                                               QFileDevice::WriteOwner |
                                                               QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}
} // namespace

int main(int argc, char* argv[]) {
    ae::keepFreedHeapMapped();
    // A file-size limit must surface as a failed write (and a message), not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    const bool noDisplay =
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool headless = isHeadlessInvocation(argc, argv);
    if ((headless || noDisplay) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Without a display even a usage error must be reported, not abort in the xcb plugin.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) usePrivateRuntimeDir();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("activation-explorer"));
    QApplication::setOrganizationName(QStringLiteral("ActivationExplorer"));
    QApplication::setApplicationVersion(QStringLiteral(AE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-explorer.svg")));

    // The interface language: the user's choice (View ▸ Language), else the system's.
    const QString language =
        QSettings().value(SettingsKeys::language, QStringLiteral("system")).toString();
    const QLocale locale =
        language == QLatin1String("system") ? QLocale::system() : QLocale(language);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("activation-explorer"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QApplication::setApplicationDisplayName(QApplication::translate("main", "Activation Explorer"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const ParsedCommandLine parsed = parseCommandLine(QApplication::arguments());
    if (!parsed.command) {
        err << "activation-explorer: " << parsed.error << '\n'
            << QApplication::translate("main", "Try 'activation-explorer --help'.") << '\n';
        return 2;
    }
    const CommandLine& cmd = *parsed.command;
    if (cmd.mode != CommandLine::Mode::Window) return runHeadless(cmd, out, err);
    if (noDisplay && QApplication::platformName() == QLatin1String("offscreen") &&
        qEnvironmentVariableIsEmpty("AE_ALLOW_OFFSCREEN_WINDOW")) {
        err << QApplication::translate("main",
                                       "activation-explorer: no display to open the window on "
                                       "(DISPLAY and WAYLAND_DISPLAY are unset).\n"
                                       "Use --export FILE or --csv FILE to work without one, or "
                                       "run under xvfb-run.")
            << '\n';
        return 1;
    }

    QSettings settings;
    Scene scene;
    // A stored session that fails its checks must never keep the window from opening: it starts
    // with the defaults, and the refused data is kept aside (see restoreScene).
    QString restoreProblem;
    SessionDocument session = restoreScene(scene, settings, &restoreProblem);
    if (!restoreProblem.isEmpty()) settings.sync(); // the refused data is set aside at once
    const bool options = QApplication::arguments().size() > 1 && cmd.openPath.isEmpty();
    if (options) { // --scene, --param, …: a new Untitled scene built from the command line
        scene.setState(cmd.state);
        session = {};
        session.figure = cmd.figure; // the document keeps --theme and --size (or --scene's)
    }
    MainWindow window(&scene, &settings);
    window.addWorkspace(new DepthLabWorkspace(&scene));
    window.document()->adopt(session);
    window.show();
    if (!restoreProblem.isEmpty())
        window.statusBar()->showMessage(
            QApplication::translate("main",
                                    "The last session could not be restored (%1); started with "
                                    "the defaults. Its data was kept in the settings under %2.")
                .arg(restoreProblem, SettingsKeys::rejectedScene));
    if (!cmd.openPath.isEmpty()) window.openScenePath(cmd.openPath);
    return app.exec();
}
