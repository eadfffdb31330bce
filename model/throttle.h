// Throttle: runs an action at most once per interval while changes keep coming (a slider
// drag), always ending on the latest state. The side panel's texts use it: re-laying out rich
// text on every β step cost more than the replot itself (bench_slider, docs/benchmarks.md).
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace ae {

class Throttle : public QObject {
    Q_OBJECT
  public:
    Throttle(int intervalMs, std::function<void()> action, QObject* parent);

    // Runs the action now if it has not run within the interval, else once when it ends.
    void request();

  private:
    QTimer m_timer;
    std::function<void()> m_action;
    bool m_pending = false;
};

} // namespace ae
