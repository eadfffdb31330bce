#include "model/figureoptions.h"

#include "model/numbers.h"
#include "model/themeids.h"

#include <QCoreApplication>

#include <cmath>

namespace ae {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FigureOptions)
};
} // namespace

QString validateFigureOptions(const FigureOptions& o) {
    if (!isThemeId(o.theme))
        return Text::tr("theme: \"%1\" is not one of %2")
            .arg(o.theme, themeIds().join(QStringLiteral(", ")));
    const QSize sz = o.size;
    if (sz.width() < 1 || sz.height() < 1 || sz.width() > FigureOptions::maxSide ||
        sz.height() > FigureOptions::maxSide)
        return Text::tr("export: size %1×%2 must be 1 … %3 pixels on each side")
            .arg(sz.width())
            .arg(sz.height())
            .arg(FigureOptions::maxSide);
    if (!(o.scale > 0.0 && o.scale <= FigureOptions::maxScale)) // also refuses NaN
        return Text::tr("scale: %1 must be greater than 0 and at most %2")
            .arg(formatExact(o.scale), formatExact(FigureOptions::maxScale));
    if (o.samples < 0) return Text::tr("samples: %1 must not be negative").arg(o.samples);
    return {};
}

} // namespace ae
