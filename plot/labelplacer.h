// Label placement: the plot's text labels (band edges, extrema, f′ < 0, limit curves) are put
// where they overlap neither each other nor the legend and the hover box, and stay inside their
// panel. Each label keeps the position its overlay gave it as the first choice; from there the
// pass tries it moved up or down by a line, then mirrored to the other side of its anchor, and
// hides it only when no place is free. Run after every layout (zooming moves everything).
#pragma once

#include <QList>
#include <QRectF>

class QCPItemText;

namespace ae {

class ItemPool;

// labels: in priority order (the first keeps its place); obstacles: fixed rectangles in pixels.
void placeLabels(const QList<QCPItemText*>& labels, const QList<QRectF>& obstacles);

// A text item of the pool's role for an overlay to set up as a label: one kept from the last
// frame has its placement forgotten, so the next pass starts from the position given to it now.
QCPItemText* takeLabel(ItemPool& pool, int role);

// A label's rectangle in pixels as it will be drawn.
QRectF labelRect(const QCPItemText* label);

} // namespace ae
