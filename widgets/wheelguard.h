// WheelGuard: in a scrolling pane, the mouse wheel scrolls the pane; it changes a slider, spin
// box or combo box only once that control has the keyboard focus (clicked or tabbed to). Without
// it, scrolling down the control pane turned whatever value passed under the pointer — Leaky
// ReLU's a went from 0.10 to 0.01 on the way to the view controls.
#pragma once

#include <QObject>

class QAbstractScrollArea;
class QWidget;

namespace ae {

class WheelGuard : public QObject {
    Q_OBJECT
  public:
    // Guards every value control inside scroll's widget (present now: the control pane is
    // built once) and gives each a strong focus policy so a click still focuses it.
    static void install(QAbstractScrollArea* scroll, QWidget* content);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    explicit WheelGuard(QAbstractScrollArea* scroll);
    QAbstractScrollArea* m_scroll;
};

} // namespace ae
