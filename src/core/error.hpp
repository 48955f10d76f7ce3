// The single root of Cabas exceptions. Business outcomes (a refused card, a line over the
// limit) are values, not exceptions; these are for bad input, storage failures and bugs.
#pragma once

#include "core/text.hpp"

#include <stdexcept>
#include <string>

namespace cabas {

/// Root of every exception Cabas throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Bad user input. `field()` names what was wrong ("date_naissance", "ligne 4: montant").
/// Reasons quote what was typed between « and »; each quoted value is cut to 60 characters
/// here, once for every message, so that a 2 MB cell cannot make a 2 MB message.
class ValidationError : public Error {
public:
    ValidationError(std::string field, const std::string& reason)
        : ValidationError(std::move(field), core::clip_quoted_values(reason), 0) {}
    const std::string& field() const noexcept { return m_field; }
    const std::string& reason() const noexcept { return m_reason; }

private:
    ValidationError(std::string field, std::string clipped_reason, int)
        : Error(field.empty() ? clipped_reason : field + ": " + clipped_reason),
          m_field(std::move(field)),
          m_reason(std::move(clipped_reason)) {}

    std::string m_field;
    std::string m_reason;
};

/// The database could not do what was asked. Keeps SQLite's extended result code, or
/// PostgreSQL's five-character SQLSTATE ("23505"), so callers can tell failures apart.
class StorageError : public Error {
public:
    StorageError(const std::string& what, int sqlite_code = 0) : Error(what), m_code(sqlite_code) {}
    StorageError(const std::string& what, std::string sqlstate) : Error(what), m_code(0), m_sqlstate(std::move(sqlstate)) {}
    int sqlite_code() const noexcept { return m_code; }
    /// Empty for SQLite errors and for failures that did not come from the server.
    const std::string& sqlstate() const noexcept { return m_sqlstate; }

private:
    int m_code;
    std::string m_sqlstate;
};

/// The database server cannot be reached, or the connection to it was lost (PostgreSQL only:
/// a SQLite file is never "unreachable"). Nothing of the interrupted transaction was applied,
/// unless outcome_unknown(): the connection broke while COMMIT was under way, so the write may
/// or may not have been applied. Either way it is safe to retry a sale with the same request id.
/// The next call reconnects by itself; the till tells the user the server is unreachable.
class StorageUnavailable : public StorageError {
public:
    StorageUnavailable(const std::string& what, bool outcome_unknown = false)
        : StorageError(what, std::string("08006")), m_outcome_unknown(outcome_unknown) {}
    bool outcome_unknown() const noexcept { return m_outcome_unknown; }

private:
    bool m_outcome_unknown;
};

/// The logged-in role may not do or see this (docs/design/domain.md §6): enforced by the services,
/// so a screen that forgot to hide a button still gets a refusal, never the data.
class PermissionError : public Error {
public:
    using Error::Error;
};

/// A report could not be produced (libharu failure, missing font...).
class ReportError : public Error {
public:
    using Error::Error;
};

/// A broken invariant: a bug, or arithmetic that would overflow.
class InternalError : public Error {
public:
    using Error::Error;
};

} // namespace cabas
