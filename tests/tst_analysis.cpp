// AnalysisModel on its worker thread: only the newest state's analysis is ever published, in
// generation order; a deselected function's late result is dropped; extreme views and
// parameters neither crash the worker nor give a different answer than the synchronous call;
// destroying the model while its worker runs is safe. Every expected value is a direct call of
// core's ae::analyseProperties / ae::vanishingIntervals on the Scene's final state.
#include "model/analysismodel.h"
#include "model/propertiestext.h"
#include "model/scene.h"

#include "core/activation.h"
#include "core/properties.h"
#include "core/saturation.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace ae;

namespace {

QString describe(const std::vector<VanishingInterval>& v) {
    QStringList out;
    for (const auto& iv : v)
        out << QStringLiteral("[%1, %2]%3%4%5%6")
                   .arg(iv.lo, 0, 'g', 17)
                   .arg(iv.hi, 0, 'g', 17)
                   .arg(iv.clippedLeft ? "<" : "")
                   .arg(iv.clippedRight ? ">" : "")
                   .arg(iv.hard ? "h" : "")
                   .arg(iv.tail ? "t" : "");
    return out.join(' ');
}

// The model's published analysis equals the synchronous analysis of the Scene as it is now.
void verifyMatchesScene(const AnalysisModel& model, const Scene& scene) {
    QVERIFY(model.isCurrent());
    const QString id = scene.selected();
    const Activation* a = scene.activation(id);
    if (!a || !scene.isEnabled(id)) {
        QVERIFY(model.functionId().isEmpty());
        QVERIFY(model.intervals().empty());
        return;
    }
    QCOMPARE(model.functionId(), id);
    const auto p = scene.parameters(id);
    const auto want = vanishingIntervals(*a, p, scene.xMin(), scene.xMax(), scene.epsilon());
    QCOMPARE(describe(model.intervals()), describe(want));
    QCOMPARE(propertiesHtml(model.properties()), propertiesHtml(analyseProperties(*a, p)));
}

// Records, at every changed(), which generation was published and for which function, and
// whether it was the newest at that moment.
struct Recorder {
    std::vector<quint64> published;
    QStringList ids;
    int notCurrent = 0;
    Recorder(AnalysisModel& m) {
        QObject::connect(&m, &AnalysisModel::changed, &m, [this, &m] {
            published.push_back(m.publishedGeneration());
            ids << m.functionId();
            if (!m.isCurrent()) ++notCurrent;
        });
    }
    bool increasing() const {
        for (std::size_t i = 1; i < published.size(); ++i)
            if (published[i] <= published[i - 1]) return false;
        return true;
    }
};

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
  private slots:
    void startsCurrent();
    void staleResultsAreDropped_data();
    void staleResultsAreDropped();
    void generationsOnlyGrow();
    void deselectedFunctionIsDropped_data();
    void deselectedFunctionIsDropped();
    void unchangedInputsNeedNoNewGeneration();
    void extremeInputs_data();
    void extremeInputs();
    void nanIsRefusedBeforeTheWorker();
    void textsOnlyWhenCurrent();
    void waitForCurrentPublishesNow();
    void synchronousModeIsImmediate();
    void destroyedWhileWorking();
};

void TestAnalysis::startsCurrent() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    verifyMatchesScene(model, scene); // the first state is analysed before the constructor ends
}

void TestAnalysis::staleResultsAreDropped_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("param");
    QTest::addColumn<int>("steps");
    QTest::newRow("swish beta x2") << "swish"
                                   << "beta" << 2;
    QTest::newRow("swish beta x50") << "swish"
                                    << "beta" << 50;
    QTest::newRow("elu alpha x30") << "elu"
                                   << "alpha" << 30;
    QTest::newRow("leaky_relu a x30") << "leaky_relu"
                                      << "a" << 30;
}

