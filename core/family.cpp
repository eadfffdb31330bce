#include "family.h"

// core links no Qt, but lupdate scans this file for the titles (the UI translates them with
// QCoreApplication::translate("Family", title)); outside Qt the marker is the text itself.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace ae {

const std::vector<Family>& familyTable() {
    static const std::vector<Family> table{
        {.id = "article", .title = QT_TRANSLATE_NOOP("Family", "From the article")},
        {.id = "rectifiers", .title = QT_TRANSLATE_NOOP("Family", "Rectifiers")},
        {.id = "smooth", .title = QT_TRANSLATE_NOOP("Family", "Smooth")},
        {.id = "piecewise", .title = QT_TRANSLATE_NOOP("Family", "Piecewise / hard")},
        {.id = "shrinkage", .title = QT_TRANSLATE_NOOP("Family", "Shrinkage")},
        {.id = "custom", .title = QT_TRANSLATE_NOOP("Family", "Your functions")},
    };
    return table;
}

std::string_view familyTitle(std::string_view id) {
    for (const auto& f : familyTable())
        if (f.id == id) return f.title;
    return id;
}

} // namespace ae
