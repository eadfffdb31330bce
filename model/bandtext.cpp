#include "model/bandtext.h"

#include "model/propertiestext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ae {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Properties) // the same context as the rest of the properties text
};
} // namespace

namespace {
bool shortDecimal(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return std::strtod(buf, nullptr) == v;
}

// Decimals for a soft edge: three, or enough for three significant digits near zero, so that an
// edge at −0.0003 does not print as "−0.001" or "−0.000".
int decimalsFor(double x) {
    if (x == 0 || !std::isfinite(x)) return 3;
    return std::max(3, 2 - int(std::floor(std::log10(std::fabs(x)))));
}

double roundInward(double x, int decimals, bool up) {
    const double scale = std::pow(10.0, decimals);
    const double r = (up ? std::ceil(x * scale) : std::floor(x * scale)) / scale;
    return std::isfinite(r) ? r : x;
}

} // namespace

BandBound bandEdge(const ae::VanishingInterval& band, bool upper) {
    const double inside = upper ? band.hi : band.lo;
    const double outside = std::nextafter(inside, upper ? HUGE_VAL : -HUGE_VAL);
    // An exact edge — a jump of f′ at 0, hardswish's 1.5, a hard band — prints exactly: its last
    // double inside when that is a short number (x ≤ 0), else the short number just outside.
    if (band.hard) {
        if (!shortDecimal(inside) && shortDecimal(outside))
            return {formatNumber(outside, 9), false};
        return {formatNumber(inside, 9), true};
    }
    // A soft band is stated with strict inequalities only: rounding can put the double of an
    // exact edge on either side (hardswish at ε = 1e−4 ends at −1.5003, where |f′| = ε exactly).
    if (shortDecimal(inside)) return {formatNumber(inside, 9), false};
    if (shortDecimal(outside)) return {formatNumber(outside, 9), false};
    // An edge that is mathematically a short number but where f′ cannot be told from ε in
    // doubles (Swish at ε = 0.5 and ELU at ε = 1 end at 0, hardswish at ε = 1 at 1.5; the bisection
    // stops 1e−17 or 2 ulp short): the short number just outside, within 1e−10.
    for (int decimals = 0; decimals <= 4; ++decimals) { // short numbers only: no chance hits
        const double scale = std::pow(10.0, decimals);
        double d = std::round(inside * scale) / scale;
        if (d == 0) d = 0;
        const bool outward = upper ? d >= inside : d <= inside;
        if (outward && std::fabs(d - inside) <= 1e-10 + 1e-12 * std::fabs(inside))
            return {formatNumber(d, 9), false};
    }
    // A soft edge: rounded towards the inside of the band, so the printed statement is true;
    // with more digits where the band is so narrow that its rounded ends would cross.
    int decimals = std::max(decimalsFor(band.lo), decimalsFor(band.hi));
    const bool twoSided = !band.clippedLeft && !band.clippedRight;
    for (; twoSided && decimals < 17; ++decimals)
        if (roundInward(band.lo, decimals, true) < roundInward(band.hi, decimals, false)) break;
    if (twoSided && !(roundInward(band.lo, decimals, true) < roundInward(band.hi, decimals, false)))
        return {formatNumber(inside, 17), true}; // a band a few doubles wide: its exact ends
    return {formatFixed(roundInward(inside, decimals, !upper), decimals), false};
}

QString edgeLabel(const ae::VanishingInterval& band, bool upper) {
    const BandBound e = bandEdge(band, upper);
    const QString op = upper ? (e.inclusive ? QStringLiteral(" ≤ ") : QStringLiteral(" < "))
                             : (e.inclusive ? QStringLiteral(" ≥ ") : QStringLiteral(" > "));
    return QStringLiteral("x") + op + e.number;
}

QString vanishingClause(const std::vector<ae::VanishingInterval>& bands, double epsilon) {
    const QString eps = formatNumber(epsilon, 4);
    const QString le = QStringLiteral(" ≤ "), lt = QStringLiteral(" < ");
    QStringList hard, soft;
    bool hardEverywhere = false, softEverywhere = false;
    for (const auto& iv : bands) {
        if (iv.clippedLeft && iv.clippedRight) {
            (iv.hard ? hardEverywhere : softEverywhere) = true;
            continue;
        }
        // The bare condition ("x < −4.585", "−1.325 < x < −1.234"); the clause around it says
        // "for … and for …" in English and "当 … 或 … 时" in Chinese.
        QString part;
        if (iv.clippedLeft) {
            part = edgeLabel(iv, true);
        } else if (iv.clippedRight) {
            part = edgeLabel(iv, false);
        } else {
            const BandBound lo = bandEdge(iv, false), hi = bandEdge(iv, true);
            if (lo.number == hi.number && lo.inclusive && hi.inclusive) // one point: λ = 0
                part = QStringLiteral("x = ") + lo.number;
            else
                part = lo.number + (lo.inclusive ? le : lt) + QStringLiteral("x") +
                       (hi.inclusive ? le : lt) + hi.number;
            if (!iv.tail && !iv.hard) part = Text::tr("%1 (around a stationary point)").arg(part);
        }
        (iv.hard ? hard : soft) << part;
    }
    // "A", "A and for B", "A, for B and for C"
    auto joined = [](const QStringList& parts) {
        QString out = parts.value(0);
        for (qsizetype i = 1; i < parts.size(); ++i)
            out = (i + 1 == parts.size() ? Text::tr("%1 and for %2") : Text::tr("%1, for %2"))
                      .arg(out, parts[i]);
        return out;
    };
    QStringList clauses;
    if (hardEverywhere) clauses << Text::tr("f′ = 0 everywhere in view");
    if (softEverywhere) clauses << Text::tr("|f′| < %1 everywhere in view").arg(eps);
    if (!hard.isEmpty()) clauses << Text::tr("f′ = 0 for %1").arg(joined(hard));
    if (!soft.isEmpty()) clauses << Text::tr("|f′| < %1 for %2").arg(eps, joined(soft));
    if (clauses.isEmpty()) return Text::tr("|f′| ≥ %1 everywhere in view").arg(eps);
    return clauses.join(Text::tr("; "));
}

} // namespace ae
