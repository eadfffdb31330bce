// Where |f′| < ε, in words: the band edges, the sentence's clause and the plot's edge labels, all
// from the same numbers, so the side panel, the plot and `--properties` never disagree and every
// statement is true as printed. Read by AnalysisModel, SaturationOverlay and propertiesText.
#pragma once

#include "core/saturation.h"

#include <QString>

#include <vector>

namespace ae {

// One end of a band where |f′| < ε, as the sentence and the plot print it: exact where the edge
// is a short number (a jump of f′ at 0: "0", inclusive or not), else rounded towards the inside of
// the band with as many digits as keep a narrow band's ends apart — so each statement is true.
struct BandBound {
    QString number;
    bool inclusive; // ≤ / ≥ rather than < / >
};
BandBound bandEdge(const ae::VanishingInterval& band, bool upper);

// The edge as a plot label states it: "x < −6.262", "x ≥ 0".
QString edgeLabel(const ae::VanishingInterval& band, bool upper);

// Where |f'| < ε in the view, as one clause: "|f′| < 0.01 for x < −4.585 and for x > 4.585",
// "f′ = 0 for x ≤ 0", "|f′| ≥ 0.01 everywhere in view". Soft edges are rounded towards the
// inside of their band, hard edges printed exactly, so that the clause is true as printed.
QString vanishingClause(const std::vector<ae::VanishingInterval>& bands, double epsilon);

} // namespace ae
