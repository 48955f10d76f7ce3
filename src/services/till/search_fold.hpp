// The accent folding of the till's product search: a table of letters, not sentences, kept
// apart so the sentences of the till service stay checked for translation.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <utility>

namespace cabas::services::till {

/// Lower-case ASCII and strip the accents of French letters, so "pâtes" finds "Pates".
inline std::string fold(const std::string& text) {
    static const std::pair<const char*, char> accents[] = {
        {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'},
        {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ÿ", 'y'},
        {"À", 'a'}, {"Â", 'a'}, {"Ç", 'c'}, {"É", 'e'}, {"È", 'e'}, {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'},
        {"Ù", 'u'}, {"Û", 'u'}, {"œ", 'o'}, {"Œ", 'o'}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [from, to] : accents) {
            const std::string_view f(from);
            if (text.compare(i, f.size(), f) == 0) {
                out += to;
                i += f.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    }
    return out;
}

} // namespace cabas::services::till
