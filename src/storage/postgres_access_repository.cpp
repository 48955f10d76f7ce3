// Access periods, suspensions, exits and commission decisions in PostgreSQL.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

namespace {

void require_period(PgDatabase& db, std::int64_t period_id) {
    if (!pg::exists(db, "SELECT 1 FROM access_periods WHERE id = $1", period_id))
        throw ValidationError("period_id", core::tr("période d'accès inconnue (n° {0})", period_id));
}

std::int64_t insert_suspension(PgDatabase& db, std::int64_t period_id, const core::Suspension& s) {
    return pg::insert(db,
                      "INSERT INTO suspensions (period_id, from_on, until_on, reason) VALUES ($1, $2, $3, $4) RETURNING id",
                      period_id, s.from, s.until, s.reason);
}

void read_suspensions(PgDatabase& db, core::AccessPeriod& p) {
    for (const auto& s : pg::query(db, "SELECT from_on, until_on, reason FROM suspensions WHERE period_id = $1 "
                                       "ORDER BY from_on, id",
                                   p.id))
        p.suspensions.push_back({pg::date(s[0]), pg::optional_date(s[1]), pg::text(s[2])});
}

} // namespace

std::vector<core::AccessPeriod> PgAccessRepository::periods_of(std::int64_t household_id) {
    return m_db.read([&] {
        const auto rows = pg::query(m_db,
                                    "SELECT id, start_on, end_on, renewal, rule_override, override_reason, exit_on, "
                                    "exit_reason, exit_note FROM access_periods WHERE household_id = $1 ORDER BY start_on, id",
                                    household_id);
        std::vector<core::AccessPeriod> out;
        for (const auto& s : rows) {
            core::AccessPeriod p;
            p.id = pg::integer(s[0]);
            p.start = pg::date(s[1]);
            p.end = pg::date(s[2]);
            p.renewal = pg::boolean(s[3]);
            p.rule_override = pg::boolean(s[4]);
            p.override_reason = pg::text(s[5]);
            if (!s[6].is_null())
                p.exit = core::PeriodExit{pg::date(s[6]), pg::code(s[7], core::exit_reason_from_code), pg::text(s[8])};
            out.push_back(std::move(p));
        }
        for (auto& p : out) read_suspensions(m_db, p);
        return out;
    });
}

std::int64_t PgAccessRepository::add_period(std::int64_t household_id, const core::AccessPeriod& p) {
    if (p.end < p.start)
        throw ValidationError(
            "end", core::tr("la fin de la période ({0}) précède son début ({1})", p.end.french(), p.start.french()));
    return m_db.write([&] {
        if (!pg::exists(m_db, "SELECT 1 FROM households WHERE id = $1", household_id))
            throw ValidationError("household_id", core::tr("foyer inconnu (n° {0})", household_id));
        std::optional<core::Date> exit_on;
        std::optional<std::string> exit_reason;
        std::string exit_note;
        if (p.exit) {
            exit_on = p.exit->on;
            exit_reason = core::to_code(p.exit->reason);
            exit_note = p.exit->note;
        }
        const std::int64_t id =
            pg::insert(m_db,
                       "INSERT INTO access_periods (household_id, start_on, end_on, renewal, rule_override, override_reason, "
                       "exit_on, exit_reason, exit_note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                       household_id, p.start, p.end, p.renewal, p.rule_override, p.override_reason, exit_on, exit_reason,
                       exit_note);
        for (const auto& s : p.suspensions) insert_suspension(m_db, id, s);
        return id;
    });
}

std::int64_t PgAccessRepository::add_suspension(std::int64_t period_id, const core::Suspension& suspension) {
    if (suspension.until && *suspension.until < suspension.from)
        throw ValidationError("until", core::tr("la suspension finit avant de commencer"));
    return m_db.write([&] {
        require_period(m_db, period_id);
        return insert_suspension(m_db, period_id, suspension);
    });
}

void PgAccessRepository::lift_suspension(std::int64_t period_id, core::Date until) {
    m_db.write([&] {
        const auto open = pg::query(m_db,
                                    "SELECT id, from_on FROM suspensions WHERE period_id = $1 AND until_on IS NULL "
                                    "ORDER BY from_on DESC, id DESC LIMIT 1",
                                    period_id);
        if (open.empty()) throw ValidationError("period_id", core::tr("cette période n'a pas de suspension en cours"));
        if (until < pg::date(open[0][1]))
            throw ValidationError("until",
                                  core::tr("la levée ({0}) précède le début de la suspension", until.french()));
        pg::execute(m_db, "UPDATE suspensions SET until_on = $1 WHERE id = $2", until, pg::integer(open[0][0]));
    });
}

void PgAccessRepository::record_exit(std::int64_t period_id, const core::PeriodExit& exit) {
    m_db.write([&] {
        require_period(m_db, period_id);
        if (pg::exists(m_db, "SELECT 1 FROM access_periods WHERE id = $1 AND exit_on IS NOT NULL", period_id))
            throw ValidationError("period_id", core::tr("une sortie est déjà enregistrée pour cette période"));
        pg::execute(m_db, "UPDATE access_periods SET exit_on = $1, exit_reason = $2, exit_note = $3 WHERE id = $4",
                    exit.on, core::to_code(exit.reason), exit.note, period_id);
    });
}

std::int64_t PgAccessRepository::add_decision(const CommissionDecision& d) {
    return m_db.write([&] {
        if (!pg::exists(m_db, "SELECT 1 FROM households WHERE id = $1", d.household_id))
            throw ValidationError("household_id", core::tr("foyer inconnu (n° {0})", d.household_id));
        if (d.bareme_version && !pg::exists(m_db, "SELECT 1 FROM baremes WHERE version = $1", *d.bareme_version))
            throw ValidationError("bareme_version", core::tr("version de barème inconnue : {0}", *d.bareme_version));
        return pg::insert(m_db,
                          "INSERT INTO commission_decisions (household_id, decided_on, decision, reason, decided_by, "
                          "bareme_version) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                          d.household_id, d.decided_on, to_code(d.decision), d.reason, d.decided_by, d.bareme_version);
    });
}

std::vector<CommissionDecision> PgAccessRepository::decisions_of(std::int64_t household_id) {
    return m_db.read([&] {
        std::vector<CommissionDecision> out;
        for (const auto& s : pg::query(m_db,
                                       "SELECT id, household_id, decided_on, decision, reason, decided_by, bareme_version "
                                       "FROM commission_decisions WHERE household_id = $1 ORDER BY decided_on, id",
                                       household_id)) {
            CommissionDecision d;
            d.id = pg::integer(s[0]);
            d.household_id = pg::integer(s[1]);
            d.decided_on = pg::date(s[2]);
            d.decision = pg::code(s[3], core::decision_from_code);
            d.reason = pg::text(s[4]);
            d.decided_by = pg::text(s[5]);
            if (!s[6].is_null()) d.bareme_version = pg::small(s[6]);
            out.push_back(std::move(d));
        }
        return out;
    });
}

} // namespace cabas::storage
