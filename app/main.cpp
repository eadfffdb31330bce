// Entry point: parses the command line, builds the Scene from the last session and opens the
// window. Everything else lives in ui/ and core/.
#include "mainwindow.h"
#include "scene.h"
#include "sceneSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("activation-explorer"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Activation Explorer"));
    QApplication::setOrganizationName(QStringLiteral("ActivationExplorer"));
    QApplication::setApplicationVersion(QStringLiteral(AE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-explorer.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Explore neural-network activation functions, their derivatives and saturation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QSettings settings;
    Scene scene;
    restoreScene(scene, settings);
    MainWindow window(&scene, &settings);
    window.show();
    return app.exec();
}
