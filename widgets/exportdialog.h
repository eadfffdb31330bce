// ExportDialog: File ▸ Export Figure… — target file (format from its extension), size preset
// or custom size, raster scale, theme, transparent background, title, legend. It only collects
// choices; MainWindow renders with figure.h and writes atomically.
#pragma once

#include "plot/figure.h"

#include <QDialog>

class QCheckBox;
class QSettings;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ae {

class ExportDialog : public QDialog {
    Q_OBJECT
  public:
    // With settings, the dialog starts from the choices of its last accepted export (file and
    // so format, scale, theme, transparency, title, legend) and stores them when accepted; the
    // size comes from the scene document, which keeps it per scene file.
    ExportDialog(QSize initialSize, const QString& theme, QWidget* parent = nullptr,
                 QSettings* settings = nullptr);

    QString path() const;
    void setPath(const QString& path);
    FigureOptions options() const;
    QString theme() const;

    // The checks the Export button runs; empty when the choices can be exported.
    QString problem() const;

    QComboBox* presetBox() const { return m_preset; }
    QSpinBox* widthBox() const { return m_width; }
    QSpinBox* heightBox() const { return m_height; }
    QComboBox* scaleBox() const { return m_scale; }
    QComboBox* themeBox() const { return m_theme; }
    QCheckBox* transparentBox() const { return m_transparent; }
    QLineEdit* titleEdit() const { return m_title; }
    QCheckBox* legendBox() const { return m_legend; }

  private:
    void browse();
    void presetChosen(int index);
    void updateEnabled();
    void restoreChoices();
    void storeChoices() const;

    QLineEdit* m_path;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QComboBox* m_theme;
    QCheckBox* m_transparent;
    QLineEdit* m_title;
    QCheckBox* m_legend;
    QLabel* m_message;
    QSettings* m_settings;
};

} // namespace ae
