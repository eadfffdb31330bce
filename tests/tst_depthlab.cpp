// The depth lab workspace: its model follows the Scene (a β change gives a new gradient-flow
// picture, a function shown gives a curve), a sweep started from the Run button finishes and
// is saved after every run, a new model resumes from that file, Cancel stops a long sweep, and
// a window hosts the lab as its second workspace.
#include "depthlab/depthlabworkspace.h"
#include "depthlab/labcontrols.h"
#include "depthlab/labmodel.h"
#include "depthlab/regionmodel.h"
#include "model/scene.h"
#include "plot/accuracychart.h"
#include "plot/theme.h"
#include "widgets/mainwindow.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae;

namespace {

// Two functions, two depths, one seed, one epoch: a sweep of a second or less.
nn::ExperimentConfig tinySweep() {
    nn::ExperimentConfig c = *nn::preset("quick");
    c.depths = {1, 3};
    c.seeds = 1;
    c.train.epochs = 1;
    c.train.width = 8;
    return c;
}

// The same on a 2-D set: the decision region's and the live chart's tests.
nn::ExperimentConfig tinyFlatSweep() {
    nn::ExperimentConfig c = tinySweep();
    c.data.name = "moons";
    c.data.size = 200;
    c.depths = {1, 2};
    c.train.epochs = 2;
    return c;
}

QString titleOf(QCustomPlot* plot) {
    if (plot->plotLayout()->rowCount() < 2) return {};
    auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
    return t ? t->text() : QString();
}

void showOnly(Scene& scene, const QStringList& ids) {
    for (const QString& id : scene.functionIds())
        scene.setEnabled(id, ids.contains(id));
}

} // namespace

class TestDepthLab : public QObject {
    Q_OBJECT
  private slots:
    void accuracyLegendWrapsToTheWidth_data();
    void accuracyLegendWrapsToTheWidth();
    void flowFollowsTheScene();
    void sweepFromTheRunButtonIsSavedAndResumed();
    void cancelStopsALongSweep();
    void windowHostsTheLab();
    void histogramsFollowTheScene();
    void liveLossFollowsARun();
    void clickShowsTheDecisionRegion();
};

void TestDepthLab::flowFollowsTheScene() {
    Scene scene;
    showOnly(scene, {"sigmoid", "swish"});
    DepthLabModel model(&scene);
    FlowSettings f = model.flowSettings();
    f.depth = 12;
    f.width = 16;
    model.setFlowSettings(f);
    model.waitForFlow();
    QCOMPARE(int(model.flow().size()), 2);
    QCOMPARE(model.flow()[0].function, QStringLiteral("sigmoid"));
    QCOMPARE(int(model.flow()[0].layers.size()), 12);
    // Sigmoid's gradient shrinks towards the input (f′ ≤ 1/4 per layer), by orders of magnitude.
    QVERIFY(model.flow()[0].layers.front().gradNorm <
            1e-3 * model.flow()[0].layers.back().gradNorm);
    const double before = model.flow()[1].layers.front().gradNorm;
    QSignalSpy changed(&model, &DepthLabModel::flowChanged);
    QVERIFY(scene.setParameter(QStringLiteral("swish"), QStringLiteral("beta"), 3.0));
    QVERIFY(!model.flowIsCurrent());
    QVERIFY(changed.wait(5000) || model.flowIsCurrent());
    model.waitForFlow();
    QVERIFY(model.flow()[1].layers.front().gradNorm != before);
    scene.setEnabled(QStringLiteral("mish"), true);
    model.waitForFlow();
    QCOMPARE(int(model.flow().size()), 3);
}

