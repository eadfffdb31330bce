#include "plot/plotlayers.h"

#include "model/propertiestext.h"
#include "model/scene.h"
#include "plot/itempool.h"
#include "plot/plotitems.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QStaticText>

#include <algorithm>
#include <cmath>

namespace ae {

void addPlotLayers(QCustomPlot* plot) {
    if (!plot->layer(bandsLayer))
        plot->addLayer(bandsLayer, plot->layer("grid"), QCustomPlot::limAbove);
    if (!plot->layer(fillsLayer))
        plot->addLayer(fillsLayer, plot->layer(bandsLayer), QCustomPlot::limAbove);
    if (!plot->layer(selectedCurveLayer))
        plot->addLayer(selectedCurveLayer, plot->layer("main"), QCustomPlot::limAbove);
}

void placeOnPanel(QCPAbstractItem* item, QCPAxisRect* rect, const QString& layer) {
    item->setLayer(layer);
    item->setClipAxisRect(rect);
    item->setClipToAxisRect(true);
    for (QCPItemPosition* pos : item->positions()) {
        pos->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        pos->setAxisRect(rect);
    }
}

namespace {
// Fills rect with brush in strips of fewer than 96 rows: Qt's raster engine hands every fill of
// 96 rows or more to its GUI thread pool and waits for it (QT_THREAD_PARALLEL_FILLS in
// qdrawhelper.cpp), and on a small VM waking the pool cost more than the fill (a third of the
// bands layer's time, perf; docs/benchmarks.md). The same pixels as one fill.
void fillInStrips(QCPPainter* painter, const QRectF& rect, const QBrush& brush) {
    constexpr double strip = 64;
    painter->setPen(Qt::NoPen);
    painter->setBrush(brush);
    for (double y = rect.top(); y < rect.bottom(); y += strip)
        painter->drawRect(QRectF(rect.left(), y, rect.width(), std::min(strip, rect.bottom() - y)));
}

// Vector output keeps one rectangle: strips would show seams in a viewer's antialiasing.
bool isVector(const QCPPainter* painter) {
    return painter->modes().testFlag(QCPPainter::pmVectorized);
}

// A band drawn as QCPItemRect draws it, its fill in strips.
class StripedBand : public QCPItemRect {
  public:
    using QCPItemRect::QCPItemRect;

  protected:
    void draw(QCPPainter* painter) override {
        if (isVector(painter)) return QCPItemRect::draw(painter);
        const QPointF p1 = topLeft->pixelPosition(), p2 = bottomRight->pixelPosition();
        if (p1.toPoint() == p2.toPoint()) return;
        const QRectF rect = QRectF(p1, p2).normalized();
        const double clipPad = mainPen().widthF();
        if (!rect.adjusted(-clipPad, -clipPad, clipPad, clipPad).intersects(clipRect())) return;
        fillInStrips(painter, rect, mainBrush());
        painter->setPen(mainPen());
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
    }
};

// The legend's box likewise: with six entries or more it is over 96 rows tall, and while a
// slider is dragged it is drawn with every frame.
class StripedLegend : public QCPLegend {
  protected:
    void draw(QCPPainter* painter) override {
        if (isVector(painter)) return QCPLegend::draw(painter);
        fillInStrips(painter, mOuterRect, getBrush());
        painter->setPen(getBorderPen());
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(mOuterRect);
    }
};

// QCPAbstractPlottable::drawLegendIcon is protected, for QCPPlottableLegendItem only; a pointer
// to it taken through a derived class reaches it (as CachedPlot reaches QCPLayer::draw).
struct IconDraw : QCPAbstractPlottable {
    static void paint(QCPAbstractPlottable* p, QCPPainter* painter, const QRectF& rect) {
        void (QCPAbstractPlottable::*drawIcon)(QCPPainter*, const QRectF&) const =
            &IconDraw::drawLegendIcon;
        (p->*drawIcon)(painter, rect);
    }
};

// A legend entry as QCPPlottableLegendItem draws it (same pixels), with its text laid out once
// per name and font rather than twice per draw (measured, then drawn): while a slider is dragged
// the legend is drawn with every frame and only the dragged function's name changes. Vector output
// and transformed painters take QCustomPlot's own path.
class LegendEntry : public QCPPlottableLegendItem {
  public:
    using QCPPlottableLegendItem::QCPPlottableLegendItem;

  protected:
    void draw(QCPPainter* painter) override {
        const QTransform& t = painter->transform();
        if (!mPlottable || isVector(painter) || t.type() > QTransform::TxTranslate)
            return QCPPlottableLegendItem::draw(painter);
        painter->setFont(getFont());
        painter->setPen(QPen(getTextColor()));
        const QSize iconSize = mParentLegend->iconSize();
        const QString& name = mPlottable->name();
        if (name != m_name || painter->font() != m_font || painter->device() != m_device) {
            m_name = name;
            m_font = painter->font();
            m_device = painter->device();
            m_text = QStaticText(name);
            m_text.setTextFormat(Qt::PlainText);
            m_text.prepare(QTransform(), painter->font());
        }
        const QRect iconRect(mRect.topLeft(), iconSize);
        painter->drawStaticText(
            QPointF(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y()),
            m_text);
        painter->save();
        painter->setClipRect(iconRect, Qt::IntersectClip);
        IconDraw::paint(mPlottable, painter, iconRect);
        painter->restore();
        if (getIconBorderPen().style() != Qt::NoPen) {
            painter->setPen(getIconBorderPen());
            painter->setBrush(Qt::NoBrush);
            const int halfPen = int(std::ceil(painter->pen().widthF() * 0.5)) + 1;
            painter->setClipRect(mOuterRect.adjusted(-halfPen, -halfPen, halfPen, halfPen));
            painter->drawRect(iconRect);
        }
    }

