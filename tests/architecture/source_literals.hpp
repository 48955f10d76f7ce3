// A small C++ lexer for the architecture tests: the string literals of a source file, with
// comments, character literals and raw strings told apart, and whether each literal is the
// sentence of a tr(…) or to_translate(…) call (adjacent literals joined, as the compiler does).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cabas::testing {

struct Literal {
    int line = 0;
    std::string text;     ///< as written between the quotes, escapes kept; adjacent pieces joined
    bool marked = false;  ///< the first argument of tr() or to_translate()
    bool raw = false;     ///< a raw string R"x(…)x": SQL and other verbatim text
};

std::vector<Literal> string_literals(const std::filesystem::path& file);

} // namespace cabas::testing
