// Drives the real main window offscreen: sliders, spin boxes, the function list, ε and the
// plot itself, checking what is drawn against the core's own numbers.
#include "model/analysismodel.h"
#include "model/parameteranimator.h"
#include "model/scene.h"
#include "plot/hoverreadout.h"
#include "plot/plotrenderer.h"
#include "plot/saturationoverlay.h"
#include "widgets/functionlist.h"
#include "widgets/mainwindow.h"
#include "widgets/parameterpanel.h"
#include "widgets/plotview.h"
#include "widgets/viewcontrols.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

using namespace ae;

class TestMainWindow : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void betaSliderRedrawsSwishWithCoreValues();
    void spinBoxFollowsSliderAndBack();
    void sliderKeyboardStepsByParamStep();
    void uncheckingHidesAllGraphsOfAFunction();
    void selectingSigmoidShowsTwoBands();
    void epsilonMovesBandBoundaries();
    void reluBandIsHatchedHard();
    void summarySentence();
    void secondDerivativePanelToggles();
    void clickingACurveSelectsIt();
    void hoverShowsExactValues();
    void wheelZoomAndDoubleClickReset();
    void invalidRangeIsRefusedWithMessage();
    void sliderDragReplotsOnce();
    void listIsGroupedAndFilterable();
    void parameterBoxesFollowShownFunctions();
    void heldSliderOrSweepAdjustsTheScene();

  private:
    Scene* m_scene = nullptr;
    MainWindow* m_window = nullptr;
    PlotRenderer* plot() const { return m_window->plotView()->renderer(); }
    // The window analyses on a worker; the overlays follow when its result is in.
    void settle() { m_window->analysisModel()->waitForCurrent(); }
};