void TestDepthLab::sweepFromTheRunButtonIsSavedAndResumed() {
    QTemporaryDir dir;
    Scene scene;
    showOnly(scene, {"relu", "mish"});
    DepthLabWorkspace lab(&scene);
    // Full priority: at nice 19 beside the other tests of a parallel (ASan) run the workers would
    // get a sliver of the CPU. The lowering itself is tst_nn's backgroundPriorityIsInherited.
    lab.model()->setSweepInBackground(false);
    lab.model()->setResultsDirectory(dir.path());
    lab.model()->setExperiment(tinySweep());
    QSignalSpy finished(lab.model(), &DepthLabModel::sweepFinished);
    QTest::mouseClick(lab.controls()->runButton(), Qt::LeftButton);
    QVERIFY(lab.model()->sweepRunning());
    QVERIFY(!lab.controls()->runButton()->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(int(lab.model()->results().size()), 2 * 2);
    QVERIFY(lab.controls()->runButton()->isEnabled());
    const QString path = lab.model()->resultsPath();
    QVERIFY(QFile::exists(path));

    // The chart as a figure for notes: the Export button comes alive with the first run, and
    // writes what --export writes (title, setup line, every function's entry).
    lab.activated();
    QVERIFY(lab.exportButton()->isEnabled());
    const QString figure = dir.filePath(QStringLiteral("accuracy.svg"));
    QString why;
    QVERIFY2(lab.exportAccuracy(figure, &why), qPrintable(why));
    QFile svg(figure);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<title>Test accuracy against depth</title>"));
    QVERIFY(text.contains("ReLU") && text.contains("Mish") && text.contains("1 seed"));
    QVERIFY(!lab.exportAccuracy(dir.filePath(QStringLiteral("no/such/dir/a.png")), &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!lab.exportAccuracy(dir.filePath(QStringLiteral("a.bmp")), &why));
    QVERIFY2(why.contains(QLatin1String("unknown extension")), qPrintable(why));

    // Another model (the app started again) with the same setup finds the finished runs.
    DepthLabModel again(&scene);
    again.setResultsDirectory(dir.path());
    again.setExperiment(tinySweep());
    QCOMPARE(again.resultsPath(), path);
    QCOMPARE(int(again.results().size()), 4);
    // Another function shown is another experiment: its own file.
    scene.setEnabled(QStringLiteral("swish"), true);
    QVERIFY(again.resultsPath() != path);
}

void TestDepthLab::cancelStopsALongSweep() {
    QTemporaryDir dir;
    Scene scene;
    showOnly(scene, {"tanh"});
    DepthLabModel model(&scene);
    model.setSweepInBackground(false); // the cancel bound, not the scheduler, is under test
    model.setResultsDirectory(dir.path());
    nn::ExperimentConfig c = tinySweep();
    c.depths = {30};
    c.train.epochs = 2000;
    model.setExperiment(c);
    QSignalSpy finished(&model, &DepthLabModel::sweepFinished);
    model.startSweep();
    QTest::qWait(200);
    model.cancelSweep();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!model.sweepRunning());
    QVERIFY(model.results().empty());
}

void TestDepthLab::windowHostsTheLab() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    Scene scene;
    MainWindow window(&scene, &settings);
    auto* lab = new DepthLabWorkspace(&scene);
    window.addWorkspace(lab);
    QCOMPARE(window.workspaces().size(), 2);
    window.setCurrentWorkspace(lab->id());
    QCOMPARE(window.currentWorkspace(), lab);
    lab->model()->waitForFlow();
    QCoreApplication::processEvents();
    // The flow chart shows every function the explorer shows, with its name in the legend.
    QCOMPARE(lab->gradientPlot()->graphCount(), scene.enabledIds().size());
    QCOMPARE(lab->gradientPlot()->graph(0)->dataCount(), lab->model()->flowSettings().depth);
}

void TestDepthLab::histogramsFollowTheScene() {
    Scene scene;
    showOnly(scene, {"tanh", "swish"});
    DepthLabWorkspace lab(&scene);
    FlowSettings f = lab.model()->flowSettings();
    f.depth = 10;
    f.width = 16;
    f.batch = 64;
    lab.model()->setFlowSettings(f);
    lab.model()->waitForFlow();
    lab.activated();
    const FlowCurve& tanh = lab.model()->flow()[0];
    QCOMPARE(int(tanh.activationHistograms.size()), 10);
    QCOMPARE(int(tanh.gradientHistograms.size()), 10);
    // Every value of every layer is counted somewhere: width × batch of them.
    for (const auto& h : tanh.activationHistograms)
        QCOMPARE(h.total(), std::uint64_t(16 * 64));
    // tanh's outputs lie in [−1, 1]; the common range about that (with its margin), and the
    // values outside it only the 0.1 % tails of each end.
    QVERIFY(tanh.activationHistograms[0].lo >= -1.1 && tanh.activationHistograms[0].hi <= 1.1);
    std::uint64_t outside = 0;
    for (const auto& h : tanh.activationHistograms)
        outside += h.below + h.above + h.nonFinite;
    QVERIFY(outside <= 10 * 16 * 64 / 500);
    // The charts: five layers of the ten, first and last, for the function chosen.
    QCOMPARE(lab.histogramFunctionBox()->count(), 2);
    QCOMPARE(lab.activationHistogramPlot()->graphCount(), 5);
    QCOMPARE(lab.gradientHistogramPlot()->graph(0)->name(), QStringLiteral("layer 1"));
    QCOMPARE(lab.gradientHistogramPlot()->graph(4)->name(), QStringLiteral("layer 10"));
    QVERIFY(titleOf(lab.activationHistogramPlot()).contains(QStringLiteral("tanh")));

    lab.histogramFunctionBox()->setCurrentIndex(1);
    QVERIFY(titleOf(lab.gradientHistogramPlot()).contains(QStringLiteral("Swish")));
    const auto before = lab.model()->flow()[1].gradientHistograms;
    const double firstBin = lab.gradientHistogramPlot()->graph(0)->data()->at(0)->value;
    QSignalSpy changed(lab.model(), &DepthLabModel::flowChanged);
    QVERIFY(scene.setParameter(QStringLiteral("swish"), QStringLiteral("beta"), 4.0));
    QVERIFY(changed.wait(5000) || lab.model()->flowIsCurrent());
    lab.model()->waitForFlow();
    const auto& after = lab.model()->flow()[1].gradientHistograms;
    QCOMPARE(after.size(), before.size());
    QVERIFY(after[0].lo != before[0].lo || after[0].counts != before[0].counts);
    // The chart was redrawn from the new picture, still for Swish.
    QCOMPARE(lab.histogramFunctionBox()->currentData().toString(), QStringLiteral("swish"));
    QVERIFY(lab.gradientHistogramPlot()->graph(0)->data()->at(0)->value != firstBin ||
            lab.gradientHistogramPlot()->xAxis->range().lower != before[0].lo);
}

