#include "cli/cliwords.h"

#include "core/activation.h"
#include "core/csv.h"
#include "core/registry.h"
#include "model/messagetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace ae {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Levenshtein distance, case-insensitive; ids are short, so the quadratic table is nothing.
int distance(const QString& a, const QString& b) {
    const QString x = a.toLower(), y = b.toLower();
    std::vector<int> row(std::size_t(y.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1,
                                            diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}
} // namespace

bool readNumber(const QString& text, double& out, QString* why) {
    switch (ae::parseNumberChecked(text.trimmed().toStdString(), out)) {
    case ae::NumberParse::Ok:
        return true;
    case ae::NumberParse::OutOfRange:
        if (why) *why = Text::tr("is out of the range of a double");
        return false;
    case ae::NumberParse::NotANumber:
        break;
    }
    if (why) *why = Text::tr("is not a number");
    return false;
}

QString closestFunctionId(const QString& typed, const Registry& functions) {
    const QString t = typed.trimmed();
    if (t.isEmpty()) return {};
    QString best;
    int bestDistance = std::max(1, std::min(2, int(t.size()) / 3)); // a couple of typos at most
    for (const Activation* f : functions.all()) {
        const Activation& a = *f;
        const QString id = QString::fromStdString(a.id);
        QStringList names{id, QString::fromStdString(a.name)};
        for (const auto& alias : a.aliases)
            names << QString::fromStdString(alias);
        for (const QString& name : names) {
            QString n = name;
            n.replace(QLatin1Char(' '), QLatin1Char('_'));
            QString u = t;
            u.replace(QLatin1Char(' '), QLatin1Char('_'));
            if (n.compare(u, Qt::CaseInsensitive) == 0) return id;
            const int d = distance(n, u);
            if (d < bestDistance || (d == bestDistance && best.isEmpty())) {
                bestDistance = d;
                best = id;
            }
        }
    }
    return best;
}

QString unknownFunctionMessage(const QString& typed, const Registry& functions) {
    const QString guess = closestFunctionId(typed, functions);
    const QString shown = elideForMessage(typed);
    if (!guess.isEmpty())
        return Text::tr("unknown function \"%1\" (did you mean %2?)").arg(shown, guess);
    return Text::tr("unknown function \"%1\" (see --list-functions)").arg(shown);
}

QString parameterNames(const ae::Activation& a) {
    QStringList names;
    for (const auto& p : a.params)
        names << QString::fromStdString(p.id);
    return names.isEmpty() ? Text::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace ae
