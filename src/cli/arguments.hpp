// A small, strict command-line reader: positional words, `--flag` and `--option VALUE`.
// Unknown options are errors (a typo must never be silently ignored).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cabas::cli {

/// Thrown for a usage mistake; main turns it into exit code 2 with the usage text.
struct UsageError {
    std::string message;
};

class Arguments {
public:
    /// `flags` take no value; `options` take one. Throws UsageError for anything else.
    Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags,
              const std::set<std::string>& options);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> option(const std::string& name) const;

    /// The positional word at `index`, or a UsageError naming `what` is missing.
    const std::string& require(std::size_t index, const std::string& what) const;
    /// Fails when more positional words were given than `count`.
    void expect_at_most(std::size_t count) const;

private:
    std::vector<std::string> m_positional;
    std::set<std::string> m_flags;
    std::map<std::string, std::string> m_options;
};

} // namespace cabas::cli
