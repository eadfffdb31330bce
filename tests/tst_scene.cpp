// Scene validation and signals, and the Scene <-> QSettings round trip used for "last session".
#include "model/scene.h"
#include "model/scenesession.h"
#include "model/settingskeys.h"

#include "gaussgate.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace ae;

class TestScene : public QObject {
    Q_OBJECT
  private slots:
    void defaultsShowTheArticlesSix();
    void setParameterValidates_data();
    void setParameterValidates();
    void setRangeValidates_data();
    void setRangeValidates();
    void epsilonValidates();
    void signalsArePrecise();
    void settingsRoundTrip();
    void corruptSettingsKeepDefaults();
    void addFunctionAppendsAndShows();
    void addFunctionRefuses_data();
    void addFunctionRefuses();
    void removeFunctionLetsGoAfterListeners();
    void removeFunctionMovesSelectionAndKeepsColours();
    void changedFollowsEverySignal();
    void stateFollowsEverySetter();
    void setStateOrdersAndKeepsAbsentParameters();
    void setStateRefusesWhole_data();
    void setStateRefusesWhole();
};

void TestScene::defaultsShowTheArticlesSix() {
    Scene s;
    QCOMPARE(s.enabledIds(),
             (QStringList{"sigmoid", "tanh", "relu", "leaky_relu", "swish", "mish"}));
    QCOMPARE(s.parameter("swish", "beta"), 1.0);
    QCOMPARE(s.parameter("leaky_relu", "a"), 0.1);
    QCOMPARE(s.xMin(), -8.0);
    QCOMPARE(s.xMax(), 8.0);
    QCOMPARE(s.epsilon(), 0.01);
}

void TestScene::setParameterValidates_data() {
    QTest::addColumn<QString>("fn");
    QTest::addColumn<QString>("param");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("beta in range") << "swish"
                                   << "beta" << 2.5 << true;
    QTest::newRow("beta at max") << "swish"
                                 << "beta" << 10.0 << true;
    QTest::newRow("beta at zero") << "swish"
                                  << "beta" << 0.0 << true;
    QTest::newRow("beta above max") << "swish"
                                    << "beta" << 10.5 << false;
    QTest::newRow("beta negative") << "swish"
                                   << "beta" << -1.0 << false;
    QTest::newRow("beta nan") << "swish"
                              << "beta" << std::nan("") << false;
    QTest::newRow("beta inf") << "swish"
                              << "beta" << inf << false;
    QTest::newRow("a above 1") << "leaky_relu"
                               << "a" << 1.5 << false;
    QTest::newRow("unknown param") << "swish"
                                   << "gamma" << 1.0 << false;
    QTest::newRow("unknown function") << "nope"
                                      << "beta" << 1.0 << false;
    QTest::newRow("function without params") << "relu"
                                             << "a" << 0.5 << false;
}

void TestScene::setParameterValidates() {
    QFETCH(QString, fn);
    QFETCH(QString, param);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    Scene s;
    QSignalSpy spy(&s, &Scene::parameterChanged);
    const double before = s.parameter(fn, param);
    QCOMPARE(s.setParameter(fn, param, value), accepted);
    if (accepted) {
        QCOMPARE(s.parameter(fn, param), value);
    } else {
        QCOMPARE(spy.count(), 0);
        if (!std::isnan(before)) QCOMPARE(s.parameter(fn, param), before);
    }
}

void TestScene::setRangeValidates_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("accepted");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("ordinary") << -3.0 << 5.0 << true;
    QTest::newRow("reversed") << 5.0 << -3.0 << false;
    QTest::newRow("empty") << 1.0 << 1.0 << false;
    QTest::newRow("nan") << std::nan("") << 1.0 << false;
    QTest::newRow("inf") << -inf << 1.0 << false;
    QTest::newRow("huge") << -1e7 << 1.0 << false;
    QTest::newRow("too narrow") << 1000.0 << 1000.0 + 1e-12 << false;
    QTest::newRow("wide") << -1e6 << 1e6 << true;
}

