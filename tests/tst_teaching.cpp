// The teaching layer in the real window: the properties panel following β, the extremum marker,
// the f′ < 0 band, Swish's limit curves, the tangent at the hovered point, and the parameter
// sweep that stops as soon as the user touches a control.
#include "model/analysismodel.h"
#include "model/parameteranimator.h"
#include "model/scene.h"
#include "plot/bandlayer.h"
#include "plot/hoverreadout.h"
#include "plot/plotrenderer.h"
#include "widgets/plotview.h"
#include "plot/saturationoverlay.h"
#include "plot/teachingoverlay.h"
#include "widgets/mainwindow.h"
#include "widgets/parameterpanel.h"
#include "widgets/propertiespanel.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QSlider>
#include <QToolButton>
#include <QtTest>

using namespace ae;

class TestTeaching : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void propertiesPanelFollowsBeta();
    void extremumMarkerTracksMinimum_data();
    void extremumMarkerTracksMinimum();
    void decreasingBandOnlyWhereSlopeIsNegative();
    void swishShowsItsLimits();
    void tangentAtHoveredPoint();
    void sweepChangesParameterAndBounces();
    void sweepStopsWhenUserTouchesAControl();
    void playButtonStartsAndStops();
    void rreluShowsItsSlopeBand();

  private:
    Scene* m_scene = nullptr;
    MainWindow* m_window = nullptr;
    PlotRenderer* plot() const { return m_window->plotView()->renderer(); }
    // The window analyses on a worker; the overlays follow when its result is in.
    void settle() { m_window->analysisModel()->waitForCurrent(); }
};

void TestTeaching::init() {
    m_scene = new Scene;
    m_window = new MainWindow(m_scene, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTeaching::cleanup() {
    delete m_window;
    delete m_scene;
}

void TestTeaching::propertiesPanelFollowsBeta() {
    m_scene->setSelected("swish");
    QTRY_VERIFY(m_window->propertiesPanel()->text().contains("[−0.27846, ∞)"));
    m_window->parameterPanel()->slider("swish.beta")->setValue(200); // β = 2
    // The panel's text is throttled during drags; it always ends on the latest state.
    QTRY_VERIFY(m_window->propertiesPanel()->text().contains("[−0.13923, ∞)"));
    // The panel keeps "β = 2" on one line with no-break spaces.
    auto panel = [this] { return m_window->propertiesPanel()->text().replace(QChar(0xA0), ' '); };
    QVERIFY(panel().contains("Swish (β = 2)"));
    for (int v = 201; v <= 260; ++v)
        m_window->parameterPanel()->slider("swish.beta")->setValue(v);
    QTRY_VERIFY(panel().contains("Swish (β = 2.6)"));
}

void TestTeaching::extremumMarkerTracksMinimum_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("beta");
    QTest::addColumn<QString>("label");
    QTest::newRow("swish beta=1") << "swish" << 1.0 << "min −0.2785";
    QTest::newRow("swish beta=0.5") << "swish" << 0.5 << "min −0.5569";
    QTest::newRow("mish") << "mish" << 0.0 << "min −0.3088";
}

void TestTeaching::extremumMarkerTracksMinimum() {
    QFETCH(QString, id);
    QFETCH(double, beta);
    QFETCH(QString, label);
    m_scene->setSelected(id);
    if (id == "swish") m_scene->setParameter("swish", "beta", beta);
    settle();
    const auto labels = plot()->teaching()->extremumLabels();
    QCOMPARE(labels.size(), 1);
    QVERIFY2(labels[0]->text().startsWith(label), qPrintable(labels[0]->text()));
    m_scene->setSelected("sigmoid"); // monotonic: no marker
    settle();
    QCOMPARE(plot()->teaching()->extremumLabels().size(), 0);
}

void TestTeaching::decreasingBandOnlyWhereSlopeIsNegative() {
    m_scene->setSelected("swish");
    settle();
    auto bands = plot()->teaching()->decreasingBands();
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands[0]->topLeft->coords().x(), -8.0); // clipped to the view
    QVERIFY(std::fabs(bands[0]->bottomRight->coords().x() + 1.2784645) < 1e-6);
    // Told apart from saturation's tint: another colour, and an edge line of its own.
    QVERIFY(bands[0]->brush().color().rgb() !=
            plot()->overlay()->bands()[0]->brush().color().rgb());
    QVERIFY(bands[0]->pen().style() != Qt::NoPen);
    m_scene->setSelected("tanh");
    settle();
    QCOMPARE(plot()->teaching()->decreasingBands().size(), 0);
}

