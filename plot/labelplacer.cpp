#include "plot/labelplacer.h"

#include "plot/itempool.h"

#include <qcustomplot.h>

namespace ae {

namespace {
// The position the overlay gave a label, kept on the label so every pass starts from it (a
// label's address may be reused by a later one; its properties cannot).
struct Base {
    QCPItemPosition::PositionType typeX, typeY;
    QPointF coords;
    Qt::Alignment align;
    QCPItemAnchor* parent;
};
const char* baseKey = "aeLabelBase";
const char* hiddenKey = "aeLabelHidden";

Base baseOf(QCPItemText* t) {
    const QVariant v = t->property(baseKey);
    if (v.isValid()) {
        const QVariantList l = v.toList();
        return {QCPItemPosition::PositionType(l[0].toInt()),
                QCPItemPosition::PositionType(l[1].toInt()), l[2].toPointF(),
                Qt::Alignment(l[3].toInt()),
                reinterpret_cast<QCPItemAnchor*>(l[4].value<quintptr>())};
    }
    Base b{t->position->typeX(), t->position->typeY(), t->position->coords(),
           t->positionAlignment(), t->position->parentAnchor()};
    t->setProperty(baseKey, QVariantList{int(b.typeX), int(b.typeY), b.coords, int(b.align),
                                         QVariant::fromValue(quintptr(b.parent))});
    return b;
}

void restore(QCPItemText* t, const Base& b) {
    t->position->setParentAnchor(b.parent);
    t->position->setTypeX(b.typeX);
    t->position->setTypeY(b.typeY);
    t->position->setCoords(b.coords);
    t->setPositionAlignment(b.align);
    if (t->property(hiddenKey).toBool()) {
        t->setVisible(true);
        t->setProperty(hiddenKey, false);
    }
}

Qt::Alignment mirrored(Qt::Alignment a) {
    const Qt::Alignment v = a & Qt::AlignVertical_Mask;
    if (a & Qt::AlignLeft) return v | Qt::AlignRight;
    if (a & Qt::AlignRight) return v | Qt::AlignLeft;
    return a;
}
} // namespace

QCPItemText* takeLabel(ItemPool& pool, int role) {
    QCPItemText* t = pool.take(role, newItem<QCPItemText>);
    t->setProperty(baseKey, QVariant());
    if (t->property(hiddenKey).toBool()) {
        t->setVisible(true);
        t->setProperty(hiddenKey, false);
    }
    return t;
}

QRectF labelRect(const QCPItemText* label) {
    return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition())
        .normalized();
}

void placeLabels(const QList<QCPItemText*>& labels, const QList<QRectF>& obstacles) {
    QList<QRectF> taken = obstacles;
    for (QCPItemText* t : labels) {
        const Base base = baseOf(t);
        restore(t, base);
        if (!t->visible()) continue;
        const QRectF panel = t->clipAxisRect() ? QRectF(t->clipAxisRect()->rect()) : QRectF();
        auto fits = [&](const QRectF& r) {
            if (!panel.isNull() && !panel.contains(r)) return false;
            for (const QRectF& o : std::as_const(taken))
                if (o.intersects(r)) return false;
            return true;
        };
        QRectF r = labelRect(t);
        if (fits(r)) {
            taken << r;
            continue;
        }
        const QPointF anchor = t->position->pixelPosition();
        // Mirrored: to the other side of what it labels (a parent anchor sits at −offset).
        const double mirrorDx = base.parent ? -2.0 * base.coords.x() : 0.0;
        const double step = r.height() + 2;
        bool placed = false;
        for (int side = 0; side < 2 && !placed; ++side) {
            for (int k = 0; k <= 8 && !placed; ++k) {
                for (int sign : {1, -1}) {
                    if (k == 0 && (sign < 0 || side == 0)) continue;
                    const QPointF at = anchor + QPointF(side ? mirrorDx : 0, sign * k * step);
                    t->position->setParentAnchor(nullptr);
                    t->position->setType(QCPItemPosition::ptAbsolute);
                    t->position->setCoords(at);
                    t->setPositionAlignment(side ? mirrored(base.align) : base.align);
                    r = labelRect(t);
                    if (fits(r)) {
                        placed = true;
                        break;
                    }
                }
            }
        }
        if (placed) {
            taken << r;
        } else {
            restore(t, base);
            t->setVisible(false); // no free place: better unsaid than unreadable
            t->setProperty(hiddenKey, true);
        }
    }
}

} // namespace ae
