// FunctionList: the side panel's list of catalogue functions, grouped as the catalogue groups
// them — a checkbox to show each, its curve colour, its formulas as tooltip; the current row is
// the Scene's selected function. setFilter() narrows it by id, name or alias.
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
    void syncFromScene();
    void syncSelection();

    Scene* m_scene;
};

// The HTML tooltip of a function: name, formula, derivatives, aliases.
QString formulaTooltip(const QString& id, const Scene& scene);

} // namespace ae
