// Reading core types back from SQLite columns, and the translation of SQLite failures into
// StorageError with the extended result code kept (callers test codes such as SQLITE_BUSY).
#include "storage/sqlite_support.hpp"

namespace cabas::storage::sql {

StorageError to_storage_error(const SQLite::Exception& e, std::string_view context) {
    std::string what = "Erreur de la base de données";
    if (!context.empty()) what += " (" + std::string(context) + ")";
    what += " : ";
    what += e.what();
    return StorageError(what, e.getExtendedErrorCode());
}

std::string text(const SQLite::Column& c) { return c.getString(); }

std::int64_t integer(const SQLite::Column& c) { return c.getInt64(); }

bool boolean(const SQLite::Column& c) { return c.getInt64() != 0; }

core::Money money(const SQLite::Column& c) { return core::Money::from_cents(c.getInt64()); }

core::Rate rate(const SQLite::Column& c) { return core::Rate{c.getInt()}; }

core::Date date(const SQLite::Column& c) {
    const std::string value = c.getString();
    try {
        return core::parse_date(value, c.getName());
    } catch (const ValidationError&) {
        // A stored date we cannot read is damage in the file, not a user mistake.
        throw StorageError(std::string("date illisible dans la base : ") + c.getName() + " = « " + value + " »");
    }
}

std::optional<core::Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return date(c);
}

std::optional<std::int64_t> optional_integer(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getInt64();
}

std::optional<core::Money> optional_money(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return money(c);
}

std::optional<core::Rate> optional_rate(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return rate(c);
}

} // namespace cabas::storage::sql
