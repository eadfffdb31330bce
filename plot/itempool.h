// ItemPool: the QCustomPlot items an overlay puts on the plot with every frame, kept from one
// frame to the next and handed out again by role. Making a QCPItem and removing it cost a tenth
// of a slider step (every constructor walks the plot's axis rects; perf, docs/benchmarks.md).
#pragma once

#include <QHash>
#include <QList>

class QCPAbstractItem;
class QCustomPlot;

namespace ae {

class ItemPool {
  public:
    explicit ItemPool(QCustomPlot* plot) : m_plot(plot) {}
    ItemPool(const ItemPool&) = delete;
    ItemPool& operator=(const ItemPool&) = delete;

    // Starts a frame: every item becomes spare, to be taken again or dropped by finish().
    void recycle();
    // An item of the role: last frame's, in the order they were taken then, or a new one from
    // make(plot). The caller sets every property it uses: items of one role are set up by one
    // piece of code, so what it does not set is what a new item has.
    template <class T> T* take(int role, T* (*make)(QCustomPlot*)) {
        QList<QCPAbstractItem*>& spare = m_spare[role];
        T* item = spare.isEmpty() ? make(m_plot) : static_cast<T*>(spare.takeFirst());
        m_taken[role] << item;
        return item;
    }
    // Ends a frame: removes from the plot the spare items nobody took.
    void finish();
    // Removes every item from the plot (before the panels they hang on are deleted).
    void clear();

  private:
    QCustomPlot* m_plot;
    QHash<int, QList<QCPAbstractItem*>> m_taken, m_spare;
};

// make() for the item types QCustomPlot builds from a plot alone.
template <class T> T* newItem(QCustomPlot* plot) {
    return new T(plot);
}

} // namespace ae
