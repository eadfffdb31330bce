#include "registry.h"

#include <algorithm>

namespace ae {

Registry Registry::withBuiltIns() {
    // The catalogue is a static that outlives every use; the entries point into it without
    // owning it (shared_ptr's aliasing constructor with an empty owner), so the built-ins are
    // not copied and keep one address everywhere.
    static const std::vector<std::shared_ptr<const Activation>> builtIns = [] {
        std::vector<std::shared_ptr<const Activation>> v;
        for (const auto& a : catalogue())
            v.emplace_back(std::shared_ptr<const Activation>(), &a);
        return v;
    }();
    Registry r;
    r.m_entries = builtIns;
    return r;
}

std::size_t Registry::size() const {
    return m_entries.size();
}

const Activation& Registry::at(std::size_t i) const {
    return *m_entries.at(i);
}

std::vector<const Activation*> Registry::all() const {
    std::vector<const Activation*> v;
    v.reserve(m_entries.size());
    for (const auto& e : m_entries)
        v.push_back(e.get());
    return v;
}

const Activation* Registry::find(std::string_view id) const {
    const int i = indexOf(id);
    return i < 0 ? nullptr : m_entries[static_cast<std::size_t>(i)].get();
}

int Registry::indexOf(std::string_view id) const {
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i]->id == id) return static_cast<int>(i);
    return -1;
}

namespace {

// The entry whose id or alias is `name`, or nullptr.
const Activation* named(const std::vector<std::shared_ptr<const Activation>>& entries,
                        std::string_view name) {
    for (const auto& e : entries)
        if (e->id == name ||
            std::find(e->aliases.begin(), e->aliases.end(), name) != e->aliases.end())
            return e.get();
    return nullptr;
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// Why a's parameters cannot be shown as sliders, or "".
std::string paramProblem(const Activation& a) {
    for (std::size_t i = 0; i < a.params.size(); ++i) {
        const ParamSpec& p = a.params[i];
        const std::string which = "parameter " + quoted(p.id);
        if (p.id.empty()) return "a parameter has an empty id";
        for (std::size_t j = 0; j < i; ++j)
            if (a.params[j].id == p.id) return "two parameters have the id " + quoted(p.id);
        // Written so that NaN fails too.
        if (!(p.min <= p.max)) return which + ": its minimum is above its maximum";
        if (!(p.min <= p.defaultValue && p.defaultValue <= p.max))
            return which + ": its default is outside [minimum, maximum]";
        if (!p.notAbove.empty() && paramIndex(a, p.notAbove) < 0)
            return which + " may not exceed " + quoted(p.notAbove) + ", which is not a parameter";
    }
    return {};
}

} // namespace

std::string Registry::add(Activation a) {
    if (a.id.empty()) return "the function has an empty id";
    if (const Activation* other = named(m_entries, a.id))
        return "the id " + quoted(a.id) + " is taken by " + quoted(other->id);
    for (const auto& alias : a.aliases)
        if (const Activation* other = named(m_entries, alias))
            return "the alias " + quoted(alias) + " is taken by " + quoted(other->id);
    if (!a.eval) return "the function " + quoted(a.id) + " has no evaluator";
    if (std::string why = paramProblem(a); !why.empty()) return why;
    m_entries.push_back(std::make_shared<const Activation>(std::move(a)));
    return {};
}

bool Registry::remove(std::string_view id) {
    const int i = indexOf(id);
    if (i < 0) return false;
    m_entries.erase(m_entries.begin() + i);
    return true;
}

} // namespace ae
