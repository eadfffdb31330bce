// Figures: renders a Scene exactly as the window's plot draws it (same PlotView code, off screen)
// into PNG, JPEG, SVG or PDF bytes in memory; the GUI export, Copy Figure and the command line
// all come through here, and callers write the bytes with writeFileAtomically.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace ae {

class Scene;

enum class FigureFormat { Png, Jpeg, Svg, Pdf };

// By file extension (.png .jpg .jpeg .svg .pdf, any case); nullopt for anything else.
std::optional<FigureFormat> figureFormatForPath(const QString& path);

struct FigureOptions {
    QSize size{1200, 800};    // logical pixels (points for PDF)
    double scale = 1.0;       // raster formats: device pixels per logical pixel (1, 2, 3)
    bool transparent = false; // PNG and SVG
    QString title;
    bool legend = true;
    int samples = 0; // points per curve; 0: one per pixel of width
};

// Points per curve a figure holds: options.samples (or one per pixel of width), but never more
// than samplesPerPixel per device pixel of width, so a figure's memory does not grow with
// --samples beyond what its pixels can show.
inline constexpr int samplesPerPixel = 4;
int figureSampleCount(const FigureOptions& options);

QImage renderFigureImage(Scene& scene, const FigureOptions& options);
QByteArray renderFigure(Scene& scene, const FigureOptions& options, FigureFormat format,
                        QString* error);

} // namespace ae
