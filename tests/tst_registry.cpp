// The run-time function registry: the built-ins in catalogue order, functions added and removed
// while the app runs (closures as evaluators), what add() refuses and why, pointers that stay
// valid, and the family table that orders and titles the groups.
#include "core/activation.h"
#include "core/family.h"
#include "core/registry.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Exactly equal (±0 alike), or both NaN.
bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// f = c·k·x with c captured by the closure and k a parameter: what a typed formula with a
// constant folded in looks like to the registry.
ae::Activation scaled(const std::string& id, double c) {
    return {.id = id,
            .name = "Scaled " + id,
            .family = "custom",
            .formula = "c·k·x",
            .params = {ae::ParamSpec{.id = "k",
                                     .symbol = "k",
                                     .description = "slope factor",
                                     .defaultValue = 1.0,
                                     .min = -5.0,
                                     .max = 5.0,
                                     .step = 0.1}},
            .eval = [c](double x, std::span<const double> p) -> ae::Derivs {
                return {c * p[0] * x, c * p[0], 0.0};
            }};
}

// One reason add() refuses: how to spoil a valid function, and a word the reason must contain.
struct Refusal {
    const char* tag;
    void (*spoil)(ae::Activation&);
    const char* says;
};

const Refusal kRefusals[] = {
    {"empty id", [](ae::Activation& a) { a.id.clear(); }, "empty id"},
    {"id of a built-in", [](ae::Activation& a) { a.id = "relu"; }, "\"relu\" is taken"},
    {"id is a built-in's alias", [](ae::Activation& a) { a.id = "logistic"; }, "\"sigmoid\""},
    {"alias is a built-in's id", [](ae::Activation& a) { a.aliases = {"tanh"}; }, "alias"},
    {"alias is a built-in's alias", [](ae::Activation& a) { a.aliases = {"prelu"}; }, "alias"},
    {"no evaluator", [](ae::Activation& a) { a.eval = nullptr; }, "no evaluator"},
    {"default above max", [](ae::Activation& a) { a.params[0].defaultValue = 6.0; }, "default"},
    {"default below min", [](ae::Activation& a) { a.params[0].defaultValue = -6.0; }, "default"},
    {"default NaN", [](ae::Activation& a) { a.params[0].defaultValue = kNan; }, "default"},
    {"min above max",
     [](ae::Activation& a) {
         a.params[0].min = 2.0;
         a.params[0].max = 1.0;
         a.params[0].defaultValue = 1.5;
     },
     "minimum is above"},
    {"max NaN", [](ae::Activation& a) { a.params[0].max = kNan; }, "minimum is above"},
    {"duplicate parameter ids", [](ae::Activation& a) { a.params.push_back(a.params[0]); },
     "two parameters"},
    {"notAbove unknown", [](ae::Activation& a) { a.params[0].notAbove = "m"; }, "\"m\""},
};

} // namespace

class TestRegistry : public QObject {
    Q_OBJECT

  private slots:
    void emptyByDefault() {
        const ae::Registry r;
        QCOMPARE(r.size(), std::size_t(0));
        QVERIFY(r.all().empty());
        QVERIFY(!r.find("relu"));
        QCOMPARE(r.indexOf("relu"), -1);
    }

