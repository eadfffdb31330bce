// The functions the app shows, in order: the built-ins and whatever is added while it runs (a
// formula the user types). Holds the Activations that evaluate(), sampling and analysis take.
#pragma once

#include "activation.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

// Each entry is held by a std::shared_ptr<const Activation>: an entry never changes once added,
// and a `const Activation*` from at(), all() or find() stays valid while other entries are added
// or removed, for as long as the entry itself is in this registry or in a copy of it. Removing
// an entry from every registry that holds it ends the life of a run-time addition, so a holder
// of its pointer must let go of it when the entry is removed. Copies share the entries: copying
// a registry is cheap, and adding to or removing from a copy leaves the original as it was.
class Registry {
  public:
    Registry() = default; // empty

    // The entries of catalogue(), in its order. They are catalogue()'s own objects, so
    // withBuiltIns().find(id) == findActivation(id) for a built-in.
    static Registry withBuiltIns();

    std::size_t size() const;
    // Throws std::out_of_range past the end.
    const Activation& at(std::size_t i) const;
    std::vector<const Activation*> all() const;        // in order
    const Activation* find(std::string_view id) const; // by id, nullptr if absent
    int indexOf(std::string_view id) const;            // -1 if absent

    // Appends a function. Returns an empty string on success, otherwise why it was refused (in
    // English): an empty or duplicate id (an id or alias equal to another entry's id or alias),
    // no evaluator, a parameter whose default lies outside [min, max] or whose min > max
    // (NaN included), duplicate parameter ids, or notAbove naming an unknown parameter.
    std::string add(Activation a);

    // False if absent.
    bool remove(std::string_view id);

  private:
    std::vector<std::shared_ptr<const Activation>> m_entries;
};

} // namespace ae
