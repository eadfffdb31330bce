// Figures: renders a Scene exactly as the window's plot draws it (the same PlotRenderer, on an
// off-screen plot) into PNG, JPEG, SVG or PDF bytes; the export dialog, Copy Figure and the
// command line all come through here, and exportFigureFile() is their one render-and-save path.
#pragma once

#include "model/figureoptions.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class QCustomPlot;

namespace ae {

class Scene;

enum class FigureFormat { Png, Jpeg, Svg, Pdf };

// By file extension (.png .jpg .jpeg .svg .pdf, any case); nullopt for anything else.
std::optional<FigureFormat> figureFormatForPath(const QString& path);

// Points per curve a figure holds: options.samples (or one per pixel of width), but never more
// than samplesPerPixel per device pixel of width, so a figure's memory does not grow with
// --samples beyond what its pixels can show.
inline constexpr int samplesPerPixel = 4;
int figureSampleCount(const FigureOptions& options);

QImage renderFigureImage(Scene& scene, const FigureOptions& options);
QByteArray renderFigure(Scene& scene, const FigureOptions& options, FigureFormat format,
                        QString* error);

// Renders the figure in the format path's extension names and writes it atomically: the file is
// either the whole new figure or as it was. False with *error saying why ("unknown extension",
// what the renderer or the disk refused), without the path, which callers put in their message.
bool exportFigureFile(const QString& path, Scene& scene, const FigureOptions& options,
                      QString* error);

// The same for a plot already drawn (the depth lab's charts): options give size, scale and
// title (defaultTitle when empty: the SVG and PDF documents carry one).
QByteArray renderPlotFigure(QCustomPlot& plot, const FigureOptions& options, FigureFormat format,
                            const QString& defaultTitle, QString* error);
bool exportPlotFile(const QString& path, QCustomPlot& plot, const FigureOptions& options,
                    const QString& defaultTitle, QString* error);

} // namespace ae
