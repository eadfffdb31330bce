#include "plot/plotitems.h"

#include "core/simplify.h"

#include <cmath>

namespace ae {

namespace {
// Liang–Barsky: shortens a→b to its part inside r; false when none of it is.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& r) {
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0.0, t1 = 1.0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    const QPointF start = a;
    if (t1 < 1.0) b = QPointF(start.x() + t1 * dx, start.y() + t1 * dy);
    if (t0 > 0.0) a = QPointF(start.x() + t0 * dx, start.y() + t0 * dy);
    return true;
}

bool finite(const QPointF& p) {
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// Vector painters (SVG, PDF) get geometry already clipped; the raster painter clips by itself
// and keeps the window's fast path.
bool needsGeometricClip(const QCPPainter* painter) {
    return painter->modes().testFlag(QCPPainter::pmVectorized);
}
} // namespace

QList<QPolygonF> clipPolyline(const QVector<QPointF>& points, const QRectF& rect) {
    QList<QPolygonF> pieces;
    QPolygonF piece;
    auto flush = [&] {
        if (piece.size() >= 2) pieces << piece;
        piece.clear();
    };
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        QPointF a = points[i], b = points[i + 1];
        if (!finite(a) || !finite(b) || !clipSegment(a, b, rect)) {
            flush();
            continue;
        }
        if (piece.isEmpty() || piece.last() != a) {
            flush();
            piece << a;
        }
        piece << b;
    }
    flush();
    return pieces;
}

QCPGraph* addPanelGraph(QCPAxisRect* rect) {
    // QCPGraph registers itself with the plot of its axes, as QCustomPlot::addGraph does.
    return new ClippedGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
}

void ClippedGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const {
    if (!needsGeometricClip(painter)) return QCPGraph::drawLinePlot(painter, lines);
    if (painter->pen().style() == Qt::NoPen || painter->pen().color().alpha() == 0) return;
    applyDefaultAntialiasingHint(painter);
    for (const QPolygonF& piece : clipPolyline(lines, clipRect()))
        painter->drawPolyline(piece);
}

void ClippedGraph::drawFill(QCPPainter* painter, QVector<QPointF>* lines) const {
    if (!needsGeometricClip(painter)) return QCPGraph::drawFill(painter, lines);
    if (painter->brush().style() == Qt::NoBrush || painter->brush().color().alpha() == 0) return;
    const auto* other = dynamic_cast<const ClippedGraph*>(mChannelFillGraph.data());
    if (mChannelFillGraph && !other) return QCPGraph::drawFill(painter, lines);
    applyFillAntialiasingHint(painter);
    const QPolygonF clip{QRectF(clipRect())};
    const QVector<QCPDataRange> segments = getNonNanSegments(lines, keyAxis()->orientation());
    if (!other) {
        for (const QCPDataRange& segment : segments)
            painter->drawPolygon(getFillPolygon(lines, segment).intersected(clip));
        return;
    }
    QVector<QPointF> otherLines;
    other->getLines(&otherLines, QCPDataRange(0, other->dataCount()));
    if (otherLines.isEmpty()) return;
    const QVector<QCPDataRange> otherSegments =
        getNonNanSegments(&otherLines, other->keyAxis()->orientation());
    const auto pairs = getOverlappingSegments(segments, lines, otherSegments, &otherLines);
    for (const auto& [mine, theirs] : pairs)
        painter->drawPolygon(
            getChannelFillPolygon(lines, mine, &otherLines, theirs).intersected(clip));
}

void ClippedGraph::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    // QCPGraph draws the sample 5 px past the icon and relies on the clip to cut it: in SVG it
    // then ran into the label. A flat-capped line exactly across the icon needs no clip.
    if (lineStyle() == lsNone) return;
    applyDefaultAntialiasingHint(painter);
    QPen pen = mPen;
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    const double y = rect.top() + rect.height() / 2.0;
    painter->drawLine(QLineF(rect.left(), y, rect.right(), y));
}

QString UnicodeMinusTicker::getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                                         int precision) {
    QString s = QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
    s.replace(QLatin1Char('-'), QChar(0x2212));
    return s;
}

double dashPeriod(const QPen& pen) {
    if (pen.style() == Qt::SolidLine || pen.style() == Qt::NoPen) return 0.0;
    double units = 0.0;
    for (qreal d : pen.dashPattern())
        units += d;
    // Dash lengths are in units of the pen width (a cosmetic or zero-width pen counts as 1).
    return units * std::max(1.0, pen.widthF());
}

QVector<QCPGraphData> drawnVertices(std::span<const double> x, std::span<const double> y,
                                    const std::vector<std::size_t>& breaks, double tolX,
                                    double tolY) {
    std::vector<double> xs, ys;
    xs.reserve(x.size() + breaks.size());
    ys.reserve(x.size() + breaks.size());
    auto nextBreak = breaks.begin();
    for (std::size_t i = 0; i < x.size(); ++i) {
        xs.push_back(x[i]);
        ys.push_back(y[i]);
        if (nextBreak != breaks.end() && *nextBreak == i) {
            xs.push_back(0.5 * (x[i] + x[i + 1]));
            ys.push_back(std::nan(""));
            ++nextBreak;
        }
    }
    const auto keep = ae::simplifyPolyline(xs, ys, tolX, tolY);
    QVector<QCPGraphData> points;
    points.reserve(qsizetype(keep.size()));
    for (std::size_t i : keep)
        points.append(QCPGraphData(xs[i], ys[i]));
    return points;
}

} // namespace ae
