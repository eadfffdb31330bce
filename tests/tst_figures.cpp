// Figures and scene documents from the window: the export dialog's choices, what an exported
// figure contains in each format and theme, Copy Figure, and saving/opening scenes without ever
// losing the user's file or the "modified" state.
#include "model/scene.h"
#include "model/scenedocument.h"
#include "plot/plotrenderer.h"
#include "widgets/exportdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/plotview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ae;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// All text of an SVG in document order: QSvgGenerator splits a run where the font changes (the
// β glyph may come from a fallback font), so "Swish (β = 1.5)" can span two <text> elements.
QString svgText(const QByteArray& svg) {
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters) text += xml.text().toString().trimmed();
    return text;
}
int distinctColours(const QImage& img) {
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            seen.insert(img.pixel(x, y));
    return int(seen.size());
}
FigureOptions themed(FigureOptions options, const char* theme) {
    options.theme = theme;
    return options;
}
} // namespace

class TestFigures : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void dialogPresetsAndCustomSize();
    void dialogRefusesBadChoices();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void themesDiffer();
    void printThemeUsesDashes();
    void transparentPng();
    void legendShowsParameterValues();
    void copyFigureFillsClipboard();
    void failedExportKeepsOldFile();
    void copyFigureUsesTheDocumentsTheme();
    void exportDialogStoresTheSize();
    void saveAndOpenScene();
    void failedSaveStaysModified();
    void openingABadSceneChangesNothing();

  private:
    Scene* m_scene = nullptr;
    MainWindow* m_window = nullptr;
    QTemporaryDir* m_dir = nullptr;
    QSettings* m_settings = nullptr;
};

