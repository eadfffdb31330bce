// Scene: the single source of truth between core and widgets — which functions are shown, their
// parameters, the x-range, ε, derivative panels and the selection. Widgets write through setters
// and redraw from the precise change signals; nothing else holds view state. How a figure of it
// looks (theme, export size) is not the Scene's: see model/figureoptions.h.
#pragma once

#include "core/activation.h"
#include "core/registry.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace ae {

// A new Scene's view, in one place for the Scene and for SceneState (files fill absent fields
// from it).
namespace SceneDefaults {
inline constexpr double xMin = -8.0;
inline constexpr double xMax = 8.0;
inline constexpr double epsilon = 0.01;
inline constexpr bool showFirstDerivative = true;
inline constexpr bool showSecondDerivative = false;
} // namespace SceneDefaults

// Everything a Scene holds, as plain data: what scene files, settings and the command line
// build, validate as a whole, and then apply in one step.
struct SceneState {
    QStringList enabled; // a Scene's own: in registry order
    // By function id, in ParamSpec order; a Scene's own holds every function that has parameters.
    std::map<QString, std::vector<double>> parameters;
    double xMin = SceneDefaults::xMin;
    double xMax = SceneDefaults::xMax;
    double epsilon = SceneDefaults::epsilon;
    bool showFirstDerivative = SceneDefaults::showFirstDerivative;
    bool showSecondDerivative = SceneDefaults::showSecondDerivative;
    QString selected;
    std::array<std::optional<std::pair<double, double>>, 3> yRanges;
};

class Scene : public QObject {
    Q_OBJECT
  public:
    static constexpr double defaultXMin = SceneDefaults::xMin;
    static constexpr double defaultXMax = SceneDefaults::xMax;
    static constexpr double defaultEpsilon = SceneDefaults::epsilon;
    static constexpr double maxAbsX = 1e6; // beyond this a double grid of pixels loses meaning

    explicit Scene(QObject* parent = nullptr);

    SceneState state() const { return m_state; }
    // Checks every field of a state; returns an empty string when it is valid, otherwise what is
    // wrong, naming the field (e.g. "parameters.swish.beta: 12 is outside 0 … 10").
    QString validate(const SceneState& state) const;
    // Applies a valid state (emitting only the signals of what changed); an invalid one is
    // refused whole and the Scene stays as it was. Functions the state gives no parameters for
    // keep theirs.
    bool setState(const SceneState& state);

    // Every function of the registry (the built-ins, then those added at run time), in display
    // order, whether enabled or not.
    QStringList functionIds() const;
    const ae::Activation* activation(const QString& id) const;
    const ae::Registry& registry() const { return m_registry; }
    // The colour a function's curve, swatch and bands are drawn in: fixed when the function
    // enters the Scene (a built-in's catalogue position, then the next free one), so removing
    // one function never recolours another. -1 for an unknown id.
    int colorIndex(const QString& id) const;

    // Adds a function at the end of the registry, shown and with its default parameters, and
    // emits functionAdded. Refused (false, *error says why) when the registry refuses it.
    bool addFunction(ae::Activation activation, QString* error = nullptr);
    // Removes a function: functionRemoved is emitted after it has left functionIds(), while its
    // Activation is still alive, so a listener can let go of it. A selected function hands the
    // selection to the first shown one. False for an unknown id.
    bool removeFunction(const QString& id);

    bool isEnabled(const QString& id) const;
    QStringList enabledIds() const;
    void setEnabled(const QString& id, bool enabled);

    std::span<const double> parameters(const QString& id) const;
    double parameter(const QString& id, const QString& param) const;
    // Rejects unknown ids, NaN and values outside the spec's range (returns false).
    bool setParameter(const QString& id, const QString& param, double value);
    void resetParameters();

    double xMin() const { return m_state.xMin; }
    double xMax() const { return m_state.xMax; }
    // Rejects non-finite bounds, min >= max, |x| > maxAbsX, spans too narrow to sample.
    bool setRange(double xmin, double xmax);
    static bool acceptableRange(double xmin, double xmax);
    void resetView();

    double epsilon() const { return m_state.epsilon; }
    bool setEpsilon(double eps); // 0 < ε <= 1

    bool showFirstDerivative() const { return m_state.showFirstDerivative; }
    bool showSecondDerivative() const { return m_state.showSecondDerivative; }
    void setDerivativePanels(bool first, bool second);

    QString selected() const { return m_state.selected; }
    void setSelected(const QString& id); // empty clears the selection

    // A panel's y-range is fitted to the data unless fixed here (order 0, 1, 2).
    std::optional<std::pair<double, double>> fixedYRange(int order) const;
    bool setFixedYRange(int order, double lo, double hi); // finite, lo < hi
    void clearFixedYRange(int order);

    // True while the user is in the middle of one continuous change — a slider held down, the
    // ▶ sweep. Views may keep their frame still meanwhile and settle when it ends. Not part of
    // the state: it is neither saved nor a modification.
    bool isAdjusting() const { return m_adjusting; }
    void setAdjusting(bool adjusting);

  signals:
    void adjustingChanged();
    void functionAdded(const QString& id);
    void functionRemoved(const QString& id);
    void functionsChanged(); // which functions are shown
    void parameterChanged(const QString& id);
    void rangeChanged();
    void epsilonChanged();
    void panelsChanged();
    void selectionChanged();
    void yRangeChanged();
    // With each of the signals above, for listeners that only need to know that something
    // changed (the document's modified mark, the parameter sweep).
    void changed();

  private:
    // What the Scene knows of a function besides its state.
    struct Entry {
        QString id;                       // activation->id, compared without converting
        const ae::Activation* activation; // owned by m_registry
        int colorIndex;
    };
    const Entry* find(const QString& id) const;
    std::vector<double>* paramsOf(const QString& id);
    // The shown ids, in registry order, with id switched on or off.
    QStringList enabledWith(const QString& id, bool on) const;

    ae::Registry m_registry;
    bool m_adjusting = false;
    std::vector<Entry> m_entries; // registry order
    int m_nextColor = 0;
    SceneState m_state;
};

} // namespace ae
