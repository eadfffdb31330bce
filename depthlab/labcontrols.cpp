#include "depthlab/labcontrols.h"

#include "depthlab/labmodel.h"
#include "model/numbers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ae {

namespace {

QSpinBox* spin(int lo, int hi, int value) {
    auto* s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

QDoubleSpinBox* dspin(double lo, double hi, double value, int decimals, double step) {
    auto* s = new QDoubleSpinBox;
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    s->setValue(value);
    return s;
}

QString depthsText(const std::vector<int>& depths) {
    QStringList parts;
    for (int d : depths)
        parts << QString::number(d);
    return parts.join(QLatin1Char(','));
}

} // namespace

DepthLabControls::DepthLabControls(DepthLabModel* model, QWidget* parent)
    : QWidget(parent), m_model(model) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFlowGroup());
    layout->addWidget(buildExperimentGroup());
    layout->addStretch(1);
    connect(m_model, &DepthLabModel::sweepStarted, this, [this] {
        m_progress->setValue(0);
        m_status->setText(tr("Starting…"));
        updateButtons();
    });
    connect(m_model, &DepthLabModel::sweepProgress, this, [this](const nn::ExperimentProgress& p) {
        m_progress->setValue(int(p.fraction * 1000));
        QString text = tr("%1 of %2 runs, %3 elapsed")
                           .arg(p.runsDone)
                           .arg(p.runsTotal)
                           .arg(formatClock(p.elapsed));
        if (p.remaining >= 0 && p.runsDone < p.runsTotal)
            text += tr(", about %1 left").arg(formatClock(p.remaining));
        m_status->setText(text);
    });
    connect(m_model, &DepthLabModel::sweepFinished, this,
            [this](bool completed, const QString& problem) {
                updateButtons();
                if (!problem.isEmpty())
                    m_status->setText(tr("Stopped: %1").arg(problem));
                else if (completed)
                    m_status->setText(tr("Finished: %1 runs.").arg(m_model->results().size()));
                else
                    m_status->setText(
                        tr("Cancelled. Finished runs are kept; Run resumes the sweep."));
            });
    connect(m_model, &DepthLabModel::resultsChanged, this, &DepthLabControls::updateButtons);
    updateButtons();
}

QWidget* DepthLabControls::buildFlowGroup() {
    auto* box = new QGroupBox(tr("Network at initialisation"));
    auto* form = new QFormLayout(box);
    const FlowSettings& f = m_model->flowSettings();
    m_flowDepth = spin(1, 100, f.depth);
    m_flowDepth->setObjectName(QStringLiteral("flowDepth"));
    m_flowWidth = spin(2, 512, f.width);
    m_flowInit = new QComboBox;
    m_flowInit->addItem(tr("Glorot (uniform)"), int(nn::Init::Glorot));
    m_flowInit->addItem(tr("He (uniform)"), int(nn::Init::He));
    m_flowInit->addItem(tr("LeCun (uniform)"), int(nn::Init::LeCun));
    m_flowBatchNorm = new QCheckBox(tr("BatchNorm after each layer"));
    m_flowSeed = spin(0, 1'000'000, f.seed);
    m_flowX = dspin(-20, 20, f.x, 2, 0.25);
    form->addRow(tr("Layers:"), m_flowDepth);
    form->addRow(tr("Width:"), m_flowWidth);
    form->addRow(tr("Initialisation:"), m_flowInit);
    form->addRow(QString(), m_flowBatchNorm);
    form->addRow(tr("Seed:"), m_flowSeed);
    form->addRow(tr("x for |f′(x)|^L:"), m_flowX);
    for (QSpinBox* s : {m_flowDepth, m_flowWidth, m_flowSeed})
        connect(s, &QSpinBox::valueChanged, this, &DepthLabControls::applyFlow);
    connect(m_flowInit, &QComboBox::currentIndexChanged, this, &DepthLabControls::applyFlow);
    connect(m_flowBatchNorm, &QCheckBox::toggled, this, &DepthLabControls::applyFlow);
    connect(m_flowX, &QDoubleSpinBox::valueChanged, this, &DepthLabControls::applyFlow);
    return box;
}