void TestMainWindow::init() {
    m_scene = new Scene;
    m_window = new MainWindow(m_scene, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup() {
    delete m_window;
    delete m_scene;
}

void TestMainWindow::betaSliderRedrawsSwishWithCoreValues() {
    QSlider* slider = m_window->parameterPanel()->slider("swish.beta");
    QVERIFY(slider);
    QCPGraph* g = plot()->graph("swish", 0);
    QCPGraph* d = plot()->graph("swish", 1);
    QVERIFY(g && d);
    const double before = g->data()->at(10)->value;
    slider->setValue(250); // β = 2.5
    QCOMPARE(m_scene->parameter("swish", "beta"), 2.5);
    const ae::Activation* a = ae::findActivation("swish");
    const double p[] = {2.5};
    // Every drawn vertex is the core's value at its x…
    QVERIFY(g->data()->size() >= 8);
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        QCOMPARE(it->value, ae::evaluate(*a, it->key, p).f);
    for (auto it = d->data()->constBegin(); it != d->data()->constEnd(); ++it)
        QCOMPARE(it->value, ae::evaluate(*a, it->key, p).df);
    // …and the line through them stays within a pixel of the curve everywhere in between.
    QCPAxisRect* rect = plot()->panel(0);
    const double pxX = (m_scene->xMax() - m_scene->xMin()) / rect->width();
    const double pxY = g->valueAxis()->range().size() / rect->height();
    for (int k = 0; k <= 2000; ++k) {
        const double x = m_scene->xMin() + (m_scene->xMax() - m_scene->xMin()) * k / 2000.0;
        bool found = false;
        const double drawn = g->data()->findBegin(x, false) == g->data()->constEnd() ? NAN : [&] {
            auto hi = g->data()->findEnd(x, false);
            auto lo = hi - 1;
            if (hi == g->data()->constEnd() || lo->key > x) return lo->value;
            found = true;
            const double t = (x - lo->key) / (hi->key - lo->key);
            return lo->value + t * (hi->value - lo->value);
        }();
        if (!found) continue;
        QVERIFY2(std::fabs(drawn - ae::evaluate(*a, x, p).f) < pxY + 2 * pxX,
                 qPrintable(QString("x=%1 drawn=%2").arg(x).arg(drawn)));
    }
    QVERIFY(g->data()->at(0)->value != before || g->data()->size() > 0);
    QTRY_COMPARE(g->name(), QString("Swish (β = 2.5)"));
}

void TestMainWindow::spinBoxFollowsSliderAndBack() {
    QSlider* slider = m_window->parameterPanel()->slider("swish.beta");
    QDoubleSpinBox* spin = m_window->parameterPanel()->spinBox("swish.beta");
    QSignalSpy changes(m_scene, &Scene::parameterChanged);
    slider->setValue(420);
    QCOMPARE(spin->value(), 4.2);
    QCOMPARE(changes.count(), 1); // the spin box update did not echo back into the Scene

    spin->clear();
    QTest::keyClicks(spin, "0.75");
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_scene->parameter("swish", "beta"), 0.75);
    QCOMPARE(slider->value(), 75);
    QCOMPARE(changes.count(), 2);
}

void TestMainWindow::sliderKeyboardStepsByParamStep() {
    QSlider* slider = m_window->parameterPanel()->slider("leaky_relu.a");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(m_scene->parameter("leaky_relu", "a"), 0.11);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(m_scene->parameter("leaky_relu", "a"), 0.0);
    QCOMPARE(m_window->parameterPanel()->spinBox("leaky_relu.a")->value(), 0.0);
}

void TestMainWindow::uncheckingHidesAllGraphsOfAFunction() {
    QListWidgetItem* item = m_window->functionList()->itemFor("tanh");
    QVERIFY(item);
    QVERIFY(plot()->graph("tanh", 0)->visible());
    item->setCheckState(Qt::Unchecked);
    QVERIFY(!m_scene->isEnabled("tanh"));
    QVERIFY(!plot()->graph("tanh", 0)->visible());
    QVERIFY(!plot()->graph("tanh", 1)->visible());
    QVERIFY(plot()->graph("sigmoid", 0)->visible());
    item->setCheckState(Qt::Checked);
    QVERIFY(plot()->graph("tanh", 1)->visible());
}

void TestMainWindow::selectingSigmoidShowsTwoBands() {
    m_window->functionList()->setCurrentItem(m_window->functionList()->itemFor("relu"));
    QCOMPARE(m_scene->selected(), QString("relu"));
    settle();
    QCOMPARE(plot()->overlay()->bands().size(), 1);
    m_window->functionList()->setCurrentItem(m_window->functionList()->itemFor("sigmoid"));
    QCOMPARE(m_scene->selected(), QString("sigmoid"));
    settle();
    const auto bands = plot()->overlay()->bands();
    QCOMPARE(bands.size(), 2);
    QVERIFY(std::fabs(bands[0]->bottomRight->coords().x() + 4.5849) < 1e-4);
    QVERIFY(std::fabs(bands[1]->topLeft->coords().x() - 4.5849) < 1e-4);
    QCOMPARE(plot()->overlay()->labels().size(), 2);
    QVERIFY(plot()->overlay()->labels()[0]->text().contains("4.585"));
}

void TestMainWindow::epsilonMovesBandBoundaries() {
    m_scene->setSelected("sigmoid");
    settle();
    const double before = plot()->overlay()->bands()[0]->bottomRight->coords().x();
    QDoubleSpinBox* eps = m_window->viewControls()->epsilonBox();
    eps->clear();
    QTest::keyClicks(eps, "0.001");
    QTest::keyClick(eps, Qt::Key_Return);
    QCOMPARE(m_scene->epsilon(), 0.001);
    settle();
    const double after = plot()->overlay()->bands()[0]->bottomRight->coords().x();
    QVERIFY2(after < before - 1.0, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
    QTRY_VERIFY(m_window->saturationLabel()->text().contains("0.001")); // throttled text
}

void TestMainWindow::reluBandIsHatchedHard() {
    m_scene->setSelected("relu");
    settle();
    const auto bands = plot()->overlay()->bands();
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands[0]->brush().style(), Qt::BDiagPattern);
    m_scene->setSelected("tanh");
    settle();
    QCOMPARE(plot()->overlay()->bands()[0]->brush().style(), Qt::SolidPattern);
}

void TestMainWindow::summarySentence() {
    m_scene->setSelected("sigmoid");
    // As read: no-break spaces and word joiners keep expressions on one line (tst_display).
    auto read = [this] {
        return m_window->saturationLabel()->text().replace(QChar(0xA0), ' ').remove(QChar(0x2060));
    };
    QTRY_COMPARE(read(), QString("Sigmoid saturates on both sides (soft). |f′| < 0.01 for x < "
                                 "−4.585 and for x > 4.585."));
    m_scene->setSelected("relu");
    QTRY_COMPARE(read(), QString("ReLU saturates on the left (hard). f′ = 0 for x ≤ 0."));
    m_scene->setSelected("leaky_relu");
    QTRY_VERIFY(m_window->saturationLabel()->text().contains("does not saturate"));
}

void TestMainWindow::secondDerivativePanelToggles() {
    QVERIFY(!plot()->panel(2));
    QVERIFY(!plot()->graph("mish", 2));
    m_window->viewControls()->secondDerivativeBox()->click();
    QVERIFY(plot()->panel(2));
    QCPGraph* g = plot()->graph("mish", 2);
    QVERIFY(g);
    QVERIFY(g->data()->size() > 4);
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        QCOMPARE(it->value, ae::evaluate(*ae::findActivation("mish"), it->key, {}).d2f);
    // Bands are drawn over every panel: 2 sigmoid bands in 3 panels, plus hatch layers none.
    m_window->viewControls()->firstDerivativeBox()->click();
    QVERIFY(!plot()->panel(1));
    QVERIFY(plot()->panel(2));
}

void TestMainWindow::clickingACurveSelectsIt() {
    QCustomPlot* cp = plot()->plot();
    cp->replot();
    QCPGraph* g = plot()->graph("tanh", 0);
    // tanh at x = -5 sits at -1, well apart from the others' curves there except nothing else.
    const double x = -6.0;
    const double y = std::tanh(x);
    const QPoint pos(int(g->keyAxis()->coordToPixel(x)), int(g->valueAxis()->coordToPixel(y)));
    QSignalSpy spy(m_scene, &Scene::selectionChanged);
    QTest::mouseClick(cp, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(m_scene->selected(), QString("tanh"));
    QCOMPARE(spy.count(), 1);
}

void TestMainWindow::hoverShowsExactValues() {
    m_scene->setSelected("mish");
    plot()->readout()->showAt(-1.0);
    const QString text = plot()->readout()->text();
    QVERIFY2(text.contains("−0.303401"), qPrintable(text)); // mish(-1), Unicode minus
    QVERIFY(text.contains("0.0592168"));                    // mish'(-1)
    // And through a real mouse move over the plot.
    QCustomPlot* cp = plot()->plot();
    cp->replot();
    const QPoint pos(int(plot()->graph("mish", 0)->keyAxis()->coordToPixel(2.0)), 60);
    QTest::mouseMove(cp, pos);
    QTRY_VERIFY(plot()->readout()->text().contains("x   = 2") ||
                plot()->readout()->text().contains("x   = 1.9"));
}

void TestMainWindow::wheelZoomAndDoubleClickReset() {
    QCustomPlot* cp = plot()->plot();
    cp->replot();
    const QPoint centre = plot()->panel(0)->rect().center();
    QWheelEvent wheel(centre, cp->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(cp, &wheel);
    QVERIFY(m_scene->xMax() - m_scene->xMin() < 16.0); // zoomed in, through the Scene
    // The box holds the view's exact bound and shows it to six significant digits.
    QCOMPARE(m_window->viewControls()->xMaxBox()->value(), m_scene->xMax());
    QCOMPARE(m_window->viewControls()->xMaxBox()->text(),
             QString::number(m_scene->xMax(), 'g', 6).replace('-', QChar(0x2212)));
    QTest::mouseDClick(cp, Qt::LeftButton, Qt::NoModifier, centre);
    QCOMPARE(m_scene->xMin(), -8.0);
    QCOMPARE(m_scene->xMax(), 8.0);
}

void TestMainWindow::invalidRangeIsRefusedWithMessage() {
    QDoubleSpinBox* lo = m_window->viewControls()->xMinBox();
    lo->clear();
    QTest::keyClicks(lo, "20");
    QTest::keyClick(lo, Qt::Key_Return);
    QCOMPARE(m_scene->xMin(), -8.0);
    QLabel* msg = m_window->viewControls()->messageLabel();
    QVERIFY(msg->isVisible());
    QVERIFY(msg->text().contains("must be less than"));
    m_window->viewControls()->xMaxBox()->setValue(30);
    QCOMPARE(m_scene->xMin(), 20.0);
    QCOMPARE(m_scene->xMax(), 30.0);
    QVERIFY(!msg->isVisible());
}

void TestMainWindow::sliderDragReplotsOnce() {
    QCustomPlot* cp = plot()->plot();
    QSignalSpy replots(cp, &QCustomPlot::afterReplot);
    QCoreApplication::processEvents();
    replots.clear();
    QSlider* slider = m_window->parameterPanel()->slider("swish.beta");
    for (int v = 110; v < 120; ++v)
        slider->setValue(v); // ten steps within one event-loop turn
    QTRY_VERIFY(replots.count() >= 1);
    // One replot for the curves; at most one more when the texts (legend, side panel), refreshed
    // together at most every 200 ms, catch up with the last step.
    QTest::qWait(400);
    QVERIFY2(replots.count() <= 2, qPrintable(QString::number(replots.count())));
}

void TestMainWindow::listIsGroupedAndFilterable() {
    FunctionList* list = m_window->functionList();
    // Headers first, then the article's six in the article's order.
    QCOMPARE(list->item(0)->text(), QString("From the article"));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsSelectable));
    list->setCurrentItem(list->item(0)); // a header never becomes the selection
    QCOMPARE(m_scene->selected(), QString("sigmoid"));
    QCOMPARE(list->item(1)->text(), QString("Sigmoid"));
    QCOMPARE(list->item(6)->text(), QString("Mish"));
    QCOMPARE(list->item(7)->text(), QString("Rectifiers"));
    auto visible = [list] {
        QStringList names;
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden()) names << list->item(i)->text();
        return names;
    };
    QTest::keyClicks(m_window->functionFilter(), "shrink");
    QCOMPARE(visible(), (QStringList{"Shrinkage", "Softshrink", "Hardshrink", "Tanhshrink"}));
    m_window->functionFilter()->clear();
    QTest::keyClicks(m_window->functionFilter(), "prelu"); // aliases count
    QCOMPARE(visible(), (QStringList{"From the article", "Leaky ReLU"}));
    m_window->functionFilter()->clear();
    QCOMPARE(visible().size(), list->count());
}

