// Formatting of import errors, in the "file:line: message" shape compilers use, so editors
// and terminals can jump to the line.
#include "services/io/import_error.hpp"

namespace cabas::services::io {

std::string ImportError::to_string() const {
    std::string out = file + ":" + std::to_string(line) + ": ";
    if (!column.empty()) out += column + ": ";
    return out + reason;
}

std::string to_string(const std::vector<ImportError>& errors) {
    std::string out;
    for (const auto& e : errors) out += e.to_string() + "\n";
    return out;
}

} // namespace cabas::services::io
