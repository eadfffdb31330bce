// The renderer without any window: it draws a Scene onto a bare QCustomPlot and onto paint
// devices, and every overlay is called after the frame's curves are published and its y axes
// fitted — so nothing on the plot is placed against the previous state's axes.
#include "model/analysismodel.h"
#include "model/scene.h"
#include "plot/cachedplot.h"
#include "plot/overlay.h"
#include "plot/plotrenderer.h"
#include "plot/saturationoverlay.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QSvgGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace ae;

namespace {

// Swish's minimum, −W(1/e)·… ≈ −0.2785 / β, where the y range's lower end follows it.
double swishMinimum(double beta) {
    return -0.27846454276107 / beta;
}

// Records, each time the renderer calls it, what the frame looked like from an overlay's seat.
struct Probe : PlotOverlay {
    Probe(PlotRenderer* r, Scene* sc) : renderer(r), scene(sc) {}
    PlotRenderer* renderer;
    Scene* scene;
    int updates = 0, detaches = 0;
    double axisLower = NAN, curveMin = NAN, beta = NAN;
    bool analysisCurrent = false;
    int inconsistent = 0; // updates whose Swish curve was not the Scene's β
    QString themeInk;
    void update(const Frame& frame) override {
        ++updates;
        analysisCurrent = frame.analysisCurrent;
        themeInk = frame.theme.ink.name();
        beta = scene->parameter("swish", "beta");
        axisLower = frame.panels[0]->axis(QCPAxis::atLeft)->range().lower;
        curveMin = INFINITY;
        for (const QCPGraphData& d : *renderer->graph("swish", 0)->data())
            curveMin = std::min(curveMin, d.value);
        if (scene->isEnabled("swish") && !(std::abs(curveMin - swishMinimum(beta)) < 0.01))
            ++inconsistent;
    }
    void detach() override { ++detaches; }
};

// A renderer on a bare plot of the given size, analysing scene synchronously: no window.
struct Rig {
    AnalysisModel analysis;
    QCustomPlot plot;
    PlotRenderer renderer;
    Rig(Scene& scene, QSize size)
        : analysis(&scene), renderer(sized(plot, size), &scene, &analysis) {}
    static QCustomPlot* sized(QCustomPlot& p, QSize size) {
        p.resize(size); // before the renderer: its points per curve follow the width
        return &p;
    }
};

} // namespace

class TestRenderer : public QObject {
    Q_OBJECT
  private slots:
    void drawsWithoutAWindow();
    void overlaysSeeTheFittedFrame_data();
    void overlaysSeeTheFittedFrame();
    void paintsOntoAnyDevice();
    void themeIsTheRenderers();
    void dragKeepsAxesStill();
    void dragRedrawsOnlyMovingLayers_data();
    void dragRedrawsOnlyMovingLayers();
    void reusedOverlayItemsDrawAsNewOnes();
};

void TestRenderer::drawsWithoutAWindow() {
    Scene scene;
    Rig rig(scene, QSize(800, 600));
    QCustomPlot& plot = rig.plot;
    PlotRenderer& renderer = rig.renderer;
    QVERIFY(!plot.isVisible());
    QVERIFY(renderer.panel(0) && renderer.panel(1) && !renderer.panel(2));
    for (const QString& id : scene.enabledIds()) {
        QVERIFY2(renderer.graph(id, 0) && !renderer.graph(id, 0)->data()->isEmpty(),
                 qPrintable(id));
        QVERIFY(renderer.graph(id, 0)->visible());
    }
    // The saturation bands of the selected function are there without any window around them.
    QVERIFY(!renderer.overlay()->bands().isEmpty());
    scene.setDerivativePanels(true, true);
    QVERIFY(renderer.panel(2));
    QVERIFY(!renderer.graph(scene.enabledIds().first(), 2)->data()->isEmpty());
}

void TestRenderer::overlaysSeeTheFittedFrame_data() {
    QTest::addColumn<double>("beta");
    QTest::newRow("β = 0.2 (minimum −1.39)") << 0.2;
    QTest::newRow("β = 0.5 (minimum −0.56)") << 0.5;
    QTest::newRow("β = 3 (minimum −0.093)") << 3.0;
}

