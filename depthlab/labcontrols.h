// DepthLabControls: the depth lab's dock — the network of the gradient-flow picture, the depth
// experiment's setup, Run / Cancel / Clear and the sweep's progress with its ETA. Edits go to
// the DepthLabModel as whole settings; the model's signals drive the buttons and the progress.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ae {

class DepthLabModel;

class DepthLabControls : public QWidget {
    Q_OBJECT
  public:
    explicit DepthLabControls(DepthLabModel* model, QWidget* parent = nullptr);

    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLineEdit* depthsEdit() const { return m_depths; }
    QSpinBox* flowDepthBox() const { return m_flowDepth; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }

  private:
    QWidget* buildFlowGroup();
    QWidget* buildExperimentGroup();
    void applyFlow();
    void applyExperiment();
    void updateButtons();

    DepthLabModel* m_model;
    QSpinBox *m_flowDepth, *m_flowWidth, *m_flowSeed;
    QComboBox* m_flowInit;
    QCheckBox* m_flowBatchNorm;
    QDoubleSpinBox* m_flowX;
    QComboBox *m_dataset, *m_optimizer;
    QLineEdit* m_depths;
    QSpinBox *m_seeds, *m_epochs, *m_width, *m_batch;
    QCheckBox* m_batchNorm;
    QDoubleSpinBox *m_dropout, *m_lr, *m_momentum;
    QPushButton *m_run, *m_cancel, *m_clear;
    QProgressBar* m_progress;
    QLabel* m_status;
};

} // namespace ae
