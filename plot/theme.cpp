#include "plot/theme.h"

#include "plot/palette.h"

#include <qcustomplot.h>

#include <array>

namespace ae {

namespace {
const std::array<Theme, 3>& themes() {
    static const std::array<Theme, 3> all{{
        {QStringLiteral("light"), Qt::white, QColor(30, 30, 30), QColor(215, 215, 215),
         QColor(120, 120, 120), QColor(255, 255, 255, 225), 1.8, false},
        {QStringLiteral("dark"), QColor(30, 32, 36), QColor(225, 225, 225), QColor(70, 72, 78),
         QColor(150, 150, 150), QColor(40, 42, 48, 225), 1.8, false},
        {QStringLiteral("print"), Qt::white, Qt::black, QColor(225, 225, 225), QColor(90, 90, 90),
         QColor(255, 255, 255, 240), 2.6, true},
    }};
    return all;
}
} // namespace

const Theme& themeById(const QString& id) {
    for (const Theme& t : themes())
        if (t.id == id) return t;
    return themes()[0];
}

QPen curvePen(const Theme& theme, int index, bool selected) {
    const double width = theme.lineWidth * (selected ? 1.6 : 1.0);
    // On the dark background the palette's deep blue and vermillion need more light to read.
    // The palette has seven colours; from the eighth function on, each round of colours gets a
    // dash pattern of its own, so no two catalogue entries share a pen.
    if (!theme.monochrome) {
        QPen pen(theme.id == QLatin1String("dark") ? curveColor(index).lighter(135)
                                                   : curveColor(index),
                 width);
        static const QList<QList<qreal>> rounds{{}, {5, 2}, {1, 1.6}, {6, 2, 1, 2}};
        const auto& pattern = rounds[(index / paletteSize()) % rounds.size()];
        if (!pattern.isEmpty()) pen.setDashPattern(pattern);
        return pen;
    }
    // Dash lengths are in units of the pen width; every function gets its own rhythm and the
    // two inks alternate, so curves stay apart on a black-and-white copy.
    static const QList<QList<qreal>> patterns{
        {}, {5, 2}, {1, 1.6}, {6, 2, 1, 2}, {9, 2, 2, 2, 2, 2}, {2.5, 2.5}, {12, 3}};
    QPen pen(index % 2 == 0 ? QColor(0, 0, 0) : QColor(90, 90, 90), width);
    const auto& pattern = patterns[index % patterns.size()];
    if (!pattern.isEmpty()) pen.setDashPattern(pattern);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void applyThemeToAxes(QCPAxisRect* rect, const Theme& t) {
    rect->setBackground(Qt::NoBrush);
    for (QCPAxis* axis : rect->axes()) {
        axis->setBasePen(QPen(t.ink, 1));
        axis->setTickPen(QPen(t.ink, 1));
        axis->setSubTickPen(QPen(t.ink, 1));
        axis->setTickLabelColor(t.ink);
        axis->setLabelColor(t.ink);
        axis->grid()->setPen(QPen(t.grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(t.zeroLine, 1));
    }
}

} // namespace ae
