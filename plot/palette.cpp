#include "plot/palette.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace ae {

namespace {
// Okabe & Ito (2008) without yellow, which vanishes on a white projector screen.
const std::array<QColor, 7> colors{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                   QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                   QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                   QColor(0x00, 0x00, 0x00)};
} // namespace

int paletteSize() {
    return int(colors.size());
}

QColor curveColor(int catalogueIndex) {
    return colors[std::size_t(catalogueIndex) % colors.size()];
}

QIcon penSwatch(const QPen& curve) {
    QPixmap pm(24, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen = curve;
    pen.setWidthF(3.0);
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    p.drawLine(QPointF(1, 8), QPointF(23, 8));
    return QIcon(pm);
}

} // namespace ae
