#include "widgets/exportdialog.h"

#include "model/settingskeys.h"
#include "plot/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>

namespace ae {

namespace {
struct Preset {
    const char* name;
    QSize size;
};
const Preset presets[] = {
    {QT_TRANSLATE_NOOP("ae::ExportDialog", "Notes (1200 × 800)"), {1200, 800}},
    {QT_TRANSLATE_NOOP("ae::ExportDialog", "Slide (1920 × 1080)"), {1920, 1080}},
    {QT_TRANSLATE_NOOP("ae::ExportDialog", "Square (1000 × 1000)"), {1000, 1000}}};
} // namespace

ExportDialog::ExportDialog(QSize initialSize, const QString& theme, QWidget* parent,
                           QSettings* settings)
    : QDialog(parent), m_settings(settings) {
    setWindowTitle(tr("Export Figure"));
    auto* form = new QFormLayout(this);

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("figure.png, figure.svg, figure.pdf …"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);

    m_preset = new QComboBox(this);
    for (const Preset& p : presets)
        m_preset->addItem(tr(p.name), p.size);
    m_preset->addItem(tr("Custom"));
    form->addRow(tr("Size:"), m_preset);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(1, FigureOptions::maxSide);
        box->setSuffix(tr(" px"));
    }
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    form->addRow(QString(), sizeRow);

    m_scale = new QComboBox(this);
    for (int s = 1; s <= 3; ++s)
        m_scale->addItem(QStringLiteral("%1×").arg(s), s);
    m_scale->setToolTip(tr("Pixels per point for PNG and JPEG: 2× and 3× stay sharp on high-DPI "
                           "screens and in print"));
    form->addRow(tr("Scale:"), m_scale);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Print (black and white, dashed)"), QStringLiteral("print"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    form->addRow(tr("Theme:"), m_theme);

    m_transparent = new QCheckBox(tr("Transparent background (PNG, SVG)"), this);
    form->addRow(QString(), m_transparent);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("none"));
    form->addRow(tr("Title:"), m_title);
    m_legend = new QCheckBox(tr("Legend"), this);
    m_legend->setChecked(true);
    form->addRow(QString(), m_legend);

    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #B00020"));
    m_message->setWordWrap(true);
    form->addRow(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    form->addRow(buttons);

    m_width->setValue(initialSize.width());
    m_height->setValue(initialSize.height());
    int preset = m_preset->count() - 1;
    for (int i = 0; i < int(std::size(presets)); ++i)
        if (presets[i].size == initialSize) preset = i;
    m_preset->setCurrentIndex(preset);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChosen);
    auto custom = [this] {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->count() - 1);
        for (int i = 0; i < int(std::size(presets)); ++i)
            if (presets[i].size == QSize(m_width->value(), m_height->value()))
                m_preset->setCurrentIndex(i);
    };
    connect(m_width, &QSpinBox::valueChanged, this, custom);
    connect(m_height, &QSpinBox::valueChanged, this, custom);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString why = problem();
        m_message->setText(why);
        if (!why.isEmpty()) return;
        storeChoices();
        accept();
    });
    restoreChoices();
    updateEnabled();
}

void ExportDialog::restoreChoices() {
    if (!m_settings) return;
    const QVariantMap m = m_settings->value(SettingsKeys::exportOptions).toMap();
    if (m.isEmpty()) return;
    m_path->setText(m.value(QStringLiteral("path")).toString());
    if (const int i = m_scale->findData(m.value(QStringLiteral("scale"), 1).toInt()); i >= 0)
        m_scale->setCurrentIndex(i);
    if (const int i = m_theme->findData(m.value(QStringLiteral("theme")).toString()); i >= 0)
        m_theme->setCurrentIndex(i);
    m_transparent->setChecked(m.value(QStringLiteral("transparent"), false).toBool());
    m_title->setText(m.value(QStringLiteral("title")).toString());
    m_legend->setChecked(m.value(QStringLiteral("legend"), true).toBool());
}

void ExportDialog::storeChoices() const {
    if (!m_settings) return;
    // The check box's own state, not options().transparent: a PDF export must not forget it
    // for the next PNG.
    m_settings->setValue(SettingsKeys::exportOptions,
                         QVariantMap{{QStringLiteral("path"), path()},
                                     {QStringLiteral("format"), QFileInfo(path()).suffix()},
                                     {QStringLiteral("width"), m_width->value()},
                                     {QStringLiteral("height"), m_height->value()},
                                     {QStringLiteral("scale"), m_scale->currentData().toInt()},
                                     {QStringLiteral("theme"), theme()},
                                     {QStringLiteral("transparent"), m_transparent->isChecked()},
                                     {QStringLiteral("title"), m_title->text()},
                                     {QStringLiteral("legend"), m_legend->isChecked()}});
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

FigureOptions ExportDialog::options() const {
    FigureOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->currentData().toDouble();
    const auto format = figureFormatForPath(path());
    o.transparent =
        m_transparent->isChecked() && format != FigureFormat::Jpeg && format != FigureFormat::Pdf;
    o.title = m_title->text().trimmed();
    o.legend = m_legend->isChecked();
    o.theme = theme();
    return o;
}

QString ExportDialog::theme() const {
    return m_theme->currentData().toString();
}

QString ExportDialog::problem() const {
    if (path().isEmpty()) return tr("Choose a file to export to.");
    if (!figureFormatForPath(path()))
        return tr("“%1” has no figure extension: use .png, .jpg, .svg or .pdf.")
            .arg(QFileInfo(path()).fileName());
    const FigureOptions o = options();
    const auto format = figureFormatForPath(path());
    const bool raster = format == FigureFormat::Png || format == FigureFormat::Jpeg;
    const QSize px = raster ? o.size * o.scale : o.size;
    if (px.width() > FigureOptions::maxSide || px.height() > FigureOptions::maxSide)
        return tr("%1 × %2 pixels is too large: at most %3 on each side.")
            .arg(px.width())
            .arg(px.height())
            .arg(FigureOptions::maxSide);
    return {};
}

void ExportDialog::browse() {
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Figure"), path(),
                                     tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG drawing "
                                        "(*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

void ExportDialog::presetChosen(int index) {
    if (index < 0 || index >= int(std::size(presets))) return;
    const QSignalBlocker b1(m_width), b2(m_height);
    m_width->setValue(presets[index].size.width());
    m_height->setValue(presets[index].size.height());
}

void ExportDialog::updateEnabled() {
    const auto format = figureFormatForPath(path());
    const bool raster = !format || format == FigureFormat::Png || format == FigureFormat::Jpeg;
    m_scale->setEnabled(raster);
    m_transparent->setEnabled(!format || format == FigureFormat::Png ||
                              format == FigureFormat::Svg);
    m_message->clear();
}

} // namespace ae
