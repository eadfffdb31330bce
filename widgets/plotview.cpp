#include "widgets/plotview.h"

#include "model/scene.h"
#include "plot/cachedplot.h"
#include "plot/plotrenderer.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

namespace ae {

PlotView::PlotView(Scene* scene, AnalysisModel* analysis, QWidget* parent)
    : QWidget(parent), m_plot(new CachedPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumSize(320, 240);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_renderer = new PlotRenderer(m_plot, scene, analysis, this);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, scene, &Scene::resetView);
    connect(m_plot, &QCustomPlot::plottableClick, this, [this, scene](QCPAbstractPlottable* p) {
        for (const QString& id : scene->functionIds())
            for (int order = 0; order < 3; ++order)
                if (p && m_renderer->graph(id, order) == p) scene->setSelected(id);
    });
}

} // namespace ae