    void builtIns_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < ae::catalogue().size(); ++i)
            QTest::newRow(ae::catalogue()[i].id.c_str()) << int(i);
    }
    // In catalogue() order, the same objects, evaluating the same.
    void builtIns() {
        QFETCH(int, index);
        const auto i = static_cast<std::size_t>(index);
        const ae::Registry r = ae::Registry::withBuiltIns();
        QCOMPARE(r.size(), ae::catalogue().size());
        const ae::Activation& want = ae::catalogue()[i];
        QCOMPARE(q(r.at(i).id), q(want.id));
        QCOMPARE(r.all()[i], &r.at(i));
        QCOMPARE(r.indexOf(want.id), index);
        QCOMPARE(r.find(want.id), ae::findActivation(want.id));
        const auto p = ae::defaultParams(want);
        for (double x : {-1000.0, -2.5, -0.5, 0.0, 0.5, 2.5, 1000.0}) {
            const ae::Derivs a = ae::evaluate(r.at(i), x, p);
            const ae::Derivs b = want.eval(x, p);
            QVERIFY2(same(a.f, b.f) && same(a.df, b.df) && same(a.d2f, b.d2f),
                     qPrintable(QString::number(x)));
        }
    }

    // The registry's checks accept every built-in: they demand nothing the catalogue lacks.
    void builtInsPassTheChecks_data() { builtIns_data(); }
    void builtInsPassTheChecks() {
        QFETCH(int, index);
        ae::Registry r;
        QCOMPARE(q(r.add(ae::catalogue()[static_cast<std::size_t>(index)])), QString());
        QCOMPARE(r.size(), std::size_t(1));
    }

    void closure_data() {
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("x");
        QTest::newRow("c=2 k=1 x=3") << 2.0 << 1.0 << 3.0;
        QTest::newRow("c=-0.5 k=2 x=4") << -0.5 << 2.0 << 4.0;
        QTest::newRow("c=3 k=-1 x=-0.25") << 3.0 << -1.0 << -0.25;
        QTest::newRow("c=0 k=5 x=inf") << 0.0 << 5.0 << std::numeric_limits<double>::infinity();
    }
    // A closure's captured state travels with the Activation into the registry, and evaluate()
    // still filters NaN and a wrong parameter count in front of it.
    void closure() {
        QFETCH(double, c);
        QFETCH(double, k);
        QFETCH(double, x);
        ae::Registry r = ae::Registry::withBuiltIns();
        {
            double local = c; // gone before the evaluation
            QCOMPARE(q(r.add(scaled("scaled", local))), QString());
        }
        QCOMPARE(r.indexOf("scaled"), int(ae::catalogue().size()));
        const ae::Activation* a = r.find("scaled");
        QVERIFY(a);
        const std::vector<double> p{k};
        const ae::Derivs d = ae::evaluate(*a, x, p);
        QVERIFY(same(d.f, c * k * x));
        QCOMPARE(d.df, c * k);
        QCOMPARE(d.d2f, 0.0);
        QVERIFY(std::isnan(ae::evaluate(*a, kNan, p).f));
        QVERIFY(std::isnan(ae::evaluate(*a, x, std::vector<double>{}).f));
        QVERIFY(std::isnan(ae::evaluate(*a, x, std::vector<double>{kNan}).df));
    }

    // The registry owns what the closure holds (a parsed expression, say) until the entry goes.
    void closureStateLivesWithTheEntry() {
        auto state = std::make_shared<double>(4.0);
        const std::weak_ptr<double> watch = state;
        ae::Registry r;
        ae::Activation a = scaled("held", 1.0);
        a.eval = [state](double x, std::span<const double>) -> ae::Derivs {
            return {*state * x, *state, 0.0};
        };
        QCOMPARE(q(r.add(std::move(a))), QString());
        state.reset();
        QVERIFY(!watch.expired());
        QCOMPARE(ae::evaluate(*r.find("held"), 2.0, std::vector<double>{1.0}).f, 8.0);
        QVERIFY(r.remove("held"));
        QVERIFY(watch.expired());
    }

    void pointersStayValid_data() {
        QTest::addColumn<QString>("removed");
        QTest::newRow("first built-in") << "sigmoid";
        QTest::newRow("last built-in") << q(ae::catalogue().back().id);
        QTest::newRow("added") << "f50";
        QTest::newRow("nothing") << "absent";
    }
    // Pointers to the other entries survive adds (enough to grow any vector several times) and a
    // remove, and still point at the same function.
    void pointersStayValid() {
        QFETCH(QString, removed);
        ae::Registry r = ae::Registry::withBuiltIns();
        QCOMPARE(q(r.add(scaled("f0", 7.0))), QString());
        const ae::Activation* custom = r.find("f0");
        const ae::Activation* relu = r.find("relu");
        for (int i = 1; i < 200; ++i)
            QCOMPARE(q(r.add(scaled("f" + std::to_string(i), i))), QString());
        QCOMPARE(r.remove(removed.toStdString()), removed != "absent");
        for (int i = 200; i < 400; ++i)
            QCOMPARE(q(r.add(scaled("f" + std::to_string(i), i))), QString());
        QCOMPARE(r.find("f0"), custom);
        QCOMPARE(r.find("relu"), relu);
        QCOMPARE(q(custom->id), QStringLiteral("f0"));
        QCOMPARE(ae::evaluate(*custom, 2.0, std::vector<double>{1.0}).f, 14.0);
        QCOMPARE(ae::evaluate(*relu, 2.0, std::vector<double>{}).f, 2.0);
    }

    void refused_data() {
        QTest::addColumn<int>("which");
        for (std::size_t i = 0; i < std::size(kRefusals); ++i)
            QTest::newRow(kRefusals[i].tag) << int(i);
    }
    void refused() {
        QFETCH(int, which);
        const Refusal& refusal = kRefusals[which];
        ae::Registry r = ae::Registry::withBuiltIns();
        ae::Activation a = scaled("mine", 2.0);
        QCOMPARE(q(ae::Registry(r).add(a)), QString()); // valid before it is spoilt
        refusal.spoil(a);
        const QString why = q(r.add(a));
        QVERIFY2(why.contains(QString::fromUtf8(refusal.says)), qPrintable(why));
        QCOMPARE(r.size(), ae::catalogue().size());
        QVERIFY(!r.find("mine"));
    }

    void remove_data() {
        QTest::addColumn<QString>("id");
        QTest::newRow("built-in") << "swish";
        QTest::newRow("added") << "mine";
    }
    void remove() {
        QFETCH(QString, id);
        ae::Registry r = ae::Registry::withBuiltIns();
        QCOMPARE(q(r.add(scaled("mine", 1.0))), QString());
        const std::size_t before = r.size();
        const int index = r.indexOf(id.toStdString());
        const auto after = static_cast<std::size_t>(index) + 1;
        const std::string next = after < before ? r.at(after).id : std::string();
        QVERIFY(r.remove(id.toStdString()));
        QVERIFY(!r.find(id.toStdString()));
        QCOMPARE(r.indexOf(id.toStdString()), -1);
        QCOMPARE(r.size(), before - 1);
        QVERIFY(!r.remove(id.toStdString()));                // already gone
        if (!next.empty()) QCOMPARE(r.indexOf(next), index); // the rest close up, in order
        // Gone from this registry only: the catalogue and other registries keep the built-ins.
        QCOMPARE(ae::Registry::withBuiltIns().size(), ae::catalogue().size());
    }

    void copiesShareEntries() {
        ae::Registry a = ae::Registry::withBuiltIns();
        QCOMPARE(q(a.add(scaled("mine", 1.0))), QString());
        ae::Registry b = a;
        QCOMPARE(b.find("mine"), a.find("mine"));
        QVERIFY(b.remove("mine"));
        QVERIFY(b.remove("relu"));
        QVERIFY(a.find("mine"));
        QVERIFY(a.find("relu"));
        QCOMPARE(a.size(), b.size() + 2);
    }

    void emptyEvaluatorGivesNan_data() {
        QTest::addColumn<double>("x");
        QTest::newRow("0") << 0.0;
        QTest::newRow("1.5") << 1.5;
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    }
    void emptyEvaluatorGivesNan() {
        QFETCH(double, x);
        const ae::Activation none{.id = "none"};
        const ae::Derivs d = ae::evaluate(none, x, std::vector<double>{});
        QVERIFY(std::isnan(d.f) && std::isnan(d.df) && std::isnan(d.d2f));
        QVERIFY(!ae::hasBand(none));
        QVERIFY(std::isnan(ae::evaluateBand(none, ae::BandEdge::Upper, x, {}).f));
        // One edge alone is no band.
        ae::Activation half = scaled("half", 1.0);
        half.bandLower = half.eval;
        QVERIFY(!ae::hasBand(half));
        QVERIFY(std::isnan(ae::evaluateBand(half, ae::BandEdge::Lower, x, std::vector{1.0}).f));
    }

    // The built-ins' groups appear in the family table's order, "custom" (not a built-in
    // family) comes last, and every family of the catalogue is in the table.
    void familyOrder() {
        QStringList seen;
        for (const auto& a : ae::catalogue())
            if (seen.isEmpty() || seen.back() != q(a.family)) {
                QVERIFY2(!seen.contains(q(a.family)), a.id.c_str()); // each group in one piece
                seen << q(a.family);
            }
        QStringList table;
        for (const auto& f : ae::familyTable())
            table << q(f.id);
        QCOMPARE(table.size(), seen.size() + 1);
        QCOMPARE(table.mid(0, seen.size()), seen);
        QCOMPARE(table.back(), QStringLiteral("custom"));
    }

    void familyTitle_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::newRow("article") << "article"
                                 << "From the article";
        QTest::newRow("rectifiers") << "rectifiers"
                                    << "Rectifiers";
        QTest::newRow("smooth") << "smooth"
                                << "Smooth";
        QTest::newRow("piecewise") << "piecewise"
                                   << "Piecewise / hard";
        QTest::newRow("shrinkage") << "shrinkage"
                                   << "Shrinkage";
        QTest::newRow("custom") << "custom"
                                << "Your functions";
        QTest::newRow("unknown: the id") << "quantum"
                                         << "quantum";
        QTest::newRow("empty") << ""
                               << "";
    }
    void familyTitle() {
        QFETCH(QString, id);
        QFETCH(QString, title);
        const std::string key = id.toStdString();
        QCOMPARE(q(std::string(ae::familyTitle(key))), title);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