void TestRenderer::overlaysSeeTheFittedFrame() {
    QFETCH(double, beta);
    Scene scene;
    for (const QString& id : scene.enabledIds())
        scene.setEnabled(id, id == QLatin1String("swish"));
    scene.setSelected("swish");
    Rig rig(scene, QSize(800, 600));
    PlotRenderer& renderer = rig.renderer;
    Probe probe(&renderer, &scene);
    renderer.addOverlay(&probe);
    QVERIFY(probe.updates > 0);

    const int before = probe.updates;
    QVERIFY(scene.setParameter("swish", "beta", beta));
    QVERIFY(probe.updates > before);
    // Not once was it called with the previous β's curve, although the analysis (synchronous
    // here) is published before the renderer hears of the change.
    QCOMPARE(probe.inconsistent, 0);
    QVERIFY(probe.analysisCurrent);
    QCOMPARE(probe.beta, beta);
    // The curve the overlay sees is this β's (sampled and published before it was called) …
    QVERIFY2(
        std::abs(probe.curveMin - swishMinimum(beta)) < 0.01 * std::abs(swishMinimum(beta)),
        qPrintable(
            QString("curve minimum %1, expected %2").arg(probe.curveMin).arg(swishMinimum(beta))));
    // … and the axis it reads was fitted to that curve: below its minimum, by a margin only.
    QVERIFY(probe.axisLower < probe.curveMin);
    QVERIFY(probe.axisLower > probe.curveMin - 0.5 * (8.0 - probe.curveMin));

    renderer.removeOverlay(&probe);
    QCOMPARE(probe.detaches, 1);
    const int after = probe.updates;
    scene.setParameter("swish", "beta", 1.0);
    QCOMPARE(probe.updates, after);
}

void TestRenderer::paintsOntoAnyDevice() {
    Scene scene;
    Rig rig(scene, QSize(640, 480));
    PlotRenderer& renderer = rig.renderer;

    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(640, 480));
    QVERIFY(renderer.paint(&generator, QSize(640, 480)));
    buffer.close();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("<path") || svg.contains("<polyline"));

    const QImage image = renderer.image(QSize(320, 240), 2.0);
    QCOMPARE(image.size(), QSize(640, 480));
    // Not a blank page: the curves' colours are on it.
    const QColor sigmoid = curvePen(themeById("light"), scene.colorIndex("sigmoid"), false).color();
    int hits = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            hits += QColor(image.pixel(x, y)).rgb() == sigmoid.rgb();
    QVERIFY2(hits > 50, qPrintable(QString::number(hits)));

    QImage target(100, 100, QImage::Format_ARGB32);
    QPainter busy(&target); // a device already being painted on cannot be painted again
    QVERIFY(!renderer.paint(&target, QSize(100, 100)));
}

void TestRenderer::themeIsTheRenderers() {
    Scene scene;
    Rig rig(scene, QSize(640, 480));
    PlotRenderer& renderer = rig.renderer;
    Probe probe(&renderer, &scene);
    renderer.addOverlay(&probe);
    QCOMPARE(renderer.theme(), QString("light"));
    QCOMPARE(probe.themeInk, themeById("light").ink.name());
    renderer.setTheme("dark");
    QCOMPARE(renderer.theme(), QString("dark"));
    const QImage corner = renderer.image(QSize(200, 150), 1.0);
    QCOMPARE(QColor(corner.pixel(1, 1)).rgb(), themeById("dark").background.rgb());
    QCOMPARE(probe.themeInk, themeById("dark").ink.name());
    renderer.setTheme("no such theme"); // refused: the look stays
    QCOMPARE(renderer.theme(), QString("dark"));
    renderer.removeOverlay(&probe);
}

void TestRenderer::dragKeepsAxesStill() {
    Scene scene;
    for (const QString& id : scene.enabledIds())
        scene.setEnabled(id, id == QLatin1String("swish"));
    scene.setSelected("swish");
    Rig rig(scene, QSize(800, 600));
    PlotRenderer& renderer = rig.renderer;
    QCPAxis* y = renderer.panel(0)->axis(QCPAxis::atLeft);
    scene.setParameter("swish", "beta", 0.3); // minimum −0.93
    const QCPRange fitted = y->range();
    scene.setAdjusting(true);
    // Towards β = 3 the minimum rises to −0.09; a fitted axis would follow it up. (The maximum,
    // 8·σ(8β), rises towards 8: the top may grow.)
    for (double beta = 0.3; beta <= 3.0; beta += 0.1)
        scene.setParameter("swish", "beta", beta);
    QCOMPARE(y->range().lower, fitted.lower);
    QVERIFY(y->range().upper >= fitted.upper);
    QVERIFY(fitted.lower < -0.93);
    // Outwards it grows, by more than needed so that the next steps need not grow it again.
    scene.setParameter("swish", "beta", 0.1); // minimum −2.78: out of the frame
    QVERIFY(y->range().lower < -2.78);
    const QCPRange grown = y->range();
    scene.setParameter("swish", "beta", 0.09); // minimum −3.09
    QCOMPARE(y->range(), grown);
    // Released: fitted to the curves as they are, as a fresh plot of this state would be.
    scene.setParameter("swish", "beta", 3.0);
    scene.setAdjusting(false);
    QCustomPlot freshPlot;
    freshPlot.resize(800, 600);
    PlotRenderer fresh(&freshPlot, &scene, &rig.analysis);
    QCOMPARE(y->range(), fresh.panel(0)->axis(QCPAxis::atLeft)->range());
    QVERIFY(y->range().lower > fitted.lower); // fitted to β = 3's minimum, −0.09
}

