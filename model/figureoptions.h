// FigureOptions: how a figure looks, apart from the Scene it shows — what the export dialog and
// the command line set, and (theme and size) what a scene file keeps beside the Scene and the
// document holds for the window's plot, Copy Figure and the export dialog. Plain Qt Core data:
// the plot floor turns a theme id into colours.
#pragma once

#include <QSize>
#include <QString>

namespace ae {

struct FigureOptions {
    static constexpr int maxSide = 16384; // pixels on each side, the raster scale included
    static constexpr double maxScale = 8.0;

    QString theme = QStringLiteral("light"); // an id of model/themeids.h
    QSize size{1200, 800};                   // logical pixels (points for PDF)
    double scale = 1.0;       // raster formats: device pixels per logical pixel (1, 2, 3)
    bool transparent = false; // PNG and SVG
    QString title;
    bool legend = true;
    int samples = 0; // points per curve; 0: one per pixel of width
};

// Empty when every field is valid, otherwise what is wrong, naming the field as scene files do
// (e.g. "theme: \"neon\" is not one of light, dark, print").
QString validateFigureOptions(const FigureOptions& options);

} // namespace ae