void TestMainWindow::parameterBoxesFollowShownFunctions() {
    ParameterPanel* panel = m_window->parameterPanel();
    QSlider* elu = panel->slider("elu.alpha");
    QVERIFY(elu);
    QVERIFY(!elu->isVisibleTo(m_window)); // ELU is not shown by default
    m_window->functionList()->itemFor("elu")->setCheckState(Qt::Checked);
    QVERIFY(elu->isVisibleTo(m_window));
    QVERIFY(panel->slider("swish.beta")->isVisibleTo(m_window));
}

// A slider held down and the ▶ sweep are one continuous change (the plot keeps its axes still);
// the adjustment ends with the release, the stop, or the slider going away while held.
void TestMainWindow::heldSliderOrSweepAdjustsTheScene() {
    QSlider* slider = m_window->parameterPanel()->slider("swish.beta");
    QVERIFY(slider);
    QSignalSpy spy(m_scene, &Scene::adjustingChanged);
    QVERIFY(!m_scene->isAdjusting());
    slider->setSliderDown(true);
    QVERIFY(m_scene->isAdjusting());
    slider->setValue(slider->value() + 5);
    QVERIFY(m_scene->isAdjusting());
    slider->setSliderDown(false);
    QVERIFY(!m_scene->isAdjusting());
    QCOMPARE(spy.count(), 2);

    // Hidden while held: no release event ever comes.
    slider->setSliderDown(true);
    QVERIFY(m_scene->isAdjusting());
    m_scene->setEnabled("swish", false);
    QVERIFY(!m_scene->isAdjusting());
    QVERIFY(!slider->isSliderDown());
    m_scene->setEnabled("swish", true);

    ParameterAnimator* sweep = m_window->parameterPanel()->animator();
    sweep->start("swish", "beta");
    QVERIFY(m_scene->isAdjusting());
    sweep->stop();
    QVERIFY(!m_scene->isAdjusting());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
