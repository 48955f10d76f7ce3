// Formatting of import errors, in the "file:line: message" shape compilers use, so editors
// and terminals can jump to the line.
#include "services/io/import_error.hpp"

#include "core/messages.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace cabas::services::io {

std::string ImportError::to_string() const {
    std::string out = file + ":" + std::to_string(line) + ": ";
    if (!column.empty()) out += core::excerpt(column) + ": ";
    return out + core::clip_quoted_values(reason);
}

std::string to_string(const std::vector<ImportError>& errors, std::size_t max_listed) {
    std::string out;
    const std::size_t listed = std::min(errors.size(), max_listed);
    for (std::size_t i = 0; i < listed; ++i) out += errors[i].to_string() + "\n";
    return out + more_errors_line(errors.size() - listed);
}

std::string more_errors_line(std::size_t rest) {
    if (rest == 0) return {};
    return (rest > 1 ? core::tr("… et {0} autres erreurs", rest) : core::tr("… et {0} autre erreur", rest)) + "\n";
}

} // namespace cabas::services::io