void TestDepthLab::liveLossFollowsARun() {
    QTemporaryDir dir;
    Scene scene;
    showOnly(scene, {"relu", "mish"});
    DepthLabWorkspace lab(&scene);
    lab.activated();
    lab.model()->setResultsDirectory(dir.path());
    lab.model()->setExperiment(tinyFlatSweep());
    QVERIFY(titleOf(lab.liveLossPlot()).contains(QStringLiteral("press Run")));
    QSignalSpy live(lab.model(), &DepthLabModel::liveRunChanged);
    QSignalSpy finished(lab.model(), &DepthLabModel::sweepFinished);
    lab.model()->startSweep();
    QVERIFY(finished.wait(30000));
    QVERIFY(live.count() >= 2); // cleared at the start, then at least the sweep's last snapshot
    const LiveRun& run = lab.model()->liveRun();
    QVERIFY(!run.run.function.empty());
    QCOMPARE(run.epochs, 2);
    QVERIFY(run.finished);
    QCOMPARE(int(run.stepLoss.size()), 2 * run.stepsPerEpoch);
    QCOMPARE(int(run.trainLoss.size()), 2);
    QCOMPARE(int(run.testLoss.size()), 2);
    // The chart names the run it shows, and holds its batches and both epochs' losses.
    QCoreApplication::processEvents();
    const QString title = titleOf(lab.liveLossPlot());
    QVERIFY2(
        title.contains(QStringLiteral("depth %1, seed %2").arg(run.run.depth).arg(run.run.seed)),
        qPrintable(title));
    QVERIFY(title.contains(run.run.function == "relu" ? QStringLiteral("ReLU")
                                                      : QStringLiteral("Mish")));
    QCOMPARE(lab.liveLossPlot()->graph(0)->dataCount(), int(run.stepLoss.size()));
    QCOMPARE(lab.liveLossPlot()->graph(1)->dataCount(), 2);
    QCOMPARE(lab.liveLossPlot()->graph(2)->dataCount(), 2);
}

