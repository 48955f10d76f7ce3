// French words the imports store in the database: data, the same in every language, kept apart
// from the sentences a person reads (those go through core::tr()).
#pragma once

namespace cabas::services::io {

/// Who referred a household when the file says nobody: the database column's own default.
inline constexpr const char* kReferrerNotGiven = "non renseigné";

} // namespace cabas::services::io
