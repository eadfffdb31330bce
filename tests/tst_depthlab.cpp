// The depth lab workspace: its model follows the Scene (a β change gives a new gradient-flow
// picture, a function shown gives a curve), a sweep started from the Run button finishes and
// is saved after every run, a new model resumes from that file, Cancel stops a long sweep, and
// a window hosts the lab as its second workspace.
#include "depthlab/depthlabworkspace.h"
#include "depthlab/labcontrols.h"
#include "depthlab/labmodel.h"
#include "model/scene.h"
#include "widgets/mainwindow.h"

#include <qcustomplot.h>

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

void showOnly(Scene& scene, const QStringList& ids) {
    for (const QString& id : scene.functionIds())
        scene.setEnabled(id, ids.contains(id));
}

} // namespace

class TestDepthLab : public QObject {
    Q_OBJECT
  private slots:
    void flowFollowsTheScene();
    void sweepFromTheRunButtonIsSavedAndResumed();
    void cancelStopsALongSweep();
    void windowHostsTheLab();
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

QTEST_MAIN(TestDepthLab)
#include "tst_depthlab.moc"
