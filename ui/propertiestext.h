// Words and numbers for an activation's properties: one list of labelled rows, rendered as the
// side panel's HTML table, as plain text for `--properties` and as JSON for `--properties --json`.
#pragma once

#include "properties.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// "x ≈ −1.278", "∞": numbers as the panel and the CLI print them (Unicode minus).
QString formatNumber(double v, int significant = 5);
QString formatInterval(double lo, double hi, bool loClosed, bool hiClosed);
// "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)", "{0, 1}"
QString formatSet(const std::vector<ae::Interval>& set);

// "saturates on both sides (soft)", "does not saturate", …
QString saturationPhrase(const ae::SaturationClass& c);

// "x ≈ −4.585": boundary numbers as the UI prints them (Unicode minus, 3 decimals).
QString formatX(double x);

// One end of a band where |f′| < ε, as the sentence and the plot print it: exact where the edge
// is a short number (a jump of f′ at 0: "0", inclusive or not), else rounded towards the inside of
// the band with as many digits as keep a narrow band's ends apart — so each statement is true.
struct BandEdge {
    QString number;
    bool inclusive; // ≤ / ≥ rather than < / >
};
BandEdge bandEdge(const ae::VanishingInterval& band, bool upper);

// The edge as a plot label states it: "x < −6.262", "x ≥ 0".
QString edgeLabel(const ae::VanishingInterval& band, bool upper);

// Where |f'| < ε in the view, as one clause: "|f′| < 0.01 for x < −4.585 and for x > 4.585",
// "f′ = 0 for x ≤ 0", "|f′| ≥ 0.01 everywhere in view". Soft edges are rounded towards the
// inside of their band, hard edges printed exactly, so that the clause is true as printed.
QString vanishingClause(const std::vector<ae::VanishingInterval>& bands, double epsilon);

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