void TestRenderer::dragRedrawsOnlyMovingLayers_data() {
    QTest::addColumn<QString>("shown"); // "article", "all" or one function's id
    QTest::addColumn<bool>("secondDerivative");
    QTest::newRow("six functions, f and f′") << "article" << false;
    QTest::newRow("every function, f, f′, f″") << "all" << true;
    // Its legend entry is the longest: "Swish (β = 1)" grows to "Swish (β = 1.09)", which the
    // last full replot's legend box would not hold.
    QTest::newRow("Swish alone, its legend entry grows") << "swish" << false;
}

// During a drag the other curves, grid and axes come from the last full replot's buffers: every
// painted frame must be what a full replot of the same state paints, pixel for pixel.
void TestRenderer::dragRedrawsOnlyMovingLayers() {
    QFETCH(QString, shown);
    QFETCH(bool, secondDerivative);
    Scene scene;
    if (shown != QLatin1String("article"))
        for (const QString& id : scene.functionIds())
            scene.setEnabled(id, shown == QLatin1String("all") || id == shown);
    scene.setDerivativePanels(true, secondDerivative);
    scene.setSelected("swish");
    AnalysisModel analysis(&scene);
    CachedPlot plot;
    plot.resize(700, 560);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    PlotRenderer renderer(&plot, &scene, &analysis);
    int full = 0, drawn = 0;
    connect(&plot, &QCustomPlot::afterReplot, [&] { ++full; });
    connect(&renderer, &PlotRenderer::drawn, [&] { ++drawn; });
    QCoreApplication::processEvents();
    scene.setAdjusting(true);
    QCoreApplication::processEvents();
    full = drawn = 0;
    int compared = 0;
    for (double beta = 1.0; beta <= 2.5; beta += 0.09) {
        scene.setParameter("swish", "beta", beta);
        QCoreApplication::processEvents();
        const QImage cachedFrame = plot.grab().toImage();
        // Painted again without a replot: from what the plot composed of its buffers.
        QCOMPARE(plot.grab().toImage(), cachedFrame);
        if (full == drawn) continue; // this one was a full replot anyway
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QImage fullFrame = plot.grab().toImage();
        QCOMPARE(cachedFrame.size(), fullFrame.size());
        QVERIFY2(cachedFrame == fullFrame, qPrintable(QString("β = %1").arg(beta)));
        ++compared;
        full = drawn = 0;
    }
    // Not vacuous: most steps took the layer-only path.
    QVERIFY2(compared >= 10, qPrintable(QString::number(compared)));
}

// The overlays keep their items from frame to frame and set them up again: through states with
// more and fewer bands, labels and markers than the one before, each frame must be what a
// renderer drawing that state for the first time draws, item for item and pixel for pixel.
void TestRenderer::reusedOverlayItemsDrawAsNewOnes() {
    Scene scene;
    scene.setSelected("swish");
    Rig rig(scene, QSize(700, 560));
    struct Step {
        const char* what;
        std::function<void()> apply;
    };
    const std::vector<Step> steps = {
        {"ε = 0.3: wider bands, more labels", [&] { scene.setEpsilon(0.3); }},
        {"β = 0.2: the minimum moves out", [&] { scene.setParameter("swish", "beta", 0.2); }},
        {"ε = 0.001", [&] { scene.setEpsilon(0.001); }},
        {"ReLU: a flat band, hatched", [&] { scene.setSelected("relu"); }},
        {"f″ panel on", [&] { scene.setDerivativePanels(true, true); }},
        {"Sigmoid: two tails, no extremum", [&] { scene.setSelected("sigmoid"); }},
        {"Swish again, β = 3",
         [&] {
             scene.setSelected("swish");
             scene.setParameter("swish", "beta", 3.0);
         }},
        {"nothing selected", [&] { scene.setSelected(QString()); }},
        {"Mish", [&] { scene.setSelected("mish"); }},
    };
    for (const Step& step : steps) {
        step.apply();
        QCoreApplication::processEvents();
        Scene fresh;
        QVERIFY(fresh.setState(scene.state()));
        Rig first(fresh, QSize(700, 560));
        QCoreApplication::processEvents();
        QCOMPARE(rig.plot.itemCount(), first.plot.itemCount());
        QCOMPARE(rig.renderer.overlay()->bands().size(), first.renderer.overlay()->bands().size());
        const QImage reused = rig.plot.toPixmap().toImage();
        const QImage made = first.plot.toPixmap().toImage();
        QVERIFY2(reused == made, step.what);
    }
}

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
