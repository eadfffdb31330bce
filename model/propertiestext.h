// Words and numbers for an activation's properties: one list of labelled rows, rendered as the
// side panel's HTML table, as plain text for `--properties` and as JSON for `--properties --json`.
#pragma once

#include "core/properties.h"
#include "model/bandtext.h"
#include "model/numbers.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ae {

// "x ≈ −1.278", "∞": numbers as the panel and the CLI print them (Unicode minus).
QString formatInterval(double lo, double hi, bool loClosed, bool hiClosed);
// "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)", "{0, 1}"
QString formatSet(const std::vector<ae::Interval>& set);

// "saturates on both sides (soft)", "does not saturate", …
QString saturationPhrase(const ae::SaturationClass& c);

QList<QPair<QString, QString>> propertyRows(const ae::Properties& p);
QString propertiesHtml(const ae::Properties& p);
// Where |f'| < ε in a view, for `--properties` (the side panel states it in its sentence).
struct VanishingReport {
    double xmin;
    double xmax;
    double epsilon;
    std::vector<ae::VanishingInterval> bands;
};

QString propertiesText(const QString& title, const ae::Properties& p,
                       const VanishingReport* vanishing = nullptr);
QByteArray propertiesJson(const ae::Activation& a, std::span<const double> params,
                          const ae::Properties& p, const VanishingReport* vanishing = nullptr);

} // namespace ae