void TestTeaching::swishShowsItsLimits() {
    m_scene->setSelected("swish");
    settle();
    const auto refs = plot()->teaching()->referenceCurves();
    QCOMPARE(refs.size(), 4); // x/2 and ReLU, in the f and f′ panels
    QCPGraph* half = refs[0];
    for (auto it = half->data()->constBegin(); it != half->data()->constEnd(); ++it)
        QCOMPARE(it->value, 0.5 * it->key);
    QVERIFY(refs[2]->name().contains("ReLU"));
    m_scene->setSelected("mish");
    settle();
    QCOMPARE(plot()->teaching()->referenceCurves().size(), 0);
}

void TestTeaching::tangentAtHoveredPoint() {
    m_scene->setSelected("tanh");
    plot()->readout()->showAt(0.5);
    QCPItemStraightLine* t = plot()->readout()->tangent();
    QVERIFY(t && t->visible());
    const double slope = (t->point2->coords().y() - t->point1->coords().y()) /
                         (t->point2->coords().x() - t->point1->coords().x());
    QVERIFY(std::fabs(slope - 1.0 / std::pow(std::cosh(0.5), 2)) < 1e-12);
    QCOMPARE(t->point1->coords().y(), std::tanh(0.5));
}

void TestTeaching::sweepChangesParameterAndBounces() {
    ParameterAnimator* anim = m_window->parameterPanel()->animator();
    m_scene->setParameter("leaky_relu", "a", 0.0);
    anim->setSweepSeconds(2.0);
    anim->setMode(ParameterAnimator::Mode::Bounce);
    anim->start("leaky_relu", "a");
    QVERIFY(anim->isRunning());
    anim->advance(1.0); // half a sweep
    QCOMPARE(m_scene->parameter("leaky_relu", "a"), 0.5);
    anim->advance(1.5); // past the top: on the way back
    QCOMPARE(m_scene->parameter("leaky_relu", "a"), 0.75);
    QVERIFY(anim->isRunning());
    anim->setMode(ParameterAnimator::Mode::Loop);
    anim->stop();
    anim->start("leaky_relu", "a");
    anim->advance(1.5); // 0.75 + 0.75 wraps to 0.5
    QCOMPARE(m_scene->parameter("leaky_relu", "a"), 0.5);
    anim->stop();
}

void TestTeaching::sweepStopsWhenUserTouchesAControl() {
    ParameterAnimator* anim = m_window->parameterPanel()->animator();
    QSignalSpy running(anim, &ParameterAnimator::runningChanged);
    anim->start("swish", "beta");
    anim->advance(0.3);
    QVERIFY(anim->isRunning());
    m_window->parameterPanel()->slider("leaky_relu.a")->setValue(40); // the user moves a slider
    QVERIFY(!anim->isRunning());
    QCOMPARE(running.last().at(0).toString(), QString());
    anim->start("swish", "beta");
    m_scene->setEnabled("tanh", false); // … or unticks a function
    QVERIFY(!anim->isRunning());
}

void TestTeaching::playButtonStartsAndStops() {
    QToolButton* play = m_window->parameterPanel()->playButton("swish.beta");
    QVERIFY(play);
    play->click();
    ParameterAnimator* anim = m_window->parameterPanel()->animator();
    QCOMPARE(anim->runningKey(), QString("swish.beta"));
    QVERIFY(play->isChecked());
    const double before = m_scene->parameter("swish", "beta");
    QTRY_VERIFY(m_scene->parameter("swish", "beta") != before); // the real timer drives it
    play->click();
    QVERIFY(!anim->isRunning());
    QVERIFY(!play->isChecked());
}

void TestTeaching::rreluShowsItsSlopeBand() {
    QCOMPARE(plot()->bands()->fills().size(), 0); // RReLU is not among the default six
    m_scene->setEnabled("rrelu", true);
    const auto fills = plot()->bands()->fills();
    QCOMPARE(fills.size(), 2); // f and f′ panels
    QVERIFY(fills[0]->channelFillGraph());
    // The f panel's edges at x = -4: slopes upper (1/3) and lower (1/8).
    auto valueAt = [](QCPGraph* g, double x) {
        auto it = g->data()->findBegin(x, false);
        return it->value +
               (x - it->key) * ((it + 1)->value - it->value) / ((it + 1)->key - it->key);
    };
    QVERIFY(std::fabs(valueAt(fills[0], -4.0) + 4.0 / 3.0) < 1e-9);
    QVERIFY(std::fabs(valueAt(fills[0]->channelFillGraph(), -4.0) + 0.5) < 1e-9);
    m_scene->setParameter("rrelu", "upper", 0.5);
    QVERIFY(std::fabs(valueAt(plot()->bands()->fills()[0], -4.0) + 2.0) < 1e-9);
    m_scene->setEnabled("rrelu", false);
    QCOMPARE(plot()->bands()->fills().size(), 0);
}

QTEST_MAIN(TestTeaching)
#include "tst_teaching.moc"
