// Access periods, suspensions, exits and commission decisions in SQLite.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

void require_period(SQLite::Database& c, std::int64_t period_id) {
    if (!sql::exists(c, "SELECT 1 FROM access_periods WHERE id = ?", period_id))
        throw ValidationError("period_id", core::tr("période d'accès inconnue (n° {0})", period_id));
}

std::int64_t insert_suspension(SQLite::Database& c, std::int64_t period_id, const core::Suspension& s) {
    return sql::insert(c, "INSERT INTO suspensions (period_id, from_on, until_on, reason) VALUES (?, ?, ?, ?)",
                       period_id, s.from, s.until, s.reason);
}

void read_suspensions(SQLite::Database& c, core::AccessPeriod& p) {
    auto s = sql::query(c, "SELECT from_on, until_on, reason FROM suspensions WHERE period_id = ? ORDER BY from_on, id",
                        p.id);
    while (s.executeStep())
        p.suspensions.push_back({sql::date(s.getColumn(0)), sql::optional_date(s.getColumn(1)), sql::text(s.getColumn(2))});
}

} // namespace

std::vector<core::AccessPeriod> SqliteAccessRepository::periods_of(std::int64_t household_id) {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c,
                            "SELECT id, start_on, end_on, renewal, rule_override, override_reason, exit_on, "
                            "exit_reason, exit_note FROM access_periods WHERE household_id = ? ORDER BY start_on, id",
                            household_id);
        std::vector<core::AccessPeriod> out;
        while (s.executeStep()) {
            core::AccessPeriod p;
            p.id = s.getColumn(0).getInt64();
            p.start = sql::date(s.getColumn(1));
            p.end = sql::date(s.getColumn(2));
            p.renewal = sql::boolean(s.getColumn(3));
            p.rule_override = sql::boolean(s.getColumn(4));
            p.override_reason = sql::text(s.getColumn(5));
            if (!s.getColumn(6).isNull())
                p.exit = core::PeriodExit{sql::date(s.getColumn(6)), sql::code(s.getColumn(7), core::exit_reason_from_code),
                                          sql::text(s.getColumn(8))};
            out.push_back(std::move(p));
        }
        for (auto& p : out) read_suspensions(c, p);
        return out;
    });
}

std::int64_t SqliteAccessRepository::add_period(std::int64_t household_id, const core::AccessPeriod& p) {
    if (p.end < p.start)
        throw ValidationError(
            "end", core::tr("la fin de la période ({0}) précède son début ({1})", p.end.french(), p.start.french()));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (!sql::exists(c, "SELECT 1 FROM households WHERE id = ?", household_id))
            throw ValidationError("household_id", core::tr("foyer inconnu (n° {0})", household_id));
        std::optional<core::Date> exit_on;
        std::optional<std::string> exit_reason;
        std::string exit_note;
        if (p.exit) {
            exit_on = p.exit->on;
            exit_reason = core::to_code(p.exit->reason);
            exit_note = p.exit->note;
        }
        const std::int64_t id = sql::insert(
            c,
            "INSERT INTO access_periods (household_id, start_on, end_on, renewal, rule_override, override_reason, "
            "exit_on, exit_reason, exit_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            household_id, p.start, p.end, p.renewal, p.rule_override, p.override_reason, exit_on, exit_reason,
            exit_note);
        for (const auto& s : p.suspensions) insert_suspension(c, id, s);
        return id;
    });
}

std::int64_t SqliteAccessRepository::add_suspension(std::int64_t period_id, const core::Suspension& suspension) {
    if (suspension.until && *suspension.until < suspension.from)
        throw ValidationError("until", core::tr("la suspension finit avant de commencer"));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        require_period(c, period_id);
        return insert_suspension(c, period_id, suspension);
    });
}

void SqliteAccessRepository::lift_suspension(std::int64_t period_id, core::Date until) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        auto open = sql::query(c, "SELECT id, from_on FROM suspensions WHERE period_id = ? AND until_on IS NULL "
                                  "ORDER BY from_on DESC, id DESC LIMIT 1",
                               period_id);
        if (!open.executeStep())
            throw ValidationError("period_id", core::tr("cette période n'a pas de suspension en cours"));
        if (until < sql::date(open.getColumn(1)))
            throw ValidationError("until",
                                  core::tr("la levée ({0}) précède le début de la suspension", until.french()));
        sql::execute(c, "UPDATE suspensions SET until_on = ? WHERE id = ?", until, open.getColumn(0).getInt64());
    });
}

void SqliteAccessRepository::record_exit(std::int64_t period_id, const core::PeriodExit& exit) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        require_period(c, period_id);
        if (sql::exists(c, "SELECT 1 FROM access_periods WHERE id = ? AND exit_on IS NOT NULL", period_id))
            throw ValidationError("period_id", core::tr("une sortie est déjà enregistrée pour cette période"));
        sql::execute(c, "UPDATE access_periods SET exit_on = ?, exit_reason = ?, exit_note = ? WHERE id = ?", exit.on,
                     core::to_code(exit.reason), exit.note, period_id);
    });
}

std::int64_t SqliteAccessRepository::add_decision(const CommissionDecision& d) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (!sql::exists(c, "SELECT 1 FROM households WHERE id = ?", d.household_id))
            throw ValidationError("household_id", core::tr("foyer inconnu (n° {0})", d.household_id));
        if (d.bareme_version && !sql::exists(c, "SELECT 1 FROM baremes WHERE version = ?", *d.bareme_version))
            throw ValidationError("bareme_version", core::tr("version de barème inconnue : {0}", *d.bareme_version));
        return sql::insert(c,
                           "INSERT INTO commission_decisions (household_id, decided_on, decision, reason, decided_by, "
                           "bareme_version) VALUES (?, ?, ?, ?, ?, ?)",
                           d.household_id, d.decided_on, to_code(d.decision), d.reason, d.decided_by, d.bareme_version);
    });
}

std::vector<CommissionDecision> SqliteAccessRepository::decisions_of(std::int64_t household_id) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT id, household_id, decided_on, decision, reason, decided_by, bareme_version "
                            "FROM commission_decisions WHERE household_id = ? ORDER BY decided_on, id",
                            household_id);
        std::vector<CommissionDecision> out;
        while (s.executeStep()) {
            CommissionDecision d;
            d.id = s.getColumn(0).getInt64();
            d.household_id = s.getColumn(1).getInt64();
            d.decided_on = sql::date(s.getColumn(2));
            d.decision = sql::code(s.getColumn(3), core::decision_from_code);
            d.reason = sql::text(s.getColumn(4));
            d.decided_by = sql::text(s.getColumn(5));
            if (!s.getColumn(6).isNull()) d.bareme_version = s.getColumn(6).getInt();
            out.push_back(std::move(d));
        }
        return out;
    });
}

} // namespace cabas::storage
