// Accuracy of every catalogue activation against tests/reference/reference.csv (mpmath, rounded
// once to double; see gen_reference.py). f, f' and f'' must be within 8 ulp of the reference,
// except near a sign change of the true function, where the error is measured against the
// function's scale there, and exact zeros and NaNs, which must be reproduced exactly.
#include "core/activation.h"
#include "ulps.h"

#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint64_t kMaxUlp = 8;
constexpr double kNearZeroTol = 64.0 * DBL_EPSILON;

const char* const kOutputNames[3] = {"f", "f'", "f''"};

struct RefRow {
    QString id;
    QString paramText;          // as in the file, "beta=1.5"
    QString xText;              // as in the file
    std::vector<double> params; // full parameter vector in catalogue order
    double x = 0;
    double ref[3] = {};
    bool nearZero[3] = {};
    double scale[3] = {};
    int line = 0;

    QString tag() const {
        return paramText.isEmpty() ? QStringLiteral("%1@x=%2").arg(id, xText)
                                   : QStringLiteral("%1[%2]@x=%3").arg(id, paramText, xText);
    }
};

// Locale-independent, correctly rounded; accepts "inf", "-inf", "nan".
bool parseDouble(const QString& s, double& out) {
    const std::string t = s.trimmed().toStdString();
    const char* b = t.data();
    const char* e = b + t.size();
    const auto [ptr, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && ptr == e && b != e;
}

struct Table {
    std::vector<RefRow> rows;
    QString error; // non-empty if loading failed
};

const Table& table() {
    static const Table t = [] {
        Table tab;
        QFile file(QStringLiteral(AE_TEST_DATA_DIR "/reference/reference.csv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            tab.error =
                QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
            return tab;
        }
        const QStringList expectedHeader = {"id",     "params",  "x",        "f",
                                            "df",     "d2f",     "f_nz",     "df_nz",
                                            "d2f_nz", "f_scale", "df_scale", "d2f_scale"};
        bool haveHeader = false;
        int lineNo = 0;
        auto fail = [&](const QString& why) {
            tab.error = QStringLiteral("reference.csv line %1: %2").arg(lineNo).arg(why);
            tab.rows.clear();
        };
        while (!file.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#')) continue;
            const QStringList cols = line.split(u',');
            if (!haveHeader) {
                if (cols != expectedHeader) {
                    fail(QStringLiteral("unexpected header %1").arg(line));
                    return tab;
                }
                haveHeader = true;
                continue;
            }
            if (cols.size() != expectedHeader.size()) {
                fail(QStringLiteral("%1 columns, expected %2")
                         .arg(cols.size())
                         .arg(expectedHeader.size()));
                return tab;
            }
            RefRow r;
            r.line = lineNo;
            r.id = cols[0];
            r.paramText = cols[1];
            r.xText = cols[2];
            const ae::Activation* a = ae::findActivation(r.id.toStdString());
            if (!a) {
                fail(QStringLiteral("unknown activation '%1'").arg(r.id));
                return tab;
            }
            r.params = ae::defaultParams(*a);
            if (!r.paramText.isEmpty()) {
                for (const QString& kv : r.paramText.split(u';')) {
                    const auto parts = kv.split(u'=');
                    const int idx =
                        parts.size() == 2 ? ae::paramIndex(*a, parts[0].toStdString()) : -1;
                    double v = 0;
                    if (idx < 0 || !parseDouble(parts[1], v)) {
                        fail(QStringLiteral("bad parameter '%1' for %2").arg(kv, r.id));
                        return tab;
                    }
                    r.params[static_cast<std::size_t>(idx)] = v;
                }
            }
            bool ok = parseDouble(cols[2], r.x);
            for (int k = 0; k < 3; ++k) {
                ok = ok && parseDouble(cols[3 + k], r.ref[k]) &&
                     parseDouble(cols[9 + k], r.scale[k]);
                const QString nz = cols[6 + k].trimmed();
                ok = ok && (nz == u"0" || nz == u"1");
                r.nearZero[k] = nz == u"1";
            }
            if (!ok) {
                fail(QStringLiteral("unparsable number in '%1'").arg(line));
                return tab;
            }
            tab.rows.push_back(std::move(r));
        }
        if (!haveHeader)
            fail(QStringLiteral("no header row"));
        else if (tab.rows.empty())
            fail(QStringLiteral("no data rows"));
        return tab;
    }();
    return t;
}

enum class Rule { Nan, ExactZero, NearZero, Ulp };

Rule ruleFor(const RefRow& r, int k) {
    if (std::isnan(r.ref[k])) return Rule::Nan;
    if (r.ref[k] == 0.0) return Rule::ExactZero;
    if (r.nearZero[k]) return Rule::NearZero;
    return Rule::Ulp;
}

// Empty if the output passes, else a description of the failure.
QString check(const RefRow& r, int k, double got) {
    const double ref = r.ref[k];
    const auto show = [](double v) { return QString::number(v, 'g', 17); };
    switch (ruleFor(r, k)) {
    case Rule::Nan:
        if (std::isnan(got)) return {};
        return QStringLiteral("%1: got %2, expected NaN").arg(kOutputNames[k], show(got));
    case Rule::ExactZero:
        if (got == 0.0) return {};
        return QStringLiteral("%1: got %2, expected exactly 0").arg(kOutputNames[k], show(got));
    case Rule::NearZero: {
        const double tol = kNearZeroTol * r.scale[k];
        if (std::fabs(got - ref) <= tol) return {};
        return QStringLiteral("%1: got %2, expected %3 ± %4 (near a zero, scale %5)")
            .arg(kOutputNames[k], show(got), show(ref), show(tol), show(r.scale[k]));
    }
    case Rule::Ulp: {
        if (std::isnan(got))
            return QStringLiteral("%1: got NaN, expected %2").arg(kOutputNames[k], show(ref));
        const std::uint64_t d = ulpDistance(got, ref);
        if (d <= kMaxUlp) return {};
        return QStringLiteral("%1: got %2, expected %3 (%4 ulp > %5)")
            .arg(kOutputNames[k], show(got), show(ref))
            .arg(d)
            .arg(kMaxUlp);
    }
    }
    return QStringLiteral("unreachable");
}

double output(const ae::Derivs& d, int k) {
    return k == 0 ? d.f : k == 1 ? d.df : d.d2f;
}

ae::Derivs eval(const RefRow& r) {
    return ae::evaluate(*ae::findActivation(r.id.toStdString()), r.x, r.params);
}

} // namespace

Q_DECLARE_METATYPE(const RefRow*)

class TestAccuracy : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { QVERIFY2(table().error.isEmpty(), qPrintable(table().error)); }

    // The table must have rows for every catalogue entry (and only for catalogue entries, which
    // loading already checks), with finite and infinite x for each.
    void coversCatalogue() {
        QSet<QString> ids;
        QSet<QString> withInf;
        for (const auto& r : table().rows) {
            ids.insert(r.id);
            if (std::isinf(r.x)) withInf.insert(r.id);
        }
        for (const auto& a : ae::catalogue()) {
            const auto id = QString::fromStdString(a.id);
            QVERIFY2(ids.contains(id),
                     qPrintable(QStringLiteral("no reference rows for '%1': add it to "
                                               "tests/reference/gen_reference.py and regenerate")
                                    .arg(id)));
            QVERIFY2(withInf.contains(id),
                     qPrintable(QStringLiteral("no rows at x = ±inf for '%1'").arg(id)));
        }
    }

    void tagsUnique() {
        QSet<QString> seen;
        for (const auto& r : table().rows) {
            const QString tag = r.tag();
            QVERIFY2(!seen.contains(tag), qPrintable(QStringLiteral("duplicate row %1").arg(tag)));
            seen.insert(tag);
        }
    }

    void values_data() {
        QTest::addColumn<const RefRow*>("row");
        for (const auto& r : table().rows)
            QTest::newRow(qPrintable(r.tag())) << &r;
    }

    void values() {
        QFETCH(const RefRow*, row);
        const ae::Derivs d = eval(*row);
        QStringList failures;
        for (int k = 0; k < 3; ++k) {
            const QString msg = check(*row, k, output(d, k));
            if (!msg.isEmpty()) failures << msg;
        }
        QVERIFY2(
            failures.isEmpty(),
            qPrintable(QStringLiteral("line %1: %2").arg(row->line).arg(failures.join(u"; "))));
    }

    // Not a pass/fail check (values() is): the worst error per function and output, for the
    // record. "ulp" is over the rows judged in ulp; "near-zero" is over the rows judged
    // absolutely, as ulp (informative only) and as a fraction of the tolerance.
    void maxErrorReport() {
        struct Worst {
            std::uint64_t ulp = 0;
            double ulpAt = kNan;
            int ulpRows = 0;
            std::uint64_t nzUlp = 0;
            double nzUlpAt = kNan;
            double nzFrac = 0; // |got - ref| / tolerance
            int nzRows = 0;
        };
        std::map<std::string, Worst[3]> worst; // ordered by id; printed in catalogue order
        for (const auto& r : table().rows) {
            const ae::Derivs d = eval(r);
            auto& w = worst[r.id.toStdString()];
            for (int k = 0; k < 3; ++k) {
                const double got = output(d, k);
                const Rule rule = ruleFor(r, k);
                if (rule == Rule::Ulp) {
                    const auto u = std::isnan(got) ? std::numeric_limits<std::uint64_t>::max()
                                                   : ulpDistance(got, r.ref[k]);
                    if (w[k].ulpRows++ == 0 || u > w[k].ulp) {
                        w[k].ulp = u;
                        w[k].ulpAt = r.x;
                    }
                } else if (rule == Rule::NearZero) {
                    const auto u = std::isnan(got) ? std::numeric_limits<std::uint64_t>::max()
                                                   : ulpDistance(got, r.ref[k]);
                    if (w[k].nzRows++ == 0 || u > w[k].nzUlp) {
                        w[k].nzUlp = u;
                        w[k].nzUlpAt = r.x;
                    }
                    w[k].nzFrac = std::max(w[k].nzFrac,
                                           std::fabs(got - r.ref[k]) / (kNearZeroTol * r.scale[k]));
                }
            }
        }
        qInfo("max error vs reference.csv (ulp rows: max ulp @x; near-zero rows: max ulp @x, "
              "max |err|/tolerance)");
        for (const auto& a : ae::catalogue()) {
            const auto it = worst.find(a.id);
            if (it == worst.end()) continue;
            for (int k = 0; k < 3; ++k) {
                const Worst& w = it->second[k];
                QString line = QStringLiteral("  %1 %2: ")
                                   .arg(QString::fromStdString(a.id).leftJustified(11),
                                        QString::fromLatin1(kOutputNames[k]).leftJustified(3));
                if (w.ulpRows > 0)
                    line += QStringLiteral("%1 ulp @x=%2 (%3 rows)")
                                .arg(w.ulp)
                                .arg(QString::number(w.ulpAt, 'g', 17))
                                .arg(w.ulpRows);
                else
                    line += QStringLiteral("no rows judged in ulp (all exact 0 or NaN)");
                if (w.nzRows > 0)
                    line += QStringLiteral("; near-zero: %1 ulp @x=%2, %3 of tol (%4 rows)")
                                .arg(w.nzUlp)
                                .arg(QString::number(w.nzUlpAt, 'g', 17))
                                .arg(w.nzFrac, 0, 'g', 3)
                                .arg(w.nzRows);
                qInfo("%s", qPrintable(line));
            }
        }
    }

    void nanX() {
        for (const auto& a : ae::catalogue()) {
            const auto p = ae::defaultParams(a);
            for (double nan : {kNan, -kNan, std::numeric_limits<double>::signaling_NaN()}) {
                const ae::Derivs d = ae::evaluate(a, nan, p);
                QVERIFY2(std::isnan(d.f) && std::isnan(d.df) && std::isnan(d.d2f), a.id.c_str());
            }
        }
    }

    void nanParam() {
        for (const auto& a : ae::catalogue()) {
            for (std::size_t i = 0; i < a.params.size(); ++i) {
                for (double x : {-std::numeric_limits<double>::infinity(), -2.0, 0.0, 0.5, 3.0,
                                 std::numeric_limits<double>::infinity()}) {
                    auto p = ae::defaultParams(a);
                    p[i] = kNan;
                    const ae::Derivs d = ae::evaluate(a, x, p);
                    QVERIFY2(std::isnan(d.f) && std::isnan(d.df) && std::isnan(d.d2f),
                             qPrintable(QStringLiteral("%1 with %2 = NaN at x = %3")
                                            .arg(QString::fromStdString(a.id),
                                                 QString::fromStdString(a.params[i].id))
                                            .arg(x)));
                }
            }
        }
    }

    // Squareplus at the ends of the double range, where x + √(x² + b) and √(x² + b) − x overflow
    // (it returned inf at x = 2^1023 and 0 at x = −2^1023). mpmath, 60 digits, rounded once:
    //   r = sqrt(x*x + b); f = (x + r)/2 if x > 0 else b/(2*(r - x))
    //   df = (1 + x/r)/2 if x > 0 else b/(2*r*(r - x)); d2f = b/(2*r**3)
    void squareplusFarOut_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("df");
        const double two1023 = std::ldexp(1.0, 1023);
        auto row = [](const char* tag, double x, double b, double f, double df) {
            QTest::newRow(tag) << x << b << f << df;
        };
        row("2^1023 b=4", two1023, 4.0, two1023, 1.0);
        row("2^1023 b=0.01", two1023, 0.01, two1023, 1.0);
        row("-2^1023 b=4", -two1023, 4.0, 1.1125369292536007e-308, 0.0);
        row("-2^1023 b=0.01", -two1023, 0.01, 2.781342323134e-311, 0.0);
        row("-2^1023 b=20", -two1023, 20.0, 5.562684646268003e-308, 0.0);
        row("1e300 b=4", 1e300, 4.0, 1e300, 1.0);
        row("-1e300 b=4", -1e300, 4.0, 1e-300, 0.0);
        row("-1e300 b=0.01", -1e300, 0.01, 2.5e-303, 0.0);
        row("1.7e308 b=4", 1.7e308, 4.0, 1.7e308, 1.0);
        row("-1.7e308 b=4", -1.7e308, 4.0, 5.88235294117647e-309, 0.0);
        row("-1.7e308 b=0.01", -1.7e308, 0.01, 1.4705882352944e-311, 0.0);
        row("-1.7e308 b=20", -1.7e308, 20.0, 2.941176470588235e-308, 0.0);
        row("DBL_MAX b=4", DBL_MAX, 4.0, DBL_MAX, 1.0);
    }
    void squareplusFarOut() {
        QFETCH(double, x);
        QFETCH(double, b);
        QFETCH(double, f);
        QFETCH(double, df);
        const double p[1] = {b};
        const ae::Derivs d = ae::evaluate(*ae::findActivation("squareplus"), x, p);
        QVERIFY2(ulpDistance(d.f, f) <= 1, qPrintable(QString::number(d.f, 'g', 17)));
        QVERIFY2(ulpDistance(d.df, df) <= 1, qPrintable(QString::number(d.df, 'g', 17)));
        QVERIFY(std::isfinite(d.d2f) && d.d2f >= 0.0 && d.d2f < 1e-300);
    }

    // The ulp metric itself.
    void ulpDistanceSanity() {
        QCOMPARE(ulpDistance(0.0, -0.0), 0u);
        QCOMPARE(ulpDistance(1.0, std::nextafter(1.0, 2.0)), 1u);
        QCOMPARE(ulpDistance(-1.0, std::nextafter(-1.0, 0.0)), 1u);
        QCOMPARE(ulpDistance(std::numeric_limits<double>::denorm_min(),
                             -std::numeric_limits<double>::denorm_min()),
                 2u);
        QCOMPARE(ulpDistance(DBL_MIN, std::nextafter(DBL_MIN, 0.0)), 1u);
        QCOMPARE(ulpDistance(DBL_MAX, std::numeric_limits<double>::infinity()), 1u);
        QCOMPARE(ulpDistance(1.0, 1.0 + 8 * DBL_EPSILON), 8u);
    }
};

QTEST_GUILESS_MAIN(TestAccuracy)
#include "tst_accuracy.moc"
