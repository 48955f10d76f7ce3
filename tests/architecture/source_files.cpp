#include "source_files.hpp"

#include <fstream>
#include <regex>
#include <sstream>

namespace cabas::testing {

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::map<std::string, std::string> po_catalogue(const std::filesystem::path& locale_dir, std::string_view prefix) {
    static const std::regex first(R"re(^(msgid|msgstr) "((?:[^"\\]|\\.)*)"$)re");
    static const std::regex more(R"re(^"((?:[^"\\]|\\.)*)"$)re");
    std::map<std::string, std::string> out;
    for (const auto& file : std::filesystem::directory_iterator(locale_dir)) {
        if (file.path().extension() != ".po" || file.path().filename().string().rfind(prefix, 0) != 0) continue;
        std::ifstream in(file.path());
        std::string line, msgid, msgstr, part;
        std::smatch m;
        auto flush = [&] {
            if (!msgid.empty()) out[msgid] = msgstr;
            msgid.clear();
            msgstr.clear();
            part.clear();
        };
        while (std::getline(in, line)) {
            if (std::regex_match(line, m, first)) {
                if (m[1] == "msgid") flush();
                part = m[1];
                (part == "msgid" ? msgid : msgstr) = m[2];
            } else if (!part.empty() && std::regex_match(line, m, more)) {
                (part == "msgid" ? msgid : msgstr) += m[1];
            }
        }
        flush();
    }
    return out;
}

} // namespace cabas::testing