    // As QCPPlottableLegendItem's, measured once per name and font: the renderer asks for it
    // with every frame of a drag, to see whether the legend needs a new layout.
    QSize minimumOuterSizeHint() const override {
        if (!mPlottable) return QSize();
        const QFont font = getFont();
        const int iconHeight = mParentLegend->iconSize().height();
        if (mPlottable->name() != m_hintName || font != m_hintFont ||
            iconHeight != m_hintIconHeight) {
            m_hintName = mPlottable->name();
            m_hintFont = font;
            m_hintIconHeight = iconHeight;
            m_hintText =
                QFontMetrics(font).boundingRect(0, 0, 0, iconHeight, Qt::TextDontClip, m_hintName);
        }
        const QSize icon = mParentLegend->iconSize();
        return QSize(icon.width() + mParentLegend->iconTextPadding() + m_hintText.width() +
                         mMargins.left() + mMargins.right(),
                     std::max(m_hintText.height(), icon.height()) + mMargins.top() +
                         mMargins.bottom());
    }

  private:
    QString m_name;
    QFont m_font;
    const QPaintDevice* m_device = nullptr;
    QStaticText m_text;
    mutable QString m_hintName;
    mutable QFont m_hintFont;
    mutable int m_hintIconHeight = -1;
    mutable QRect m_hintText;
};
} // namespace

QCPItemRect* addVerticalBand(ItemPool& pool, int role, QCPAxisRect* rect, double lo, double hi,
                             const QBrush& brush, const QPen& pen) {
    QCPItemRect* r = pool.take<QCPItemRect>(
        role, [](QCustomPlot* plot) -> QCPItemRect* { return new StripedBand(plot); });
    placeOnPanel(r, rect, bandsLayer);
    r->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    r->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    r->topLeft->setCoords(lo, 0.0);
    r->bottomRight->setCoords(hi, 1.0);
    r->setBrush(brush);
    r->setPen(pen);
    r->setSelectable(false);
    return r;
}

QCPAxisRect* makePanel(QCustomPlot* plot, int order, bool bottom, QCPMarginGroup* margins) {
    static const char* labels[3] = {QT_TRANSLATE_NOOP("PlotView", "f(x)"),
                                    QT_TRANSLATE_NOOP("PlotView", "f′(x)"),
                                    QT_TRANSLATE_NOOP("PlotView", "f″(x)")};
    auto* rect = new QCPAxisRect(plot);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    y->setLabel(QCoreApplication::translate("PlotView", labels[order]));
    x->setTickLabels(bottom);
    if (bottom) x->setLabel(QStringLiteral("x"));
    for (QCPAxis* axis : {x, y}) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new UnicodeMinusTicker));
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setZeroLinePen(QPen(QColor(120, 120, 120), 1));
    }
    return rect;
}

QCPLegend* makeLegend(QCustomPlot* plot, QCPAxisRect* top) {
    auto* legend = new StripedLegend;
    top->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setBorderPen(QPen(QColor(180, 180, 180)));
    legend->setIconSize(minLegendSample, 14); // PlotView widens it to the longest dash period
    legend->setIconTextPadding(10);           // the sample never touches its label, in any format
    plot->legend = legend;
    return legend;
}

void addToLegend(QCPLegend* legend, QCPAbstractPlottable* plottable) {
    if (!legend->hasItemWithPlottable(plottable))
        legend->addItem(new LegendEntry(legend, plottable));
}

QCPRange paddedRange(double lo, double hi) {
    if (!(lo <= hi)) return QCPRange(-1, 1);
    double span = hi - lo;
    if (span < 1e-9 * std::max(1.0, std::fabs(hi))) {
        const double pad = std::max(0.5, std::fabs(hi) * 0.1);
        return QCPRange(lo - pad, hi + pad);
    }
    const double pad = 0.08 * span;
    return QCPRange(lo - pad, hi + pad);
}

QCPTextElement* setFooterText(QCustomPlot* plot, QCPTextElement* current, const QString& text,
                              const QFont& font, const QColor& color) {
    QCPLayoutGrid* layout = plot->plotLayout();
    if (text.isEmpty()) {
        if (current) {
            layout->remove(current);
            layout->simplify();
        }
        return nullptr;
    }
    if (!current) {
        current = new QCPTextElement(plot, text, font);
        layout->addElement(layout->rowCount(), 0, current);
    }
    current->setText(text);
    current->setTextColor(color);
    return current;
}

} // namespace ae
