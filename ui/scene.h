// Scene: the single source of truth between core and widgets — which functions are shown, their
// parameters, the x-range, ε, derivative panels and the selection. Widgets write through setters
// and redraw from the precise change signals; nothing else holds view state.
#pragma once

#include "activation.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

class Scene : public QObject {
    Q_OBJECT
public:
    static constexpr double defaultXMin = -8.0;
    static constexpr double defaultXMax = 8.0;
    static constexpr double defaultEpsilon = 0.01;
    static constexpr double maxAbsX = 1e6; // beyond this a double grid of pixels loses meaning

    explicit Scene(QObject* parent = nullptr);

    // Every catalogue function, in display order, whether enabled or not.
    QStringList functionIds() const;
    const ae::Activation* activation(const QString& id) const;

    bool isEnabled(const QString& id) const;
    QStringList enabledIds() const;
    void setEnabled(const QString& id, bool enabled);

    std::span<const double> parameters(const QString& id) const;
    double parameter(const QString& id, const QString& param) const;
    // Rejects unknown ids, NaN and values outside the spec's range (returns false).
    bool setParameter(const QString& id, const QString& param, double value);
    void resetParameters();

    double xMin() const { return m_xMin; }
    double xMax() const { return m_xMax; }
    // Rejects non-finite bounds, min >= max, |x| > maxAbsX.
    bool setRange(double xmin, double xmax);
    void resetView();

    double epsilon() const { return m_epsilon; }
    bool setEpsilon(double eps); // 0 < ε <= 1

    bool showFirstDerivative() const { return m_showD1; }
    bool showSecondDerivative() const { return m_showD2; }
    void setDerivativePanels(bool first, bool second);

    QString selected() const { return m_selected; }
    void setSelected(const QString& id); // empty clears the selection

signals:
    void functionsChanged();
    void parameterChanged(const QString& id);
    void rangeChanged();
    void epsilonChanged();
    void panelsChanged();
    void selectionChanged();

private:
    struct Entry {
        const ae::Activation* activation;
        bool enabled;
        std::vector<double> params;
    };
    Entry* find(const QString& id);
    const Entry* find(const QString& id) const;

    std::vector<Entry> m_entries;
    double m_xMin = defaultXMin;
    double m_xMax = defaultXMax;
    double m_epsilon = defaultEpsilon;
    bool m_showD1 = true;
    bool m_showD2 = false;
    QString m_selected;
};
