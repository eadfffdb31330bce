// The groups of the function list, in display order, with their English titles: the one place
// that orders and names families (catalogue.cpp orders the built-ins by it, the UI titles its
// groups with it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ae {

struct Family {
    std::string id;    // Activation::family
    std::string title; // English; the UI translates it in the context "Family"
};

// "article", "rectifiers", "smooth", "piecewise", "shrinkage", then "custom" for functions added
// at run time.
const std::vector<Family>& familyTable();

// The title of a family, or the id itself when the table does not know it.
std::string_view familyTitle(std::string_view id);

} // namespace ae
