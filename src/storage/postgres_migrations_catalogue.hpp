// The PostgreSQL migrations of the catalogue's later life (14: the food banks' families), kept
// apart from the first shape of the schema in postgres_migrations.cpp, which alone includes it.
#pragma once

#include <string_view>

namespace cabas::storage::postgres_sql {

// Same as SQLite's migration 14: a category's family and sub-family in the food banks' référentiel.
inline constexpr std::string_view v14_category_families = R"sql(
CREATE TABLE category_families (
    category_id     bigint PRIMARY KEY REFERENCES categories (id) ON DELETE CASCADE,
    family_code     text NOT NULL CHECK (family_code <> ''),
    family_label    text NOT NULL CHECK (family_label <> ''),
    subfamily_code  text NOT NULL CHECK (subfamily_code <> ''),
    subfamily_label text NOT NULL CHECK (subfamily_label <> '')
);
CREATE INDEX category_families_by_family ON category_families (family_code, subfamily_code);
)sql";

} // namespace cabas::storage::postgres_sql
