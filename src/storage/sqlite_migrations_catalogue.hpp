// The SQLite migrations of the catalogue's later life (14: the food banks' families), kept apart
// so that migrations.cpp stays the schema's first shape. Included by migrations.cpp only.
#pragma once

#include <string_view>

namespace cabas::storage::sqlite_sql {

// The food banks' référentiel (docs/design/domain.md §7.6): each category may be filed under one
// family and one sub-family of it. A category without a row has no family ("Sans famille" in the
// reports). Codes and labels are kept as given (checked by core/food_bank_family.hpp): the
// référentiel is the food bank's, not Cabas's, so there is no table of families of its own.
inline constexpr std::string_view v14_category_families = R"sql(
CREATE TABLE category_families (
    category_id     INTEGER PRIMARY KEY REFERENCES categories (id) ON DELETE CASCADE,
    family_code     TEXT NOT NULL CHECK (family_code <> ''),
    family_label    TEXT NOT NULL CHECK (family_label <> ''),
    subfamily_code  TEXT NOT NULL CHECK (subfamily_code <> ''),
    subfamily_label TEXT NOT NULL CHECK (subfamily_label <> '')
) STRICT;
CREATE INDEX category_families_by_family ON category_families (family_code, subfamily_code);
)sql";

} // namespace cabas::storage::sqlite_sql
