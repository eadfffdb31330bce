#include "widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace ae {

WheelGuard::WheelGuard(QAbstractScrollArea* scroll) : QObject(scroll), m_scroll(scroll) {}

void WheelGuard::install(QAbstractScrollArea* scroll, QWidget* content) {
    auto* guard = new WheelGuard(scroll);
    const auto widgets = content->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool value = (qobject_cast<QAbstractSlider*>(w) && !qobject_cast<QScrollBar*>(w)) ||
                           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w);
        if (!value) continue;
        w->setFocusPolicy(Qt::StrongFocus); // sliders default to wheel focus
        w->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Wheel) return false;
    auto* w = qobject_cast<QWidget*>(watched);
    if (!w || w->hasFocus()) return false;
    // Not focused: the pane scrolls, as if the wheel had turned over empty space.
    QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
    return true;
}

} // namespace ae