// Many changes within one event-loop turn: every result but the last state's arrives stale.
void TestAnalysis::staleResultsAreDropped() {
    QFETCH(QString, id);
    QFETCH(QString, param);
    QFETCH(int, steps);
    Scene scene;
    scene.setEnabled(id, true);
    scene.setSelected(id);
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    Recorder rec(model);
    const Activation* a = scene.activation(id);
    const ParamSpec& spec = a->params[std::size_t(paramIndex(*a, param.toStdString()))];
    const quint64 before = model.generation();
    for (int i = 1; i <= steps; ++i) {
        const double v = spec.min + (spec.max - spec.min) * (0.1 + 0.8 * i / steps);
        QVERIFY(scene.setParameter(id, param, v));
    }
    QCOMPARE(model.generation(), before + quint64(steps));
    QVERIFY(!model.isCurrent());
    QTRY_VERIFY(model.isCurrent());
    QTest::qWait(50);                               // any late, stale result would arrive now
    QCOMPARE(rec.published.size(), std::size_t(1)); // only the newest, once
    QCOMPARE(rec.published.front(), model.generation());
    QCOMPARE(rec.notCurrent, 0);
    verifyMatchesScene(model, scene);
}

// Changes spread over several turns (results do arrive in between): whatever is published, is
// published in generation order and is the newest at that moment.
void TestAnalysis::generationsOnlyGrow() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    Recorder rec(model);
    for (int i = 0; i < 200; ++i) {
        QVERIFY(scene.setParameter("swish", "beta", 0.25 + 0.02 * i));
        if (i % 3 == 0) QCoreApplication::processEvents();
        if (i % 7 == 0) QTest::qWait(1);
        if (i % 50 == 0) scene.setEpsilon(i % 100 == 0 ? 0.05 : 0.01);
    }
    QTRY_VERIFY(model.isCurrent());
    QTest::qWait(50);
    QVERIFY(!rec.published.empty());
    QVERIFY(rec.increasing());
    QCOMPARE(rec.notCurrent, 0);
    QCOMPARE(rec.published.back(), model.generation());
    verifyMatchesScene(model, scene);
}

void TestAnalysis::deselectedFunctionIsDropped_data() {
    QTest::addColumn<bool>("hide"); // hide Swish rather than select another function
    QTest::newRow("another selected") << false;
    QTest::newRow("swish hidden") << true;
}

// β changes, and before its analysis is back, Swish is no longer the analysed function.
void TestAnalysis::deselectedFunctionIsDropped() {
    QFETCH(bool, hide);
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    Recorder rec(model);
    QVERIFY(scene.setParameter("swish", "beta", 3.0));
    if (hide)
        scene.setEnabled("swish", false);
    else
        scene.setSelected("sigmoid");
    QTRY_VERIFY(model.isCurrent());
    QTest::qWait(50);
    QVERIFY2(!rec.ids.contains("swish"), qPrintable(rec.ids.join(',')));
    QCOMPARE(model.functionId(), hide ? QString() : QString("sigmoid"));
    verifyMatchesScene(model, scene);
}

// Showing another function changes nothing the analysis reads: no generation to wait for (the
// plot need not hold its curves back).
void TestAnalysis::unchangedInputsNeedNoNewGeneration() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    const quint64 g = model.generation();
    scene.setEnabled("elu", true);
    QCOMPARE(model.generation(), g);
    QVERIFY(model.isCurrent());
    QVERIFY(scene.setParameter("elu", "alpha", 0.5)); // not the selected function
    QCOMPARE(model.generation(), g);
    scene.setEpsilon(0.2);
    QCOMPARE(model.generation(), g + 1);
}

void TestAnalysis::extremeInputs_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("atMax"); // every parameter at its maximum, else at its minimum
    QTest::addColumn<double>("xMax");
    QTest::addColumn<double>("epsilon");
    for (const Activation& a : catalogue())
        for (bool atMax : {false, true}) {
            if (a.params.empty() && atMax) continue;
            const char* end = atMax ? "max" : "min";
            QTest::addRow("%s params %s wide", a.id.c_str(), end)
                << QString::fromStdString(a.id) << atMax << Scene::maxAbsX << 1e-6;
            QTest::addRow("%s params %s narrow", a.id.c_str(), end)
                << QString::fromStdString(a.id) << atMax << 1e-3 << 0.5;
        }
}

