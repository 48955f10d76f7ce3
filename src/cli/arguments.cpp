// Strict command-line parsing for cabas-cli.
#include "cli/arguments.hpp"

#include "core/messages.hpp"

namespace cabas::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags,
                     const std::set<std::string>& options) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w.size() > 2 && w.rfind("--", 0) == 0) {
            std::string name = w.substr(2);
            std::optional<std::string> inline_value;
            if (auto eq = name.find('='); eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                name.erase(eq);
            }
            if (flags.count(name)) {
                if (inline_value) throw UsageError{core::tr("l'option --{0} ne prend pas de valeur", name)};
                m_flags.insert(name);
            } else if (options.count(name)) {
                if (inline_value) {
                    m_options[name] = *inline_value;
                } else {
                    if (i + 1 >= words.size()) throw UsageError{core::tr("l'option --{0} attend une valeur", name)};
                    m_options[name] = words[++i];
                }
            } else {
                throw UsageError{core::tr("option inconnue : {0}", w)};
            }
        } else {
            m_positional.push_back(w);
        }
    }
}

std::optional<std::string> Arguments::option(const std::string& name) const {
    auto it = m_options.find(name);
    if (it == m_options.end()) return std::nullopt;
    return it->second;
}

const std::string& Arguments::require(std::size_t index, const std::string& what) const {
    if (index >= m_positional.size()) throw UsageError{core::tr("{0} manquant", what)};
    return m_positional[index];
}

void Arguments::expect_at_most(std::size_t count) const {
    if (m_positional.size() > count) throw UsageError{core::tr("argument en trop : {0}", m_positional[count])};
}

} // namespace cabas::cli
