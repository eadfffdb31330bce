#include "model/propertiestext.h"

#include "model/nobreak.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ae {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Properties)
};

QString list(const std::vector<double>& xs) {
    QStringList parts;
    for (double x : xs)
        parts << formatNumber(x);
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString formatInterval(double lo, double hi, bool loClosed, bool hiClosed) {
    return QStringLiteral("%1%2, %3%4")
        .arg(loClosed && std::isfinite(lo) ? QStringLiteral("[") : QStringLiteral("("),
             formatNumber(lo), formatNumber(hi),
             hiClosed && std::isfinite(hi) ? QStringLiteral("]") : QStringLiteral(")"));
}

QString saturationPhrase(const ae::SaturationClass& c) {
    using ae::Saturation;
    auto kind = [](Saturation s) {
        return s == Saturation::Hard ? Text::tr("hard") : Text::tr("soft");
    };
    if (c.left == Saturation::None && c.right == Saturation::None)
        return Text::tr("does not saturate");
    if (c.left != Saturation::None && c.right != Saturation::None)
        return c.left == c.right ? Text::tr("saturates on both sides (%1)").arg(kind(c.left))
                                 : Text::tr("saturates on both sides (left %1, right %2)")
                                       .arg(kind(c.left), kind(c.right));
    if (c.left != Saturation::None) return Text::tr("saturates on the left (%1)").arg(kind(c.left));
    return Text::tr("saturates on the right (%1)").arg(kind(c.right));
}

QString formatSet(const std::vector<ae::Interval>& set) {
    QStringList parts;
    QStringList points; // consecutive isolated points share one pair of braces: {0, 1}
    auto flush = [&] {
        if (!points.isEmpty())
            parts << QStringLiteral("{%1}").arg(points.join(QStringLiteral(", ")));
        points.clear();
    };
    for (const auto& iv : set) {
        if (iv.isPoint()) {
            points << formatNumber(iv.lo);
            continue;
        }
        flush();
        parts << formatInterval(iv.lo, iv.hi, iv.loClosed, iv.hiClosed);
    }
    flush();
    return parts.join(QStringLiteral(" ∪ "));
}

namespace {
QString monotonicityText(const ae::Properties& p) {
    using M = ae::Monotonicity;
    switch (p.monotonicity) {
    case M::StrictlyIncreasing:
        return Text::tr("yes, strictly increasing");
    case M::NonDecreasing:
        return Text::tr("yes, non-decreasing (constant on some intervals)");
    case M::StrictlyDecreasing:
        return Text::tr("yes, strictly decreasing");
    case M::NonIncreasing:
        return Text::tr("yes, non-increasing (constant on some intervals)");
    case M::Constant:
        return Text::tr("constant");
    case M::None:
        break;
    }
    QStringList why;
    if (!p.decreasing.empty()) why << Text::tr("f′ < 0 on %1").arg(formatSet(p.decreasing));
    if (!p.jumpsDown.empty()) why << Text::tr("f jumps down at x = %1").arg(list(p.jumpsDown));
    if (why.isEmpty()) why << Text::tr("f′ takes both signs");
    return Text::tr("no: %1").arg(why.join(QStringLiteral("; ")));
}

// sup |f'| and where it is reached: "1 for x ∈ [0, ∞)", "1, approached as x → ∞ but…".
QString maxSlopeText(const ae::SlopeMaxima& m, const QString& value) {
    QStringList limits;
    if (m.approachedAtMinusInf) limits << QStringLiteral("x → −∞");
    if (m.approachedAtPlusInf) limits << QStringLiteral("x → ∞");
    const QString approached = limits.join(Text::tr(" and as "));
    QString at;
    if (m.at.size() == 1 && m.at[0].isPoint())
        at = Text::tr("at x = %1").arg(formatNumber(m.at[0].lo));
    else if (!m.at.empty()) {
        bool allPoints = true;
        for (const auto& iv : m.at)
            allPoints = allPoints && iv.isPoint();
        at = allPoints ? Text::tr("at x ∈ %1").arg(formatSet(m.at))
                       : Text::tr("for x ∈ %1").arg(formatSet(m.at));
    }
    if (at.isEmpty())
        return approached.isEmpty()
                   ? value
                   : Text::tr("%1, approached as %2 but never reached").arg(value, approached);
    at = QStringLiteral("%1 %2").arg(value, at);
    return approached.isEmpty() ? at : Text::tr("%1, and approached as %2").arg(at, approached);
}
} // namespace

QList<QPair<QString, QString>> propertyRows(const ae::Properties& p) {
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(Text::tr("Range"), formatSet(p.range));
    const bool below = std::isfinite(p.lower.value), above = std::isfinite(p.upper.value);
    rows << qMakePair(Text::tr("Bounded"), below && above ? Text::tr("below and above")
                                           : below        ? Text::tr("below only")
                                           : above        ? Text::tr("above only")
                                                          : Text::tr("no"));
    rows << qMakePair(Text::tr("Monotonic"), monotonicityText(p));
    QString smooth;
    switch (p.smoothness) {
    case ae::Smoothness::Discontinuous:
        smooth = Text::tr("discontinuous: f jumps at x = %1").arg(list(p.jumps));
        break;
    case ae::Smoothness::C0:
        smooth = Text::tr("C⁰: kinks (f′ jumps) at x = %1").arg(list(p.kinks));
        break;
    case ae::Smoothness::C1:
        smooth = Text::tr("C¹: f″ jumps at x = %1").arg(list(p.curvatureJumps));
        break;
    case ae::Smoothness::Smooth:
        smooth = Text::tr("C∞ (smooth)");
        break;
    }
    rows << qMakePair(Text::tr("Smoothness"), smooth);
    rows << qMakePair(Text::tr("Zero-centred"),
                      p.odd ? Text::tr("yes: odd, f(−x) = −f(x)")
                      : p.valueAtZero == 0 && p.bothSigns
                          ? Text::tr("partly: f(0) = 0 with outputs of both signs, not symmetric")
                          : Text::tr("no: f(0) = %1").arg(formatNumber(p.valueAtZero)));
    rows << qMakePair(Text::tr("f′(0)"), formatNumber(p.slopeAtZero));
    // Not reached anywhere: a supremum, and labelled so.
    rows << qMakePair(p.maxSlopeAt.at.empty() ? Text::tr("sup |f′|") : Text::tr("max |f′|"),
                      maxSlopeText(p.maxSlopeAt, formatNumber(p.maxSlope)));
    rows << qMakePair(Text::tr("Saturation"), saturationPhrase(p.saturation));
    QStringList ex;
    for (const auto& e : p.extrema)
        ex << (e.minimum ? Text::tr("minimum f(%1) = %2") : Text::tr("maximum f(%1) = %2"))
                  .arg(formatNumber(e.x), formatNumber(e.f));
    rows << qMakePair(Text::tr("Extrema"),
                      ex.isEmpty() ? Text::tr("none") : ex.join(QStringLiteral("; ")));
    return rows;
}

QString propertiesHtml(const ae::Properties& p) {
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto& [label, value] : propertyRows(p))
        html += QStringLiteral("<tr><td valign='top'><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(keepExpressionsTogether(label).toHtmlEscaped(),
                         keepExpressionsTogether(value).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString propertiesText(const QString& title, const ae::Properties& p,
                       const VanishingReport* vanishing) {
    QString text = title + QLatin1Char('\n');
    auto rows = propertyRows(p);
    if (vanishing)
        rows << qMakePair(Text::tr("Vanishing gradient (ε = %1, x in %2)")
                              .arg(formatNumber(vanishing->epsilon, 4),
                                   formatInterval(vanishing->xmin, vanishing->xmax, true, true)),
                          vanishingClause(vanishing->bands, vanishing->epsilon));
    for (const auto& [label, value] : rows)
        text += QStringLiteral("  %1: %2\n").arg(label, value);
    return text;
}

QByteArray propertiesJson(const ae::Activation& a, std::span<const double> params,
                          const ae::Properties& p, const VanishingReport* vanishing) {
    using json = nlohmann::ordered_json;
    // JSON has no infinity: ±∞ are written as the strings "inf" and "-inf".
    auto num = [](double v) -> json {
        if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
        return v;
    };
    auto sat = [](ae::Saturation s) {
        return s == ae::Saturation::Hard ? "hard" : s == ae::Saturation::Soft ? "soft" : "none";
    };
    auto nums = [&](const std::vector<double>& xs) {
        json arr = json::array();
        for (double x : xs)
            arr.push_back(num(x));
        return arr;
    };
    json out;
    out["id"] = a.id;
    json ps = json::object();
    for (std::size_t i = 0; i < a.params.size() && i < params.size(); ++i)
        ps[a.params[i].id] = params[i];
    out["parameters"] = ps;
    auto set = [&](const std::vector<ae::Interval>& ivs) {
        json arr = json::array();
        for (const auto& iv : ivs)
            arr.push_back({{"lo", num(iv.lo)},
                           {"hi", num(iv.hi)},
                           {"loClosed", iv.loClosed},
                           {"hiClosed", iv.hiClosed}});
        return arr;
    };
    // "lower"/"upper" are the hull; "image" the range itself (Binary step: {0} ∪ {1}).
    out["range"] = {{"lower", num(p.lower.value)},
                    {"lowerClosed", p.lower.attained},
                    {"upper", num(p.upper.value)},
                    {"upperClosed", p.upper.attained},
                    {"image", set(p.range)}};
    out["boundedBelow"] = std::isfinite(p.lower.value);
    out["boundedAbove"] = std::isfinite(p.upper.value);
    out["monotonic"] = p.monotonic;
    static const char* order[] = {"strictly increasing", "non-decreasing", "strictly decreasing",
                                  "non-increasing",      "constant",       "none"};
    out["monotonicity"] = order[int(p.monotonicity)];
    out["decreasing"] = set(p.decreasing);
    out["jumpsDown"] = nums(p.jumpsDown);
    static const char* smooth[] = {"discontinuous", "C0", "C1", "Cinf"};
    out["smoothness"] = smooth[int(p.smoothness)];
    out["jumps"] = nums(p.jumps);
    out["kinks"] = nums(p.kinks);
    out["curvatureJumps"] = nums(p.curvatureJumps);
    out["odd"] = p.odd;
    out["zeroCentred"] = p.odd;
    out["bothSigns"] = p.bothSigns;
    out["valueAtZero"] = num(p.valueAtZero);
    out["slopeAtZero"] = num(p.slopeAtZero);
    out["maxAbsSlope"] = num(p.maxSlope);
    json approached = json::array();
    if (p.maxSlopeAt.approachedAtMinusInf) approached.push_back("-inf");
    if (p.maxSlopeAt.approachedAtPlusInf) approached.push_back("inf");
    out["maxAbsSlopeAt"] = {{"intervals", set(p.maxSlopeAt.at)}, {"approachedAsXTo", approached}};
    out["saturation"] = {{"left", sat(p.saturation.left)}, {"right", sat(p.saturation.right)}};
    json ex = json::array();
    for (const auto& e : p.extrema)
        ex.push_back(
            {{"x", num(e.x)}, {"f", num(e.f)}, {"kind", e.minimum ? "minimum" : "maximum"}});
    out["extrema"] = ex;
    if (vanishing) {
        // lo/hi: the outermost doubles inside each band (see ae::VanishingInterval).
        json bands = json::array();
        for (const auto& b : vanishing->bands)
            bands.push_back({{"lo", num(b.lo)},
                             {"hi", num(b.hi)},
                             {"clippedLeft", b.clippedLeft},
                             {"clippedRight", b.clippedRight},
                             {"hard", b.hard},
                             {"tail", b.tail}});
        out["vanishing"] = {
            {"epsilon", vanishing->epsilon},
            {"xRange", json::array({vanishing->xmin, vanishing->xmax})},
            {"bands", bands},
            {"summary", vanishingClause(vanishing->bands, vanishing->epsilon).toStdString()}};
    }
    return QByteArray::fromStdString(out.dump(2) + "\n");
}

} // namespace ae
