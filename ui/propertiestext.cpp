#include "propertiestext.h"

#include "nobreak.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

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

QString formatNumber(double v, int significant) {
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (std::isnan(v)) return QStringLiteral("NaN");
    if (v == 0) v = 0; // no "−0"
    QString s = QLocale().toString(v, 'g', significant);
    if (s.startsWith(QLatin1Char('-'))) s.replace(0, 1, QChar(0x2212));
    return s;
}

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

QList<QPair<QString, QString>> propertyRows(const ae::Properties& p) {
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(Text::tr("Range"), formatInterval(p.lower.value, p.upper.value,
                                                        p.lower.attained, p.upper.attained));
    const bool below = std::isfinite(p.lower.value), above = std::isfinite(p.upper.value);
    rows << qMakePair(Text::tr("Bounded"), below && above ? Text::tr("below and above")
                                           : below        ? Text::tr("below only")
                                           : above        ? Text::tr("above only")
                                                          : Text::tr("no"));
    QString mono;
    if (p.monotonic)
        mono = p.increasing ? Text::tr("yes, non-decreasing") : Text::tr("yes, non-increasing");
    else {
        QStringList where;
        for (const auto& iv : p.decreasing)
            where << formatInterval(iv.lo, iv.hi, false, false);
        mono = Text::tr("no: f′ < 0 on %1").arg(where.join(QStringLiteral(" ∪ ")));
    }
    rows << qMakePair(Text::tr("Monotonic"), mono);
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
    QString where;
    if (p.maxSlopeAt.lo == p.maxSlopeAt.hi)
        where = std::isfinite(p.maxSlopeAt.lo)
                    ? Text::tr("at x = %1").arg(formatNumber(p.maxSlopeAt.lo))
                    : Text::tr("approached as x → %1").arg(formatNumber(p.maxSlopeAt.lo));
    else
        where = Text::tr("for x in %1")
                    .arg(formatInterval(p.maxSlopeAt.lo, p.maxSlopeAt.hi, false, false));
    rows << qMakePair(Text::tr("max |f′|"),
                      QStringLiteral("%1 %2").arg(formatNumber(p.maxSlope), where));
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
                    .arg(label.toHtmlEscaped(), keepExpressionsTogether(value).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString propertiesText(const QString& title, const ae::Properties& p) {
    QString text = title + QLatin1Char('\n');
    for (const auto& [label, value] : propertyRows(p))
        text += QStringLiteral("  %1: %2\n").arg(label, value);
    return text;
}

QByteArray propertiesJson(const ae::Activation& a, std::span<const double> params,
                          const ae::Properties& p) {
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
    out["range"] = {{"lower", num(p.lower.value)},
                    {"lowerClosed", p.lower.attained},
                    {"upper", num(p.upper.value)},
                    {"upperClosed", p.upper.attained}};
    out["boundedBelow"] = std::isfinite(p.lower.value);
    out["boundedAbove"] = std::isfinite(p.upper.value);
    out["monotonic"] = p.monotonic;
    json dec = json::array();
    for (const auto& iv : p.decreasing)
        dec.push_back(json::array({num(iv.lo), num(iv.hi)}));
    out["decreasing"] = dec;
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
    out["maxAbsSlopeAt"] = json::array({num(p.maxSlopeAt.lo), num(p.maxSlopeAt.hi)});
    out["saturation"] = {{"left", sat(p.saturation.left)}, {"right", sat(p.saturation.right)}};
    json ex = json::array();
    for (const auto& e : p.extrema)
        ex.push_back(
            {{"x", num(e.x)}, {"f", num(e.f)}, {"kind", e.minimum ? "minimum" : "maximum"}});
    out["extrema"] = ex;
    return QByteArray::fromStdString(out.dump(2) + "\n");
}
