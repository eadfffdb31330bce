#include "widgets/functionlist.h"

#include "core/family.h"
#include "model/names.h"
#include "model/scene.h"
#include "plot/palette.h"
#include "plot/theme.h"

#include <QCoreApplication>
#include <QSignalBlocker>

namespace ae {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1; // id, name and aliases, lower case

// The group titles come from core's family table; lupdate reads them there (context "Family").
QString groupTitle(const std::string& family) {
    return QCoreApplication::translate("Family", std::string(ae::familyTitle(family)).c_str());
}
} // namespace

QString formulaTooltip(const QString& id, const Scene& scene) {
    const ae::Activation* a = scene.activation(id);
    if (!a) return {};
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2<br>%3<br>%4</p>")
                       .arg(displayName(*a), QString::fromStdString(a->formula),
                            QString::fromStdString(a->derivative),
                            QString::fromStdString(a->secondDerivative));
    if (!a->aliases.empty()) {
        QStringList names;
        for (const auto& n : a->aliases)
            names << QString::fromStdString(n);
        html += FunctionList::tr("<p>Also known as: %1</p>").arg(names.join(QStringLiteral(", ")));
    }
    return html;
}

FunctionList::FunctionList(Scene* scene, QWidget* parent) : QListWidget(parent), m_scene(scene) {
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Functions"));
    rebuildRows();

    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_scene->setEnabled(item->data(IdRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !item->data(IdRole).isNull())
            m_scene->setSelected(item->data(IdRole).toString());
    });
    connect(scene, &Scene::functionsChanged, this, &FunctionList::syncFromScene);
    connect(scene, &Scene::selectionChanged, this, &FunctionList::syncSelection);
    connect(scene, &Scene::functionAdded, this, &FunctionList::rebuildRows);
    connect(scene, &Scene::functionRemoved, this, &FunctionList::rebuildRows);
}

void FunctionList::rebuildRows() {
    const QSignalBlocker block(this);
    clear();
    const QStringList ids = m_scene->functionIds();
    std::string family;
    for (int i = 0; i < ids.size(); ++i) {
        const ae::Activation* a = m_scene->activation(ids[i]);
        if (a->family != family) { // a header row before each group
            family = a->family;
            auto* header = new QListWidgetItem(groupTitle(family), this);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setFlags(Qt::ItemIsEnabled); // drawn in full ink, but not selectable
        }
        const QString name = displayName(*a);
        auto* item = new QListWidgetItem(penSwatch(curvePen(themeById(QStringLiteral("light")),
                                                            m_scene->colorIndex(ids[i]), false)),
                                         name, this);
        item->setData(IdRole, ids[i]);
        QString search = ids[i] + QLatin1Char(' ') + name;
        for (const auto& alias : a->aliases)
            search += QLatin1Char(' ') + QString::fromStdString(alias);
        item->setData(SearchRole, search.toLower());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setToolTip(formulaTooltip(ids[i], *m_scene));
    }
    syncFromScene();
    syncSelection();
    setFilter(m_filter); // a row that appears while the list is filtered obeys the filter
}

void FunctionList::setFilter(const QString& text) {
    m_filter = text;
    const QString needle = text.trimmed().toLower();
    QListWidgetItem* header = nullptr;
    bool headerHasMatch = false;
    auto closeGroup = [&] {
        if (header) header->setHidden(!headerHasMatch);
    };
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        if (it->data(IdRole).isNull()) {
            closeGroup();
            header = it;
            headerHasMatch = false;
            continue;
        }
        const bool match = needle.isEmpty() || it->data(SearchRole).toString().contains(needle);
        it->setHidden(!match);
        headerHasMatch = headerHasMatch || match;
    }
    closeGroup();
}

QListWidgetItem* FunctionList::itemFor(const QString& id) const {
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(IdRole).toString() == id) return item(i);
    return nullptr;
}

void FunctionList::syncFromScene() {
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i) {
        const QString id = item(i)->data(IdRole).toString();
        if (!id.isEmpty())
            item(i)->setCheckState(m_scene->isEnabled(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void FunctionList::syncSelection() {
    const QSignalBlocker block(this);
    QListWidgetItem* item = itemFor(m_scene->selected());
    setCurrentItem(item);
    if (!item) clearSelection();
}

} // namespace ae
