#include "model/names.h"

#include "core/activation.h"
#include "model/propertiestext.h"
#include "model/scene.h"

#include <QCoreApplication>
#include <QStringList>

namespace ae {

QString displayName(const Activation& a) {
    return QCoreApplication::translate("Activation", a.name.c_str());
}

QString legendName(const Scene& scene, const QString& id) {
    const Activation* a = scene.activation(id);
    return a ? legendName(*a, scene.parameters(id)) : QString();
}

QString legendName(const Activation& a, std::span<const double> p) {
    QString name = displayName(a);
    if (a.params.empty()) return name;
    QStringList values;
    for (std::size_t i = 0; i < a.params.size() && i < p.size(); ++i)
        values << QStringLiteral("%1 = %2").arg(QString::fromStdString(a.params[i].symbol),
                                                formatNumber(p[i], 6));
    return QStringLiteral("%1 (%2)").arg(name, values.join(QStringLiteral(", ")));
}

} // namespace ae