void TestFigures::init() {
    m_dir = new QTemporaryDir;
    m_settings = new QSettings(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    m_scene = new Scene;
    m_window = new MainWindow(m_scene, m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFigures::cleanup() {
    delete m_window;
    delete m_scene;
    delete m_settings;
    delete m_dir;
}

void TestFigures::dialogPresetsAndCustomSize() {
    ExportDialog d(QSize(1200, 800), "light");
    QCOMPARE(d.presetBox()->currentIndex(), 0);
    d.presetBox()->setCurrentIndex(1);
    QCOMPARE(d.options().size, QSize(1920, 1080));
    d.widthBox()->setValue(640);
    QCOMPARE(d.presetBox()->currentIndex(), d.presetBox()->count() - 1); // custom
    QCOMPARE(d.options().size, QSize(640, 1080));
    d.scaleBox()->setCurrentIndex(2);
    QCOMPARE(d.options().scale, 3.0);
    d.themeBox()->setCurrentIndex(2);
    QCOMPARE(d.theme(), QString("print"));
    d.titleEdit()->setText("  Saturation  ");
    QCOMPARE(d.options().title, QString("Saturation"));
    d.legendBox()->setChecked(false);
    QVERIFY(!d.options().legend);
}

void TestFigures::dialogRefusesBadChoices() {
    ExportDialog d(QSize(1200, 800), "light");
    QVERIFY(d.problem().contains("Choose a file"));
    d.setPath(m_dir->filePath("figure.bmp"));
    QVERIFY(d.problem().contains("extension"));
    d.setPath(m_dir->filePath("figure.png"));
    QVERIFY(d.problem().isEmpty());
    d.widthBox()->setValue(9000);
    d.scaleBox()->setCurrentIndex(1); // 2×: 18000 px
    QVERIFY(d.problem().contains("too large"));
    d.setPath(m_dir->filePath("figure.svg")); // scale does not apply to vectors
    QVERIFY(d.problem().isEmpty());
    // JPEG and PDF have no transparency to offer.
    d.transparentBox()->setChecked(true);
    d.setPath(m_dir->filePath("figure.jpg"));
    QVERIFY(!d.options().transparent);
    QVERIFY(!d.transparentBox()->isEnabled());
}

void TestFigures::exportsEachFormat_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << "f.png";
    QTest::newRow("jpeg") << "f.jpeg";
    QTest::newRow("svg") << "f.svg";
    QTest::newRow("pdf") << "f.pdf";
}

void TestFigures::exportsEachFormat() {
    QFETCH(QString, name);
    const QString path = m_dir->filePath(name);
    FigureOptions o;
    o.size = QSize(640, 400);
    o.scale = 2;
    o.title = "Teaching figure";
    QString error;
    QVERIFY2(m_window->exportFigure(path, o, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 1000);
    if (name.endsWith(".png") || name.endsWith(".jpeg")) {
        const QImage img = QImage::fromData(bytes);
        QCOMPARE(img.size(), QSize(1280, 800));
        QVERIFY(distinctColours(img) > 20);
    } else if (name.endsWith(".svg")) {
        QXmlStreamReader xml(bytes);
        int paths = 0;
        bool title = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && (xml.name() == u"path" || xml.name() == u"polyline"))
                ++paths;
            if (xml.isCharacters() && xml.text().contains(u"Teaching figure")) title = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paths > 12);
        QVERIFY(title);
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(QRegularExpression(R"(/MediaBox \[0 0 640(\.0+)? 400(\.0+)?\])")
                    .match(QString::fromLatin1(bytes))
                    .hasMatch());
    }
}

void TestFigures::themesDiffer() {
    FigureOptions o;
    o.size = QSize(400, 300);
    QString error;
    QVERIFY(m_window->exportFigure(m_dir->filePath("light.png"), o, &error));
    QVERIFY(m_window->exportFigure(m_dir->filePath("dark.png"), themed(o, "dark"), &error));
    const QImage light(m_dir->filePath("light.png")), dark(m_dir->filePath("dark.png"));
    QCOMPARE(QColor(light.pixel(2, 2)), QColor(Qt::white));
    QVERIFY(qGray(dark.pixel(2, 2)) < 60);
    // The window keeps its own theme.
    QCOMPARE(m_window->document()->figureOptions().theme, QString("light"));
    QCOMPARE(m_window->plotView()->renderer()->theme(), QString("light"));
}

void TestFigures::printThemeUsesDashes() {
    FigureOptions o;
    o.size = QSize(600, 400);
    QString error;
    QVERIFY(m_window->exportFigure(m_dir->filePath("print.svg"), themed(o, "print"), &error));
    const QByteArray svg = readAll(m_dir->filePath("print.svg"));
    QVERIFY(svg.contains("stroke-dasharray"));
    // Black-and-white: no palette colour survives in the print figure.
    QVERIFY(!svg.contains("#0072b2"));
    QVERIFY(!svg.contains("#d55e00"));
    QVERIFY(m_window->exportFigure(m_dir->filePath("light.svg"), o, &error));
    QVERIFY(readAll(m_dir->filePath("light.svg")).contains("#0072b2"));
}

void TestFigures::transparentPng() {
    FigureOptions o;
    o.size = QSize(300, 200);
    o.transparent = true;
    QString error;
    QVERIFY(m_window->exportFigure(m_dir->filePath("t.png"), o, &error));
    const QImage img(m_dir->filePath("t.png"));
    QVERIFY(img.hasAlphaChannel());
    QCOMPARE(qAlpha(img.pixel(1, 1)), 0);
}

void TestFigures::legendShowsParameterValues() {
    m_scene->setParameter("swish", "beta", 1.5);
    FigureOptions o;
    o.size = QSize(600, 400);
    QString error;
    QVERIFY(m_window->exportFigure(m_dir->filePath("l.svg"), o, &error));
    QVERIFY(svgText(readAll(m_dir->filePath("l.svg"))).contains("Swish (β = 1.5)"));
    o.legend = false;
    QVERIFY(m_window->exportFigure(m_dir->filePath("n.svg"), o, &error));
    QVERIFY(!svgText(readAll(m_dir->filePath("n.svg"))).contains("Swish (β = 1.5)"));
}

void TestFigures::copyFigureFillsClipboard() {
    FigureOptions figure = m_window->document()->figureOptions();
    figure.size = QSize(500, 300);
    QVERIFY(m_window->document()->setFigureOptions(figure));
    const QImage img = m_window->figureImage();
    QCOMPARE(img.size(), QSize(500, 300));
    QVERIFY(distinctColours(img) > 20);
    QApplication::clipboard()->clear();
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(QApplication::clipboard()->image().size(), QSize(500, 300));
}

void TestFigures::copyFigureUsesTheDocumentsTheme() {
    FigureOptions figure;
    figure.size = QSize(300, 200);
    QVERIFY(m_window->document()->setFigureOptions(figure));
    QCOMPARE(QColor(m_window->figureImage().pixel(2, 2)), QColor(Qt::white));
    figure.theme = "dark";
    QVERIFY(m_window->document()->setFigureOptions(figure));
    QVERIFY(qGray(m_window->figureImage().pixel(2, 2)) < 60);
    QCOMPARE(m_window->plotView()->renderer()->theme(), QString("dark"));
}

// The accepted dialog's size becomes the document's (saved with the scene), as a change.
void TestFigures::exportDialogStoresTheSize() {
    SceneDocument* doc = m_window->document();
    QVERIFY(!doc->isModified());
    const QString target = m_dir->filePath("dialog.png");
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        if (!dialog) return;
        poll.stop();
        answered = true;
        // It starts from the document's size.
        QCOMPARE(dialog->options().size, QSize(1200, 800));
        dialog->setPath(target);
        dialog->widthBox()->setValue(640);
        dialog->heightBox()->setValue(400);
        dialog->findChild<QPushButton*>("exportButton")->click();
    });
    poll.start(20);
    QSignalSpy figureChanged(doc, &SceneDocument::figureOptionsChanged);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(answered);
    QCOMPARE(QImage(target).size(), QSize(640, 400));
    QCOMPARE(doc->figureOptions().size, QSize(640, 400));
    QCOMPARE(doc->figureOptions().theme, QString("light"));
    QCOMPARE(figureChanged.count(), 1);
    QVERIFY(doc->isModified());
    QVERIFY(m_window->windowTitle().contains("*"));
    // The next Copy Figure and the next dialog start from it.
    QCOMPARE(m_window->figureImage().size(), QSize(640, 400));
}