void TestScene::setRangeValidates() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(bool, accepted);
    Scene s;
    QSignalSpy spy(&s, &Scene::rangeChanged);
    QCOMPARE(s.setRange(lo, hi), accepted);
    QCOMPARE(spy.count(), accepted ? 1 : 0);
    QCOMPARE(s.xMin(), accepted ? lo : -8.0);
    QCOMPARE(s.xMax(), accepted ? hi : 8.0);
}

void TestScene::epsilonValidates() {
    Scene s;
    QVERIFY(!s.setEpsilon(0.0));
    QVERIFY(!s.setEpsilon(-0.1));
    QVERIFY(!s.setEpsilon(std::nan("")));
    QVERIFY(!s.setEpsilon(2.0));
    QCOMPARE(s.epsilon(), 0.01);
    QVERIFY(s.setEpsilon(0.05));
    QCOMPARE(s.epsilon(), 0.05);
}

void TestScene::signalsArePrecise() {
    Scene s;
    QSignalSpy params(&s, &Scene::parameterChanged);
    QSignalSpy funcs(&s, &Scene::functionsChanged);
    QSignalSpy range(&s, &Scene::rangeChanged);
    s.setParameter("swish", "beta", 2.0);
    s.setParameter("swish", "beta", 2.0); // unchanged: no second signal
    QCOMPARE(params.count(), 1);
    QCOMPARE(params.at(0).at(0).toString(), QString("swish"));
    QCOMPARE(funcs.count(), 0);
    QCOMPARE(range.count(), 0);
    s.setEnabled("relu", false);
    s.setEnabled("relu", false);
    QCOMPARE(funcs.count(), 1);
    s.resetParameters();
    QCOMPARE(params.count(), 2); // only swish was off its default
}

void TestScene::settingsRoundTrip() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    Scene a;
    a.setParameter("swish", "beta", 1.37);
    a.setParameter("leaky_relu", "a", 0.0);
    a.setEnabled("tanh", false);
    a.setRange(-3.5, 12.25);
    a.setEpsilon(0.003);
    a.setDerivativePanels(true, true);
    a.setSelected("mish");
    saveScene(a, settings);
    settings.sync();

    QSettings reread(dir.filePath("s.ini"), QSettings::IniFormat);
    Scene b;
    restoreScene(b, reread);
    QCOMPARE(b.parameter("swish", "beta"), 1.37);
    QCOMPARE(b.parameter("leaky_relu", "a"), 0.0);
    QCOMPARE(b.enabledIds(), a.enabledIds());
    QCOMPARE(b.xMin(), -3.5);
    QCOMPARE(b.xMax(), 12.25);
    QCOMPARE(b.epsilon(), 0.003);
    QVERIFY(b.showSecondDerivative());
    QCOMPARE(b.selected(), QString("mish"));
}

void TestScene::corruptSettingsKeepDefaults() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("bad.ini"), QSettings::IniFormat);
    Scene s;
    s.setParameter("swish", "beta", 3.0);
    // One bad field rejects the whole stored scene: nothing of it is applied.
    settings.setValue(SettingsKeys::lastScene,
                      R"({"format": "activation-explorer-scene", "version": 1,
                          "parameters": {"swish": {"beta": 2.0}, "leaky_relu": {"a": 7}}})");
    restoreScene(s, settings);
    QCOMPARE(s.parameter("swish", "beta"), 3.0);
    settings.setValue(SettingsKeys::lastScene, "{not json");
    s.setParameter("swish", "beta", 1.0);
    restoreScene(s, settings);
    QCOMPARE(s.parameter("swish", "beta"), 1.0);
    QCOMPARE(s.parameter("leaky_relu", "a"), 0.1);
    QCOMPARE(s.xMin(), -8.0);
    QCOMPARE(s.epsilon(), 0.01);
    QCOMPARE(s.selected(), QString("sigmoid"));
}

