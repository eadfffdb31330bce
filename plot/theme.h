// Plot themes: the look of a figure (background, ink, grid, line widths, dash patterns), chosen
// per figure (FigureOptions::theme) and applied by PlotRenderer, so the window and every
// exported figure share one style.
#pragma once

#include "model/themeids.h"
#include <QColor>
#include <QString>

#include <QPen>
#include <Qt>

class QCPAxisRect;

namespace ae {

struct Theme {
    QString id; // "light", "dark", "print": as in scene files and --theme
    QColor background;
    QColor ink; // axes, tick labels, text
    QColor grid;
    QColor zeroLine;
    QColor legendFill;
    double lineWidth; // curves; the selected curve is drawn thicker
    bool monochrome;  // print: black/grey curves, each with its own dash pattern
};

const Theme& themeById(const QString& id); // falls back to light for unknown ids (model/themeids.h)

// The pen of the curve of the function at catalogue position index: palette colour (light,
// dark) or black/grey with a dash pattern of its own (print); the selected curve is thicker.
QPen curvePen(const Theme& theme, int index, bool selected);

// A panel's axes, ticks, labels and grid in the theme's ink (its background left clear): the
// explorer's panels and the depth lab's charts alike.
void applyThemeToAxes(QCPAxisRect* rect, const Theme& theme);

} // namespace ae