QWidget* DepthLabControls::buildExperimentGroup() {
    auto* box = new QGroupBox(tr("Depth experiment"));
    auto* form = new QFormLayout(box);
    const nn::ExperimentConfig& c = m_model->experiment();
    m_dataset = new QComboBox;
    for (const auto& name : nn::datasetNames())
        m_dataset->addItem(QString::fromStdString(name), QString::fromStdString(name));
    m_depths = new QLineEdit(depthsText(c.depths));
    m_depths->setObjectName(QStringLiteral("depths"));
    m_depths->setToolTip(tr("Hidden layers to train, e.g. 1:25, 1:25:4 or 5,10,20"));
    m_seeds = spin(1, 100, c.seeds);
    m_epochs = spin(1, 10000, c.train.epochs);
    m_width = spin(1, 4096, c.train.width);
    m_batch = spin(1, 65536, c.train.batch);
    m_batchNorm = new QCheckBox(tr("BatchNorm after each layer"));
    m_batchNorm->setChecked(c.train.batchNorm);
    m_dropout = dspin(0, 0.95, c.train.dropout, 2, 0.05);
    m_optimizer = new QComboBox;
    m_optimizer->addItem(tr("SGD"), int(nn::OptimizerConfig::Kind::Sgd));
    m_optimizer->addItem(tr("Adam"), int(nn::OptimizerConfig::Kind::Adam));
    m_lr = dspin(0.0001, 10, c.train.optimizer.learningRate, 4, 0.005);
    m_momentum = dspin(0, 0.99, c.train.optimizer.momentum, 2, 0.05);
    form->addRow(tr("Data:"), m_dataset);
    form->addRow(tr("Layers:"), m_depths);
    form->addRow(tr("Seeds per point:"), m_seeds);
    form->addRow(tr("Epochs:"), m_epochs);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Batch:"), m_batch);
    form->addRow(QString(), m_batchNorm);
    form->addRow(tr("Dropout:"), m_dropout);
    form->addRow(tr("Optimiser:"), m_optimizer);
    form->addRow(tr("Learning rate:"), m_lr);
    form->addRow(tr("Momentum:"), m_momentum);
    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("run"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_clear = new QPushButton(tr("Clear results"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    form->addRow(buttons);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    form->addRow(m_progress);
    m_status = new QLabel(tr("The functions shown in the explorer are trained, at their "
                             "current parameters."));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    for (QSpinBox* s : {m_seeds, m_epochs, m_width, m_batch})
        connect(s, &QSpinBox::valueChanged, this, &DepthLabControls::applyExperiment);
    for (QDoubleSpinBox* s : {m_dropout, m_lr, m_momentum})
        connect(s, &QDoubleSpinBox::valueChanged, this, &DepthLabControls::applyExperiment);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &DepthLabControls::applyExperiment);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, &DepthLabControls::applyExperiment);
    connect(m_batchNorm, &QCheckBox::toggled, this, &DepthLabControls::applyExperiment);
    connect(m_depths, &QLineEdit::editingFinished, this, &DepthLabControls::applyExperiment);
    connect(m_run, &QPushButton::clicked, m_model, &DepthLabModel::startSweep);
    connect(m_cancel, &QPushButton::clicked, m_model, &DepthLabModel::cancelSweep);
    connect(m_clear, &QPushButton::clicked, m_model, &DepthLabModel::clearResults);
    return box;
}

void DepthLabControls::applyFlow() {
    FlowSettings f = m_model->flowSettings();
    f.depth = m_flowDepth->value();
    f.width = m_flowWidth->value();
    f.init = nn::Init(m_flowInit->currentData().toInt());
    f.batchNorm = m_flowBatchNorm->isChecked();
    f.seed = m_flowSeed->value();
    f.x = m_flowX->value();
    m_model->setFlowSettings(f);
}

void DepthLabControls::applyExperiment() {
    nn::ExperimentConfig c = m_model->experiment();
    std::string error;
    if (const auto d = nn::parseDepths(m_depths->text().toStdString(), &error)) {
        c.depths = *d;
        m_depths->setStyleSheet(QString());
        m_depths->setToolTip(tr("Hidden layers to train, e.g. 1:25, 1:25:4 or 5,10,20"));
    } else {
        // Kept as typed, marked, and explained; the last valid depths stay in force.
        m_depths->setStyleSheet(QStringLiteral("color: #b00020"));
        m_depths->setToolTip(QString::fromStdString(error));
        m_status->setText(QString::fromStdString(error));
    }
    c.data.name = m_dataset->currentData().toString().toStdString();
    c.seeds = m_seeds->value();
    c.train.epochs = m_epochs->value();
    c.train.width = m_width->value();
    c.train.batch = m_batch->value();
    c.train.batchNorm = m_batchNorm->isChecked();
    c.train.dropout = m_dropout->value();
    c.train.optimizer.kind = nn::OptimizerConfig::Kind(m_optimizer->currentData().toInt());
    c.train.optimizer.learningRate = m_lr->value();
    c.train.optimizer.momentum = m_momentum->value();
    m_model->setExperiment(c);
}

void DepthLabControls::updateButtons() {
    const bool running = m_model->sweepRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_clear->setEnabled(!running && !m_model->results().empty());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_dataset, m_depths, m_seeds, m_epochs, m_width, m_batch,
                                         m_batchNorm, m_dropout, m_optimizer, m_lr, m_momentum})
        w->setEnabled(!running);
}

} // namespace ae
