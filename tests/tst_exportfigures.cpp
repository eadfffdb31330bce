// Exported figures drawn right in every format: curves clipped to their panels (PNG, SVG and,
// where pdftoppm is installed, PDF), legend samples long enough to show each dash pattern and
// apart from their labels, the band key stating ε, the look of |f′| < ε bands that are not
// saturation, and an export dialog that remembers its choices.
#include "model/analysismodel.h"
#include "model/scene.h"
#include "model/settingskeys.h"
#include "plot/figure.h"
#include "plot/plotitems.h"
#include "plot/plotrenderer.h"
#include "plot/saturationoverlay.h"
#include "widgets/exportdialog.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ae;

namespace {
QString svgText(const QByteArray& svg) {
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters) text += xml.text().toString().trimmed();
    return text;
}

QImage rasterise(const QByteArray& bytes, FigureFormat format, QSize size) {
    if (format == FigureFormat::Png)
        return QImage::fromData(bytes).convertToFormat(QImage::Format_RGB32);
    if (format == FigureFormat::Svg) {
        QSvgRenderer svg(bytes);
        QImage img(size, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        svg.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        return img;
    }
    QTemporaryDir dir;
    QFile f(dir.filePath("f.pdf"));
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    f.close();
    QProcess::execute("pdftoppm",
                      {"-r", "72", "-png", "-singlefile", f.fileName(), dir.filePath("f")});
    return QImage(dir.filePath("f.png")).convertToFormat(QImage::Format_RGB32);
}

// Where the figure's panels lie: a renderer laid out as renderFigure lays out its own.
struct Layout {
    AnalysisModel model;
    QCustomPlot plot;
    PlotRenderer view;
    Layout(Scene& scene, const FigureOptions& o) : model(&scene), view(&plot, &scene, &model) {
        plot.setAttribute(Qt::WA_DontShowOnScreen);
        plot.resize(o.size);
        view.setTheme(o.theme);
        view.setTitle(o.title);
        view.setLegendShown(o.legend);
        view.setBandKeyShown(true);
        view.plot()->toPixmap(o.size.width(), o.size.height()); // lays the plot out
    }
};

bool nearWhite(QRgb c) {
    return qRed(c) > 235 && qGreen(c) > 235 && qBlue(c) > 235;
}
} // namespace

class TestExportFigures : public QObject {
    Q_OBJECT
  private slots:
    void clipPolylineCutsAtTheBorder();
    void curvesStayInTheirPanels_data();
    void curvesStayInTheirPanels();
    void legendSamplesShowAWholeDashPeriod_data();
    void legendSamplesShowAWholeDashPeriod();
    void svgLegendSampleKeepsAGap();
    void bandKeyStatesEpsilon();
    void notSaturatingBandHasItsOwnLook();
    void exportDialogRemembersItsChoices();
};

void TestExportFigures::clipPolylineCutsAtTheBorder() {
    const QRectF r(0, 0, 10, 10);
    const auto pieces =
        clipPolyline({{-5, 5}, {5, 5}, {5, 20}, {8, 20}, {8, 5}, {NAN, 1}, {1, 1}}, r);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces[0], QPolygonF(QList<QPointF>{{0, 5}, {5, 5}, {5, 10}}));
    QCOMPARE(pieces[1], QPolygonF(QList<QPointF>{{8, 10}, {8, 5}}));
}

void TestExportFigures::curvesStayInTheirPanels_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(FigureFormat::Png);
    QTest::newRow("svg") << int(FigureFormat::Svg);
    QTest::newRow("pdf") << int(FigureFormat::Pdf);
}

