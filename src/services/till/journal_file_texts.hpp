// The French words written into the journal's own files (the archive's header, the signing
// key's comment line): part of those files' formats, so the same in every language, and kept
// here apart from the sentences a person reads, which go through core::tr().
#pragma once

#include <string_view>

namespace cabas::services::till {

/// The archive header's description.
inline constexpr const char* kArchiveDescription =
    "Archive du journal de caisse Cabas : ventes, clôtures et leur journal chaîné, signés";

/// The comment line of a key file, before the public key in hexadecimal.
inline constexpr std::string_view kPublicKeyComment = "# clé publique ";

} // namespace cabas::services::till