void TestScene::addFunctionAppendsAndShows() {
    Scene s;
    const QStringList before = s.functionIds();
    QSignalSpy added(&s, &Scene::functionAdded), shown(&s, &Scene::functionsChanged),
        changed(&s, &Scene::changed);
    QVERIFY(s.addFunction(gaussGate("gate")));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), QString("gate"));
    QCOMPARE(shown.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(s.functionIds(), before + QStringList{"gate"});
    QVERIFY(s.isEnabled("gate"));
    QCOMPARE(s.parameter("gate", "k"), 2.0);
    QVERIFY(s.setParameter("gate", "k", 3.0));
    QVERIFY(!s.setParameter("gate", "k", 6.0)); // its own spec's range
    const ae::Derivs d = ae::evaluate(*s.activation("gate"), 1.0, s.parameters("gate"));
    QCOMPARE(d.f, 3.0 * std::exp(-1.0));
    // Scene files and the session name its parameters through the Scene's registry.
    QVERIFY(s.validate(s.state()).isEmpty());
    // A colour of its own, after every built-in's.
    QCOMPARE(s.colorIndex("gate"), int(before.size()));
    // A second Scene knows nothing of it.
    QVERIFY(!Scene().activation("gate"));
}

void TestScene::addFunctionRefuses_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("defaultK");
    QTest::addColumn<QString>("reason");
    QTest::newRow("built-in id") << "relu" << 2.0 << "relu";
    QTest::newRow("alias of a built-in") << "logistic" << 2.0 << "logistic";
    QTest::newRow("empty id") << "" << 2.0 << "empty";
    QTest::newRow("default outside range") << "gate" << 7.0 << "k";
}

