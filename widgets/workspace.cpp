#include "widgets/workspace.h"

#include <QWidget>

namespace ae {

Workspace::~Workspace() {
    for (const QPointer<QWidget>& w : m_unadopted)
        if (w && !w->parentWidget()) delete w.data();
}

void Workspace::ownUntilAdopted(std::initializer_list<QWidget*> widgets) {
    for (QWidget* w : widgets)
        m_unadopted.append(w);
}

} // namespace ae
