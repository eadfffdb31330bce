#include "plot/saturationoverlay.h"

#include "model/analysismodel.h"
#include "model/propertiestext.h"
#include "model/scene.h"
#include "plot/itempool.h"
#include "plot/labelplacer.h"
#include "plot/plotlayers.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <optional>

#include <QLocale>

namespace ae {

SaturationOverlay::SaturationOverlay(QCustomPlot* plot, Scene* scene, AnalysisModel* model,
                                     QObject* parent)
    : QObject(parent), m_plot(plot), m_scene(scene), m_model(model), m_pool(plot) {}

SaturationOverlay::Kind SaturationOverlay::kind(const ae::VanishingInterval& iv,
                                                const ae::SaturationClass& c) {
    if (iv.hard) return Kind::Flat;
    const bool saturatingSide = (iv.clippedLeft && c.left != ae::Saturation::None) ||
                                (iv.clippedRight && c.right != ae::Saturation::None);
    return iv.tail && saturatingSide ? Kind::Saturation : Kind::NotSaturating;
}

// Items by role, for the pool: each role is set up by one piece of code below.
enum Role { BandRole, FlatUnderlayRole, LabelRole, GuideRole };

void SaturationOverlay::detach() {
    m_pool.clear();
    m_bands.clear();
    m_labels.clear();
}

void SaturationOverlay::update(const Frame& frame) {
    m_pool.recycle();
    m_bands.clear();
    m_labels.clear();
    m_key.clear();
    update(frame, m_pool);
    m_pool.finish();
}

void SaturationOverlay::update(const Frame& frame, ItemPool& pool) {
    const QString id = m_model->functionId();
    if (id.isEmpty() || !frame.analysisCurrent) return;
    const Theme& theme = frame.theme;
    const Panels& panels = frame.panels;
    const QColor color = curvePen(theme, m_scene->colorIndex(id), true).color();

    auto band = [&](QCPAxisRect* rect, double lo, double hi, const QBrush& brush, const QPen& pen) {
        return addVerticalBand(pool, BandRole, rect, lo, hi, brush, pen);
    };

    QColor soft = color;
    soft.setAlpha(theme.monochrome ? 22 : 42);
    QColor edge = color;
    edge.setAlpha(160);
    QColor hatchInk = theme.ink;
    hatchInk.setAlpha(120);
    const QBrush hatch(hatchInk, Qt::BDiagPattern);
    // Not saturation: neither the function's tint nor grey hatching, but sparse grey dots with
    // dashed edges, so a band that is only "|f′| < ε" is not read as a saturating tail.
    QColor dotInk = theme.ink;
    dotInk.setAlpha(theme.monochrome ? 150 : 110);
    const QBrush dots(dotInk, Qt::Dense7Pattern);
    const QPen dashedEdge(dotInk, 1, Qt::DashLine);
    // Where f′ changes sign in [lo, hi] (bisection to adjacent doubles), if it does.
    const ae::Activation* fn = m_scene->activation(m_scene->selected());
    const auto params = m_scene->parameters(m_scene->selected());
    auto signChange = [&](double lo, double hi) -> std::optional<double> {
        if (!fn) return std::nullopt;
        auto slope = [&](double x) { return ae::evaluate(*fn, x, params).df; };
        double a = lo, b = hi, fa = slope(a);
        if (!(fa * slope(b) < 0)) return std::nullopt;
        for (int i = 0; i < 200; ++i) {
            const double m = 0.5 * (a + b);
            if (m <= a || m >= b) break;
            const double fm = slope(m);
            if ((fm < 0) == (fa < 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    };
    bool present[3] = {false, false, false};
    for (const auto& iv : m_model->intervals()) {
        const Kind k = kind(iv, m_model->saturationClass());
        present[int(k)] = true;
        for (int order = 0; order < 3; ++order) {
            QCPAxisRect* rect = panels[std::size_t(order)];
            if (!rect) continue;
            QCPItemRect* r = k == Kind::Flat ? band(rect, iv.lo, iv.hi, hatch, QPen(hatchInk, 1.2))
                             : k == Kind::Saturation ? band(rect, iv.lo, iv.hi, soft, QPen(edge, 1))
                                                     : band(rect, iv.lo, iv.hi, dots, dashedEdge);
            if (k == Kind::Flat)
                addVerticalBand(pool, FlatUnderlayRole, rect, iv.lo, iv.hi,
                                QColor(128, 128, 128, 28), Qt::NoPen);
            if (order == 0) m_bands << r;
        }
        if (!panels[0]) continue;
        // Tails: label each boundary inside the view, on the band's side of the line. A dip
        // around a stationary point is narrow; one label at its centre says what it is.
        auto label = [&](double x, double height, Qt::Alignment align, const QString& text) {
            auto* t = takeLabel(pool, LabelRole);
            placeOnPanel(t, panels[0], QStringLiteral("overlay"));
            t->position->setTypeX(QCPItemPosition::ptPlotCoords);
            t->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            t->position->setCoords(x, height);
            t->setPositionAlignment(Qt::AlignBottom | align);
            t->setText(text);
            t->setColor(theme.id == QLatin1String("dark") ? color.lighter(130) : color.darker(140));
            t->setPadding(QMargins(3, 1, 3, 1));
            t->setBrush(theme.legendFill);
            m_labels << t;
        };
        if (!iv.tail && !iv.clippedLeft && !iv.clippedRight) {
            // Named by the point f′ = 0 inside it, printed as the extremum label prints it, so
            // the two agree ("f′ = 0 at x ≈ −1.278" beside "min … at x = −1.278").
            const auto root = signChange(iv.lo, iv.hi);
            const double at = root.value_or(0.5 * (iv.lo + iv.hi));
            label(at, 0.12, Qt::AlignHCenter,
                  (root ? tr("f′ = 0 at x ≈ %1") : tr("f′ ≈ 0 near x ≈ %1"))
                      .arg(formatNumber(at, 4)));
            continue;
        }
        if (!iv.clippedLeft) label(iv.lo, 0.97, Qt::AlignLeft, edgeLabel(iv, false));
        if (!iv.clippedRight) label(iv.hi, 0.90, Qt::AlignRight, edgeLabel(iv, true));
    }
    const QString eps = formatNumber(m_scene->epsilon(), 4);
    QStringList key;
    if (present[int(Kind::Saturation)]) key << tr("shaded: |f′| < %1 (saturation)").arg(eps);
    if (present[int(Kind::Flat)]) key << tr("hatched: f′ = 0");
    if (present[int(Kind::NotSaturating)]) key << tr("dotted: |f′| < %1, not saturating").arg(eps);
    m_key = key.join(QStringLiteral(" · "));
    // ±ε guides where the vanishing is measured.
    if (QCPAxisRect* rect = panels[1]) {
        const double e = m_scene->epsilon();
        for (double y : {e, -e}) {
            auto* line = pool.take(GuideRole, newItem<QCPItemStraightLine>);
            placeOnPanel(line, rect, bandsLayer);
            line->point1->setCoords(0, y);
            line->point2->setCoords(1, y);
            line->setPen(QPen(edge, 1)); // solid: dotted full-width lines are slow to stroke
        }
    }
}

} // namespace ae
