#include "plot/itempool.h"

#include <qcustomplot.h>

namespace ae {

void ItemPool::recycle() {
    finish(); // what the last frame did not take is not worth keeping
    std::swap(m_spare, m_taken);
}

void ItemPool::finish() {
    for (const QList<QCPAbstractItem*>& items : std::as_const(m_spare))
        for (QCPAbstractItem* item : items)
            m_plot->removeItem(item);
    m_spare.clear();
}

void ItemPool::clear() {
    finish();
    std::swap(m_spare, m_taken);
    finish();
}

} // namespace ae
