// FunctionList: the side panel's list of the Scene's functions, grouped by family — a checkbox to
// show each, its curve colour, its formulas as tooltip; the current row is the Scene's selected
// function. Rebuilt when a function is added or removed; setFilter() narrows it by id, name or
// alias.
#pragma once

#include <QListWidget>

namespace ae {

class Scene;

class FunctionList : public QListWidget {
    Q_OBJECT
  public:
    explicit FunctionList(Scene* scene, QWidget* parent = nullptr);

    QListWidgetItem* itemFor(const QString& id) const;
    void setFilter(const QString& text);

  private:
    void rebuildRows(); // one row per registry function, under its group's header
    void syncFromScene();
    void syncSelection();

    Scene* m_scene;
    QString m_filter;
};

// The HTML tooltip of a function: name, formula, derivatives, aliases.
QString formulaTooltip(const QString& id, const Scene& scene);

} // namespace ae
