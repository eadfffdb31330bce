#include "functionlist.h"

#include "palette.h"
#include "scene.h"

#include <QCoreApplication>
#include <QSignalBlocker>

namespace {
constexpr int IdRole = Qt::UserRole;
}

QString formulaTooltip(const QString& id, const Scene& scene) {
    const ae::Activation* a = scene.activation(id);
    if (!a) return {};
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2<br>%3<br>%4</p>")
                       .arg(QCoreApplication::translate("Activation", a->name.c_str()),
                            QString::fromStdString(a->formula),
                            QString::fromStdString(a->derivative),
                            QString::fromStdString(a->secondDerivative));
    if (!a->aliases.empty()) {
        QStringList names;
        for (const auto& n : a->aliases) names << QString::fromStdString(n);
        html += FunctionList::tr("<p>Also known as: %1</p>").arg(names.join(QStringLiteral(", ")));
    }
    return html;
}

FunctionList::FunctionList(Scene* scene, QWidget* parent) : QListWidget(parent), m_scene(scene) {
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Functions"));
    const QStringList ids = scene->functionIds();
    for (int i = 0; i < ids.size(); ++i) {
        const ae::Activation* a = scene->activation(ids[i]);
        auto* item = new QListWidgetItem(
            colorSwatch(curveColor(i)), QCoreApplication::translate("Activation", a->name.c_str()), this);
        item->setData(IdRole, ids[i]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setToolTip(formulaTooltip(ids[i], *scene));
    }
    syncFromScene();
    syncSelection();

    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_scene->setEnabled(item->data(IdRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) m_scene->setSelected(item->data(IdRole).toString());
    });
    connect(scene, &Scene::functionsChanged, this, &FunctionList::syncFromScene);
    connect(scene, &Scene::selectionChanged, this, &FunctionList::syncSelection);
}

QListWidgetItem* FunctionList::itemFor(const QString& id) const {
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(IdRole).toString() == id) return item(i);
    return nullptr;
}

void FunctionList::syncFromScene() {
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(m_scene->isEnabled(item(i)->data(IdRole).toString()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
}

void FunctionList::syncSelection() {
    const QSignalBlocker block(this);
    QListWidgetItem* item = itemFor(m_scene->selected());
    setCurrentItem(item);
    if (!item) clearSelection();
}