// The ends of every parameter's range, the widest view and a tiny one, a tiny and a large ε:
// the worker answers, and with the synchronous call's answer.
void TestAnalysis::extremeInputs() {
    QFETCH(QString, id);
    QFETCH(bool, atMax);
    QFETCH(double, xMax);
    QFETCH(double, epsilon);
    Scene scene;
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    scene.setEnabled(id, true);
    scene.setSelected(id);
    QVERIFY(scene.setRange(-xMax, xMax));
    scene.setEpsilon(epsilon);
    const Activation* a = scene.activation(id);
    // (Twice, for a parameter bounded by another one: RReLU's lower ≤ upper.)
    for (int pass = 0; pass < 2; ++pass)
        for (const ParamSpec& spec : a->params)
            scene.setParameter(id, QString::fromStdString(spec.id), atMax ? spec.max : spec.min);
    QTRY_VERIFY_WITH_TIMEOUT(model.isCurrent(), 20000);
    verifyMatchesScene(model, scene);
}

// NaN never reaches the worker: the Scene refuses it, and no generation is started for it.
void TestAnalysis::nanIsRefusedBeforeTheWorker() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    const quint64 g = model.generation();
    QVERIFY(!scene.setParameter("swish", "beta", std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!scene.setParameter("swish", "beta", std::numeric_limits<double>::infinity()));
    QCOMPARE(model.generation(), g);
    QVERIFY(model.isCurrent());
}

// The texts (legend, side panel) are only due while the analysis is of the Scene as it is.
void TestAnalysis::textsOnlyWhenCurrent() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    int emitted = 0, stale = 0;
    quint64 lastTexts = 0;
    connect(&model, &AnalysisModel::textsChanged, &model, [&] {
        ++emitted;
        if (!model.isCurrent()) ++stale;
        lastTexts = model.publishedGeneration();
    });
    for (int i = 0; i < 60; ++i) {
        QVERIFY(scene.setParameter("swish", "beta", 0.5 + 0.05 * i));
        QTest::qWait(i % 4);
    }
    QTRY_VERIFY(model.isCurrent());
    QTRY_VERIFY(emitted >= 1);
    QTest::qWait(250); // the throttle's last call
    QCOMPARE(stale, 0);
    QCOMPARE(lastTexts, model.generation()); // they end on the latest state
}

void TestAnalysis::waitForCurrentPublishesNow() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene, nullptr, AnalysisModel::Mode::Worker);
    Recorder rec(model);
    QVERIFY(scene.setParameter("swish", "beta", 2.5));
    model.waitForCurrent();
    verifyMatchesScene(model, scene);
    QTest::qWait(50); // the worker's own result of that generation is not published again
    QCOMPARE(rec.published.size(), std::size_t(1));
}

void TestAnalysis::synchronousModeIsImmediate() {
    Scene scene;
    scene.setSelected("swish");
    AnalysisModel model(&scene); // figures and the command line
    QCOMPARE(model.mode(), AnalysisModel::Mode::Synchronous);
    QSignalSpy changed(&model, &AnalysisModel::changed);
    QVERIFY(scene.setParameter("swish", "beta", 0.5));
    QCOMPARE(changed.count(), 1);
    verifyMatchesScene(model, scene);
    QVERIFY(scene.setRange(-3, 5));
    verifyMatchesScene(model, scene);
}

// The model (and its worker) goes while jobs are queued or running: no crash, no late call on
// a dead object (run under the sanitizer build to see the difference).
void TestAnalysis::destroyedWhileWorking() {
    Scene scene;
    scene.setSelected("swish");
    QVERIFY(scene.setRange(-Scene::maxAbsX, Scene::maxAbsX)); // longer jobs
    for (int round = 0; round < 20; ++round) {
        auto model = std::make_unique<AnalysisModel>(&scene, nullptr, AnalysisModel::Mode::Worker);
        int calls = 0;
        connect(model.get(), &AnalysisModel::changed, &scene, [&calls] { ++calls; });
        for (int i = 0; i < 5; ++i)
            QVERIFY(scene.setParameter("swish", "beta", 0.5 + 0.1 * (i + round)));
        if (round % 2) QTest::qWait(round % 5); // sometimes while a job runs, sometimes queued
        model.reset();
        const int before = calls;
        QTest::qWait(5);
        QCOMPARE(calls, before); // nothing delivered after destruction
    }
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