void TestScene::addFunctionRefuses() {
    QFETCH(QString, id);
    QFETCH(double, defaultK);
    QFETCH(QString, reason);
    Scene s;
    const QStringList before = s.functionIds();
    QSignalSpy added(&s, &Scene::functionAdded), changed(&s, &Scene::changed);
    ae::Activation a = gaussGate(id.toStdString());
    a.params[0].defaultValue = defaultK;
    QString error;
    QVERIFY(!s.addFunction(a, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(s.functionIds(), before);
    QCOMPARE(added.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestScene::removeFunctionLetsGoAfterListeners() {
    Scene s;
    QVERIFY(s.addFunction(gaussGate("gate", 10.0)));
    const ae::Activation* held = s.activation("gate");
    bool checked = false;
    const auto watch = connect(&s, &Scene::functionRemoved, this, [&](const QString& id) {
        QCOMPARE(id, QString("gate"));
        QVERIFY(!s.functionIds().contains("gate")); // gone from the Scene…
        QVERIFY(!s.activation("gate"));
        const double k[] = {1.0}; // …but still alive for a listener letting go of it
        QCOMPARE(ae::evaluate(*held, 1.0, k).f, 10.0 * std::exp(-1.0));
        checked = true;
    });
    QSignalSpy shown(&s, &Scene::functionsChanged);
    QVERIFY(s.removeFunction("gate"));
    QVERIFY(checked);
    disconnect(watch);
    QCOMPARE(shown.count(), 1); // it was shown
    QVERIFY(!s.removeFunction("gate"));
    QVERIFY(!s.removeFunction("no_such_function"));
    // Built-ins can leave too, and a hidden one changes no shown set.
    QSignalSpy shown2(&s, &Scene::functionsChanged);
    QVERIFY(s.removeFunction("elu"));
    QCOMPARE(shown2.count(), 0);
    QVERIFY(!s.functionIds().contains("elu"));
}

void TestScene::removeFunctionMovesSelectionAndKeepsColours() {
    Scene s;
    QVERIFY(s.addFunction(gaussGate("gate")));
    QVERIFY(s.addFunction(gaussGate("gate2")));
    const int colour2 = s.colorIndex("gate2");
    const int mish = s.colorIndex("mish");
    s.setSelected("gate");
    QSignalSpy selection(&s, &Scene::selectionChanged);
    QVERIFY(s.removeFunction("gate"));
    QCOMPARE(selection.count(), 1);
    QCOMPARE(s.selected(), s.enabledIds().first());
    QCOMPARE(s.colorIndex("gate2"), colour2);
    QCOMPARE(s.colorIndex("mish"), mish);
    QCOMPARE(s.colorIndex("gate"), -1);
    // A function added later never takes a colour that is or was in use.
    QVERIFY(s.addFunction(gaussGate("gate3")));
    QVERIFY(s.colorIndex("gate3") > colour2);
    // The last shown function leaving clears the selection.
    for (const QString& id : s.enabledIds())
        if (id != "gate3") s.setEnabled(id, false);
    s.setSelected("gate3");
    QVERIFY(s.removeFunction("gate3"));
    QCOMPARE(s.selected(), QString());
}

void TestScene::changedFollowsEverySignal() {
    Scene s;
    QSignalSpy changed(&s, &Scene::changed);
    int expected = 0;
    auto step = [&](auto action) {
        action();
        ++expected;
        QCOMPARE(changed.count(), expected);
    };
    step([&] { s.setEnabled("elu", true); });
    step([&] { s.setParameter("swish", "beta", 2.0); });
    step([&] { s.setRange(-3, 3); });
    step([&] { s.setEpsilon(0.05); });
    step([&] { s.setDerivativePanels(true, true); });
    step([&] { s.setSelected("mish"); });
    step([&] { s.setFixedYRange(0, -1, 1); });
    // No change, no signal.
    s.setRange(-3, 3);
    s.setParameter("swish", "beta", 2.0);
    QCOMPARE(changed.count(), expected);
}

// state() is what the Scene holds, not a copy assembled on request: every setter shows in it.
void TestScene::stateFollowsEverySetter() {
    Scene s;
    SceneState st = s.state();
    QCOMPARE(st.enabled, s.enabledIds());
    int withParameters = 0;
    for (const QString& id : s.functionIds()) {
        const bool has = !s.activation(id)->params.empty();
        withParameters += has;
        QCOMPARE(st.parameters.count(id), std::size_t(has));
        if (has) QCOMPARE(st.parameters.at(id).size(), s.activation(id)->params.size());
    }
    QCOMPARE(int(st.parameters.size()), withParameters);
    QVERIFY(withParameters > 0);
    QCOMPARE(st.selected, QString("sigmoid"));

    // Switched on out of order, kept in registry order.
    s.setEnabled("mish", false);
    s.setEnabled("elu", true);
    s.setEnabled("sigmoid", false);
    s.setEnabled("mish", true);
    QStringList expected;
    for (const QString& id : s.functionIds())
        if (id != "sigmoid" && (id == "elu" || Scene().isEnabled(id))) expected << id;
    QCOMPARE(s.enabledIds(), expected);
    QCOMPARE(s.state().enabled, expected);
    QVERIFY(s.isEnabled("elu") && !s.isEnabled("sigmoid") && !s.isEnabled("no_such_function"));

    QVERIFY(s.setParameter("rrelu", "upper", 0.2));
    QVERIFY(s.setParameter("rrelu", "lower", 0.3)); // pushes upper along
    QCOMPARE(s.state().parameters.at("rrelu"), (std::vector<double>{0.3, 0.3}));
    QCOMPARE(s.parameters("rrelu")[1], 0.3);
    QVERIFY(s.setRange(-2, 5));
    QVERIFY(s.setEpsilon(0.2));
    s.setDerivativePanels(false, true);
    s.setSelected("elu");
    QVERIFY(s.setFixedYRange(1, -1, 2));
    st = s.state();
    QCOMPARE(st.xMin, -2.0);
    QCOMPARE(st.xMax, 5.0);
    QCOMPARE(st.epsilon, 0.2);
    QVERIFY(!st.showFirstDerivative && st.showSecondDerivative);
    QCOMPARE(st.selected, QString("elu"));
    QCOMPARE(st.yRanges[1], std::make_optional(std::make_pair(-1.0, 2.0)));

    // Functions added and removed at run time come and go in the state too.
    QVERIFY(s.addFunction(gaussGate("gate")));
    QCOMPARE(s.state().enabled.last(), QString("gate"));
    QCOMPARE(s.state().parameters.at("gate"), std::vector<double>{2.0});
    QVERIFY(s.removeFunction("gate"));
    QVERIFY(!s.state().enabled.contains("gate"));
    QCOMPARE(s.state().parameters.count("gate"), std::size_t(0));
    QVERIFY(s.parameters("gate").empty());
    QVERIFY(std::isnan(s.parameter("gate", "k")));
}

void TestScene::setStateOrdersAndKeepsAbsentParameters() {
    Scene s;
    QVERIFY(s.setParameter("leaky_relu", "a", 0.3));
    SceneState st;
    st.enabled = QStringList{"mish", "elu", "sigmoid", "mish"}; // any order, repeats
    st.parameters["swish"] = {2.5};
    st.selected = "elu";
    QSignalSpy params(&s, &Scene::parameterChanged), funcs(&s, &Scene::functionsChanged),
        range(&s, &Scene::rangeChanged), selection(&s, &Scene::selectionChanged),
        changed(&s, &Scene::changed);
    QVERIFY(s.setState(st));
    QStringList expected;
    for (const QString& id : s.functionIds())
        if (st.enabled.contains(id)) expected << id;
    QCOMPARE(s.enabledIds(), expected);
    QCOMPARE(s.enabledIds().size(), 3);
    QCOMPARE(s.parameter("swish", "beta"), 2.5);
    QCOMPARE(s.parameter("leaky_relu", "a"), 0.3); // absent from the state: kept
    QCOMPARE(params.count(), 1);
    QCOMPARE(params.first().first().toString(), QString("swish"));
    QCOMPARE(funcs.count(), 1);
    QCOMPARE(range.count(), 0); // the default range, unchanged
    QCOMPARE(selection.count(), 1);
    // The same state again changes nothing and says nothing.
    changed.clear();
    QVERIFY(s.setState(s.state()));
    QVERIFY(s.setState(st));
    QCOMPARE(changed.count(), 0);
}

void TestScene::setStateRefusesWhole_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown enabled") << "enabled"
                                     << "functions: unknown function";
    QTest::newRow("parameter out of range") << "parameters"
                                            << "parameters.swish.beta";
    QTest::newRow("too few values") << "count"
                                    << "expected 1 values, got 0";
    QTest::newRow("reversed range") << "range"
                                    << "xRange";
    QTest::newRow("epsilon zero") << "epsilon"
                                  << "epsilon";
    QTest::newRow("unknown selection") << "selected"
                                       << "selected";
    QTest::newRow("empty y range") << "yRanges"
                                   << "yRanges.d2f";
}

void TestScene::setStateRefusesWhole() {
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    Scene s;
    SceneState st = s.state();
    // Valid changes everywhere else, so a partial apply would show.
    st.enabled << "elu";
    st.parameters["leaky_relu"] = {0.4};
    st.xMin = -3;
    if (field == "enabled") st.enabled << "softmax";
    if (field == "parameters") st.parameters["swish"] = {11.0};
    if (field == "count") st.parameters["swish"] = {};
    if (field == "range") std::swap(st.xMin, st.xMax);
    if (field == "epsilon") st.epsilon = 0;
    if (field == "selected") st.selected = "nope";
    if (field == "yRanges") st.yRanges[2] = std::make_pair(1.0, 1.0);
    QVERIFY2(s.validate(st).contains(mentions), qPrintable(s.validate(st)));
    QSignalSpy changed(&s, &Scene::changed);
    const SceneState before = s.state();
    QVERIFY(!s.setState(st));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(s.enabledIds(), before.enabled);
    QCOMPARE(s.parameter("leaky_relu", "a"), 0.1);
    QCOMPARE(s.xMin(), -8.0);
}

QTEST_GUILESS_MAIN(TestScene)
#include "tst_scene.moc"