void TestFigures::failedExportKeepsOldFile() {
    const QString path = m_dir->filePath("adir/figure.png"); // folder missing
    QString error;
    QVERIFY(!m_window->exportFigure(path, FigureOptions{}, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
    // Onto a directory: refused, the directory is untouched.
    QVERIFY(QDir(m_dir->path()).mkdir("target.png"));
    QVERIFY(!m_window->exportFigure(m_dir->filePath("target.png"), FigureOptions{}, &error));
    QVERIFY(error.contains("directory"));
    QVERIFY(QFileInfo(m_dir->filePath("target.png")).isDir());
}

void TestFigures::saveAndOpenScene() {
    SceneDocument* doc = m_window->document();
    QSignalSpy modified(doc, &SceneDocument::modifiedChanged);
    m_scene->setParameter("swish", "beta", 2.25);
    QVERIFY(doc->isModified());
    QVERIFY(m_window->windowTitle().contains("*"));
    const QString path = m_dir->filePath("lesson.json");
    QString error;
    QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
    QVERIFY(!doc->isModified());
    QVERIFY(m_window->windowTitle().startsWith("lesson.json"));
    QCOMPARE(doc->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    m_scene->setParameter("swish", "beta", 7.0);
    m_scene->setEnabled("relu", false);
    QVERIFY(doc->open(path, &error));
    QCOMPARE(m_scene->parameter("swish", "beta"), 2.25);
    QVERIFY(m_scene->isEnabled("relu"));
    QVERIFY(!doc->isModified()); // opening is not a modification
}

void TestFigures::failedSaveStaysModified() {
    SceneDocument* doc = m_window->document();
    const QString path = m_dir->filePath("keep.json");
    QString error;
    QVERIFY(doc->saveAs(path, &error));
    const QByteArray saved = readAll(path);
    m_scene->setParameter("leaky_relu", "a", 0.3);
    QVERIFY(doc->isModified());
    QVERIFY(!doc->saveAs(m_dir->filePath("missing/dir/keep.json"), &error));
    QVERIFY(doc->isModified());
    QCOMPARE(doc->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(readAll(path), saved);
}

void TestFigures::openingABadSceneChangesNothing() {
    const QString path = m_dir->filePath("bad.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "activation-explorer-scene", "version": 1, "epsilon": 0.2, "xRange": [1, 0]})");
    f.close();
    m_scene->setEpsilon(0.05);
    QString error;
    QVERIFY(!m_window->document()->open(path, &error));
    QVERIFY(error.contains("bad.json") && error.contains("xRange"));
    QCOMPARE(m_scene->epsilon(), 0.05);
}

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"
