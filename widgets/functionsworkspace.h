// FunctionsWorkspace: the function explorer — the stacked plot in the centre; the function list,
// saturation sentence, properties, parameter and view controls in one scrolling dock. It reads and
// writes the shared Scene; the saturation and properties analysis it owns follow that Scene.
#pragma once

#include "widgets/workspace.h"

class QLabel;
class QLineEdit;

namespace ae {

class AnalysisModel;
class FunctionList;
class ParameterPanel;
class PlotView;
class PropertiesPanel;
class Scene;
class ViewControls;

class FunctionsWorkspace : public Workspace {
    Q_OBJECT
  public:
    explicit FunctionsWorkspace(Scene* scene, QObject* parent = nullptr);
    ~FunctionsWorkspace() override;

    QString id() const override;
    QString title() const override;
    QWidget* centralWidget() override;
    QList<QDockWidget*> docks() override;

    FunctionList* functionList() const { return m_functions; }
    QLineEdit* functionFilter() const { return m_filter; }
    ParameterPanel* parameterPanel() const { return m_parameters; }
    ViewControls* viewControls() const { return m_view; }
    PlotView* plotView() const { return m_plot; }
    QLabel* saturationLabel() const { return m_summary; }
    PropertiesPanel* propertiesPanel() const { return m_properties; }
    AnalysisModel* analysisModel() const { return m_analysis; }

  private:
    AnalysisModel* m_analysis;
    FunctionList* m_functions;
    QLineEdit* m_filter;
    ParameterPanel* m_parameters;
    ViewControls* m_view;
    PlotView* m_plot;
    QLabel* m_summary;
    PropertiesPanel* m_properties;
    QDockWidget* m_dock;
};

} // namespace ae
