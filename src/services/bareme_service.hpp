// The barème in force, and its exchange as a JSON document (export, import as a new version).
#pragma once

#include "core/bareme.hpp"
#include "services/access_control.hpp"

#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// The version in force on `on`: the greatest effective date not after `on` (ties: highest
/// version). Before the first version takes effect, the first version applies. Throws
/// cabas::Error when the database holds no barème at all (not initialised).
core::Bareme bareme_in_force(storage::Store&, core::Date on);

/// Stores the defaults of DOMAIN.md as version 1 when the database has no barème yet.
/// Returns true when it wrote one.
bool ensure_default_bareme(storage::Store&, core::Date effective_from);

/// The barème in force as an indented JSON document (docs/bareme_format.md).
std::string export_bareme(storage::Store&, core::Date on);

/// Parses and validates a barème document and stores it as a new version (its `version` is
/// assigned here). Returns that version. Throws ValidationError naming the bad field; nothing
/// is written then.
int import_bareme(storage::Store&, const LoggedUser& by, const std::string& text, const std::string& file_name);

/// Stores an already-built barème as a new version (demo seeding, tests).
int add_bareme(storage::Store&, const core::Bareme&);

} // namespace cabas::services
