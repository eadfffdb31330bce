#include "palette.h"

#include <QPainter>
#include <QPixmap>

#include <array>

QColor curveColor(int catalogueIndex) {
    // Okabe & Ito (2008) without yellow, which vanishes on a white projector screen.
    static const std::array<QColor, 7> colors{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                              QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                              QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                              QColor(0x00, 0x00, 0x00)};
    return colors[std::size_t(catalogueIndex) % colors.size()];
}

QIcon colorSwatch(const QColor& color) {
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pm);
}
