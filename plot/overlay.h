// PlotOverlay: what the renderer draws over the sampled curves — saturation bands, the teaching
// marks, random-slope ranges, the hover readout. PlotRenderer owns them and calls every one the
// same way, in one order, once the frame's curves are published and its y axes fitted.
#pragma once

#include <QList>
#include <QRectF>

#include <array>

class QCPAxisRect;
class QCPItemText;

namespace ae {

struct Theme;

// The panels of derivative order 0, 1, 2; null where a panel is hidden.
using Panels = std::array<QCPAxisRect*, 3>;

// One frame as the overlays see it. The curves of the Scene's state are published and the y
// axes fitted to them before an overlay is asked to draw, so positions read from the axes are
// the frame's own.
struct Frame {
    const Panels& panels;
    const Theme& theme;
    // False when the analysis of this state overran the renderer's hold limit: overlays drawn
    // from the analysis take themselves off rather than show another state's bands.
    bool analysisCurrent = true;
};

class PlotOverlay {
  public:
    virtual ~PlotOverlay() = default;
    // Draws (or redraws) the overlay for the frame.
    virtual void update(const Frame& frame) = 0;
    // Removes every item it put on the plot: called before the panels they hang on are deleted.
    virtual void detach() = 0;
    // Text labels the renderer places after each layout so that none overlaps another.
    virtual QList<QCPItemText*> labels() const { return {}; }
    // Pixel rectangles the labels must keep clear of (markers, a readout box).
    virtual QList<QRectF> obstacles() const { return {}; }
};

} // namespace ae