void TestDepthLab::clickShowsTheDecisionRegion() {
    QTemporaryDir dir;
    Scene scene;
    showOnly(scene, {"tanh"});
    DepthLabWorkspace lab(&scene);
    lab.model()->setResultsDirectory(dir.path());
    const nn::ExperimentConfig c = tinyFlatSweep();
    lab.model()->setExperiment(c);
    QSignalSpy finished(lab.model(), &DepthLabModel::sweepFinished);
    lab.model()->startSweep();
    QVERIFY(finished.wait(30000));
    QCOMPARE(int(lab.model()->results().size()), 2);

    lab.tabs()->resize(1200, 800);
    lab.tabs()->setCurrentIndex(1);
    lab.tabs()->show();
    QVERIFY(QTest::qWaitForWindowExposed(lab.tabs()));
    lab.activated();
    QCustomPlot* accuracy = lab.accuracyPlot();
    accuracy->replot(); // lays the axes out at the widget's size
    QCOMPARE(lab.regionRunBox()->count(), 2);
    // The mean point of depth 2: the only seed's run.
    QCPGraph* mean = accuracy->graph(0);
    QCOMPARE(mean->dataCount(), 2);
    const auto point = mean->data()->at(1);
    QCOMPARE(point->key, 2.0);
    const QPoint pixel(int(std::lround(accuracy->xAxis->coordToPixel(point->key))),
                       int(std::lround(accuracy->yAxis->coordToPixel(point->value))));
    QSignalSpy changed(lab.model()->regions(), &DecisionRegionModel::regionChanged);
    QTest::mouseClick(accuracy, Qt::LeftButton, Qt::NoModifier, pixel);
    QVERIFY(lab.model()->regions()->busy());
    QVERIFY(titleOf(lab.regionPlot()).contains(QStringLiteral("Re-training")));
    QTRY_VERIFY_WITH_TIMEOUT(!lab.model()->regions()->busy(), 10000);
    const auto& region = lab.model()->regions()->region();
    QVERIFY(region);
    QCOMPARE(region->run.depth, 2);
    QCOMPARE(region->run.function, std::string("tanh"));
    // The re-trained network is the sweep's: the same test accuracy.
    QCOMPARE(region->retrainedAccuracy, region->run.testAccuracy);
    QCOMPARE(region->classes, 2);
    QCOMPARE(int(region->predicted.size()), region->nx * region->ny);
    QCOMPARE(lab.regionRunBox()->currentIndex(), 1);
    const QString title = titleOf(lab.regionPlot());
    QVERIFY2(title.contains(QStringLiteral("tanh, depth 2, seed 1")), qPrintable(title));
    QVERIFY(title.contains(QString::number(100.0 * region->run.testAccuracy, 'f', 1)));

    // The classes on the grid are what the run's network predicts there.
    std::string error;
    const nn::Dataset data = *nn::loadDataset(c.data, &error);
    const QList<QPoint> cells{{0, 0}, {60, 60}, {120, 0}, {30, 90}, {120, 120}, {90, 17}};
    Eigen::MatrixXf grid(2, cells.size());
    for (qsizetype k = 0; k < cells.size(); ++k) {
        grid(0, k) = float(region->x(cells[k].x()));
        grid(1, k) = float(region->y(cells[k].y()));
    }
    std::vector<int> expected;
    const Activation* tanh = scene.activation(QStringLiteral("tanh"));
    const auto params = scene.parameters(QStringLiteral("tanh"));
    nn::trainOne(data, *tanh, std::vector<double>(params.begin(), params.end()), c.train, 2, 1,
                 nullptr, {}, [&](nn::Mlp& net) { expected = net.predict(grid); });
    for (qsizetype k = 0; k < cells.size(); ++k)
        QCOMPARE(region->at(cells[k].x(), cells[k].y()), expected[std::size_t(k)]);
    // Both classes appear: the map is a region, not one colour.
    QVERIFY(std::count(region->predicted.begin(), region->predicted.end(), 0) > 0);
    QVERIFY(std::count(region->predicted.begin(), region->predicted.end(), 1) > 0);
    // The chart: the map and the points of both sets, and the clicked run ringed.
    QVERIFY(lab.regionPlot()->plottableCount() > 2);
    QCOMPARE(accuracy->graph(accuracy->graphCount() - 1)->data()->at(0)->key, 2.0);
}

void TestDepthLab::accuracyLegendWrapsToTheWidth_data() {
    QTest::addColumn<int>("functions");
    QTest::addColumn<int>("width");
    QTest::newRow("six in 500 px") << 6 << 500;
    QTest::newRow("five in 300 px") << 5 << 300;
    QTest::newRow("one in 200 px") << 1 << 200;
    QTest::newRow("six in 1600 px") << 6 << 1600;
}

// The legend has a line of its own above the chart: as many entries a line as the width holds
// (six overran a 500-pixel chart), and redrawing a wrapped legend — whose grid then has empty
// cells — must not trip over them (it crashed the window once).
void TestDepthLab::accuracyLegendWrapsToTheWidth() {
    QFETCH(int, functions);
    QFETCH(int, width);
    Scene scene;
    const QStringList ids = scene.functionIds().mid(0, functions);
    std::vector<std::string> names;
    std::vector<nn::RunResult> results;
    for (const QString& id : ids) {
        names.push_back(id.toStdString());
        for (int depth : {1, 5, 10}) {
            nn::RunResult r;
            r.function = id.toStdString();
            r.depth = depth;
            r.seed = 1;
            r.testAccuracy = 1.0 / depth;
            results.push_back(r);
        }
    }
    QCustomPlot plot;
    plot.resize(width, 400);
    for (int pass = 0; pass < 3; ++pass) // redraws go through the wrapped legend
        drawAccuracy(&plot, scene, themeById(QStringLiteral("light")), names, results, 10, 25);
    QCOMPARE(plot.graphCount(), 3 * functions); // mean, low and high per function
    int entries = 0;
    for (int i = 0; i < plot.legend->itemCount(); ++i)
        entries += plot.legend->item(i) != nullptr;
    QCOMPARE(entries, functions);
    QVERIFY2(plot.legend->minimumOuterSizeHint().width() <= width,
             qPrintable(QString::number(plot.legend->minimumOuterSizeHint().width())));
    QCOMPARE(plot.xAxis->range().upper, 26.0); // the sweep's depth, not the deepest result
}

QTEST_MAIN(TestDepthLab)
#include "tst_depthlab.moc"
