// MainWindow: assembles the views around one Scene — function list, saturation sentence,
// parameter controls and view controls on the side, the stacked plot in the centre. It holds no
// view state itself; geometry and the Scene go to QSettings when one is given.
#pragma once

#include <QMainWindow>

class FunctionList;
class ParameterPanel;
class PlotView;
class QLabel;
class QSettings;
class SaturationModel;
class Scene;
class ViewControls;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // settings may be null (tests): then nothing is restored or saved.
    MainWindow(Scene* scene, QSettings* settings, QWidget* parent = nullptr);

    FunctionList* functionList() const { return m_functions; }
    ParameterPanel* parameterPanel() const { return m_parameters; }
    ViewControls* viewControls() const { return m_view; }
    PlotView* plotView() const { return m_plot; }
    QLabel* saturationLabel() const { return m_summary; }
    SaturationModel* saturationModel() const { return m_saturation; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();

    Scene* m_scene;
    QSettings* m_settings;
    SaturationModel* m_saturation;
    FunctionList* m_functions;
    ParameterPanel* m_parameters;
    ViewControls* m_view;
    PlotView* m_plot;
    QLabel* m_summary;
};