// Swish's β → 0 limit x/2 reaches −4 at x = −8, far below the f panel: it must stop at the
// panel's edge and never cross the strip between the f and f′ panels.
void TestExportFigures::curvesStayInTheirPanels() {
    QFETCH(int, format);
    if (format == int(FigureFormat::Pdf) && QStandardPaths::findExecutable("pdftoppm").isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: cannot rasterise the PDF");
    Scene scene;
    scene.setSelected("swish");
    FigureOptions o;
    o.size = QSize(900, 600);
    Layout layout(scene, o);
    const QRect f = layout.view.panel(0)->rect(), d = layout.view.panel(1)->rect();
    QVERIFY(d.top() - f.bottom() > 8);
    // The limit curve does overflow the f panel in plot coordinates (else the test shows nothing).
    QVERIFY(layout.view.panel(0)->axis(QCPAxis::atLeft)->range().lower > -3.9);
    QString error;
    const QByteArray bytes = renderFigure(scene, o, FigureFormat(format), &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const QImage img = rasterise(bytes, FigureFormat(format), o.size);
    QCOMPARE(img.size(), o.size);
    if (qEnvironmentVariableIsSet("AE_FIGURE_DIR"))
        img.save(QDir(qEnvironmentVariable("AE_FIGURE_DIR"))
                     .filePath(QTest::currentDataTag() + QString(".png")));
    int ink = 0;
    for (int y = f.bottom() + 4; y <= d.top() - 4; ++y)
        for (int x = f.left() + 2; x < f.right() - 2; ++x)
            if (!nearWhite(img.pixel(x, y))) ++ink;
    QCOMPARE(ink, 0);
}

void TestExportFigures::legendSamplesShowAWholeDashPeriod_data() {
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    const std::pair<const char*, QSize> sizes[] = {{"notes", {1200, 800}},
                                                   {"slide", {1920, 1080}},
                                                   {"square", {1000, 1000}},
                                                   {"custom", {640, 480}}};
    for (const char* theme : {"print", "light"})
        for (const auto& [name, size] : sizes)
            for (double scale : {1.0, 2.0, 3.0})
                QTest::addRow("%s %s %gx", theme, name, scale) << theme << size << scale;
}

void TestExportFigures::legendSamplesShowAWholeDashPeriod() {
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    Scene scene;
    scene.setSelected("swish"); // selected: the thickest pen, the longest period
    for (const char* id : {"gelu", "elu", "softplus", "hardtanh", "selu", "celu"})
        scene.setEnabled(id, true);
    FigureOptions o;
    o.theme = theme;
    o.size = size;
    o.scale = scale;
    Layout layout(scene, o);
    QCPLegend* legend = layout.view.plot()->legend;
    QVERIFY(legend->itemCount() >= 12);
    double longest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
        QVERIFY(item);
        const double period = dashPeriod(item->plottable()->pen());
        longest = std::max(longest, period);
        QVERIFY2(legend->iconSize().width() >= period + 6,
                 qPrintable(QString("%1: sample %2 px, period %3 px")
                                .arg(item->plottable()->name())
                                .arg(legend->iconSize().width())
                                .arg(period)));
    }
    if (theme == "print") QVERIFY(longest > 44); // the old fixed 44 px sample was too short
}

// SVG viewers do not clip: the sample used to run 5 px past its icon into the label.
void TestExportFigures::svgLegendSampleKeepsAGap() {
    Scene scene;
    FigureOptions o;
    o.size = QSize(800, 500);
    Layout layout(scene, o);
    QCPLegend* legend = layout.view.plot()->legend;
    QString error;
    const QByteArray bytes = renderFigure(scene, o, FigureFormat::Svg, &error);
    const QImage img = rasterise(bytes, FigureFormat::Svg, o.size);
    for (int i = 0; i < legend->itemCount(); ++i) {
        const QRect r = legend->item(i)->rect();
        const int iconRight = r.left() + legend->iconSize().width();
        const int y = r.top() + legend->iconSize().height() / 2; // the sample's row
        for (int x = iconRight + 2;
             x < r.left() + legend->iconSize().width() + legend->iconTextPadding() - 1; ++x)
            QVERIFY2(nearWhite(img.pixel(x, y)) && nearWhite(img.pixel(x, y + 1)),
                     qPrintable(QString("item %1: ink at x = %2 in the gap").arg(i).arg(x)));
    }
    QVERIFY(legend->iconTextPadding() >= 8);
}

void TestExportFigures::bandKeyStatesEpsilon() {
    Scene scene;
    scene.setSelected("leaky_relu");
    scene.setParameter("leaky_relu", "a", 0.1);
    scene.setEpsilon(0.5);
    FigureOptions o;
    o.size = QSize(800, 500);
    QString error;
    QString text = svgText(renderFigure(scene, o, FigureFormat::Svg, &error));
    QVERIFY2(text.contains("|f′| < 0.5, not saturating"), qPrintable(text.right(200)));
    QVERIFY(!text.contains("(saturation)"));
    scene.setSelected("sigmoid");
    scene.setEpsilon(0.01);
    text = svgText(renderFigure(scene, o, FigureFormat::Svg, &error));
    QVERIFY(text.contains("shaded: |f′| < 0.01 (saturation)"));
    scene.setSelected("relu");
    text = svgText(renderFigure(scene, o, FigureFormat::Svg, &error));
    QVERIFY(text.contains("hatched: f′ = 0"));
}

void TestExportFigures::notSaturatingBandHasItsOwnLook() {
    Scene scene;
    scene.setParameter("leaky_relu", "a", 0.1);
    scene.setEpsilon(0.5);
    FigureOptions o;
    o.size = QSize(800, 500);
    QBrush brushes[2];
    int i = 0;
    for (const char* id : {"sigmoid", "leaky_relu"}) {
        scene.setSelected(id);
        Layout layout(scene, o);
        const auto bands = layout.view.overlay()->bands();
        QVERIFY(!bands.isEmpty());
        brushes[i++] = bands.first()->brush();
    }
    // Sigmoid at ε = 0.5 saturates softly: a tint; Leaky ReLU's slope 0.1 < ε does not.
    QCOMPARE(brushes[0].style(), Qt::SolidPattern);
    QVERIFY(brushes[1].style() != Qt::SolidPattern);
    QVERIFY(brushes[1].style() != Qt::BDiagPattern); // nor the hatching of f′ = 0
    ae::VanishingInterval iv{-8, 0, true, false, false, true};
    QCOMPARE(SaturationOverlay::kind(iv, {}), SaturationOverlay::Kind::NotSaturating);
    QCOMPARE(SaturationOverlay::kind(iv, {ae::Saturation::Soft, ae::Saturation::None}),
             SaturationOverlay::Kind::Saturation);
}

void TestExportFigures::exportDialogRemembersItsChoices() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    const QString path = dir.filePath("lesson.svg");
    {
        ExportDialog d(QSize(1920, 1080), "light", nullptr, &settings);
        d.setPath(path);
        d.scaleBox()->setCurrentIndex(2);
        d.themeBox()->setCurrentIndex(d.themeBox()->findData("print"));
        d.transparentBox()->setChecked(true);
        d.titleEdit()->setText("Saturation");
        d.legendBox()->setChecked(false);
        d.findChild<QPushButton*>("exportButton")->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    ExportDialog again(QSize(1920, 1080), "light", nullptr, &settings);
    QCOMPARE(again.path(), path);
    QCOMPARE(again.presetBox()->currentIndex(), 1);
    QCOMPARE(again.options().scale, 3.0);
    QCOMPARE(again.theme(), QString("print"));
    QVERIFY(again.options().transparent);
    QCOMPARE(again.options().title, QString("Saturation"));
    QVERIFY(!again.options().legend);
    // A cancelled dialog changes nothing.
    {
        ExportDialog d(QSize(1920, 1080), "light", nullptr, &settings);
        d.titleEdit()->setText("Other");
        d.reject();
    }
    QCOMPARE(ExportDialog(QSize(1920, 1080), "light", nullptr, &settings).options().title,
             QString("Saturation"));
    // Without settings (tests, the command line) it starts from the defaults.
    QCOMPARE(ExportDialog(QSize(1200, 800), "dark").theme(), QString("dark"));
}

QTEST_MAIN(TestExportFigures)
#include "tst_exportfigures.moc"
