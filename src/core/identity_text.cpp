// Folding names for the cross-épicerie comparison (identity_text.hpp).
#include "core/identity_text.hpp"

#include <utility>

namespace cabas::core {

namespace {

/// The Latin-1 and Latin Extended-A letters French names use, as two-byte UTF-8, and their
/// folded ASCII form.
constexpr std::pair<std::string_view, std::string_view> kFolded[] = {
    {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"æ", "ae"},
    {"À", "a"}, {"Á", "a"}, {"Â", "a"}, {"Ã", "a"}, {"Ä", "a"}, {"Å", "a"}, {"Æ", "ae"},
    {"ç", "c"}, {"Ç", "c"}, {"è", "e"}, {"é", "e"}, {"ê", "e"}, {"ë", "e"},
    {"È", "e"}, {"É", "e"}, {"Ê", "e"}, {"Ë", "e"}, {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"},
    {"Ì", "i"}, {"Í", "i"}, {"Î", "i"}, {"Ï", "i"}, {"ñ", "n"}, {"Ñ", "n"},
    {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"},
    {"Ò", "o"}, {"Ó", "o"}, {"Ô", "o"}, {"Õ", "o"}, {"Ö", "o"}, {"Ø", "o"},
    {"ù", "u"}, {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"Ù", "u"}, {"Ú", "u"}, {"Û", "u"}, {"Ü", "u"},
    {"ý", "y"}, {"ÿ", "y"}, {"Ý", "y"}, {"Ÿ", "y"}, {"œ", "oe"}, {"Œ", "oe"}, {"ß", "ss"},
};

/// Separators people type differently for one name: dropped.
constexpr std::string_view kDropped[] = {" ", "-", "'", ".", "\t", "\u00a0", "\u202f", "\u2010", "\u2019"};

bool starts_with(std::string_view text, std::size_t at, std::string_view prefix) {
    return text.size() - at >= prefix.size() && text.compare(at, prefix.size(), prefix) == 0;
}

} // namespace

std::string normalised_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    std::size_t i = 0;
    while (i < name.size()) {
        bool matched = false;
        for (std::string_view sep : kDropped)
            if (starts_with(name, i, sep)) {
                i += sep.size();
                matched = true;
                break;
            }
        if (matched) continue;
        for (const auto& [from, to] : kFolded)
            if (starts_with(name, i, from)) {
                out += to;
                i += from.size();
                matched = true;
                break;
            }
        if (matched) continue;
        const char c = name[i++];
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string identity_text(std::string_view last_name, std::string_view first_name, Date birth_date) {
    return normalised_name(last_name) + "|" + normalised_name(first_name) + "|" + birth_date.iso();
}

} // namespace cabas::core
