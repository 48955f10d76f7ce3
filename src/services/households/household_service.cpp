// Reading household files: the role check and the access log shared by every call, the list
// with its search and access filters, the per-role view, finances, visits and live eligibility.
#include "services/households/household_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/households/access_log_texts.hpp"
#include "services/households/household_facts.hpp"
#include "services/simulation.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <cctype>

namespace cabas::services::households {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(const std::string& haystack, const std::string& needle_lower) {
    return lower(haystack).find(needle_lower) != std::string::npos;
}

bool passes(const HouseholdRow& row, const HouseholdQuery& q, core::Date today) {
    using core::AccessState;
    switch (q.filter) {
    case AccessFilter::All: return true;
    case AccessFilter::Active: return row.status.state == AccessState::Active;
    case AccessFilter::ExpiringWithin:
        return row.status.state == AccessState::Active && row.status.valid_until &&
               core::days_between(today, *row.status.valid_until) <= q.expiring_within_days;
    case AccessFilter::Expired:
        return row.status.state == AccessState::Expired || row.status.state == AccessState::Exited;
    case AccessFilter::WaitingPeriod: return row.status.state == AccessState::WaitingPeriod;
    case AccessFilter::Suspended: return row.status.state == AccessState::Suspended;
    case AccessFilter::Pending: return row.pending;
    }
    return true;
}

} // namespace

HouseholdService::HouseholdService(storage::Store& store, const Clock& clock, services::LoggedUser user,
                                   SerialSource& serials)
    : m_store(store), m_clock(clock), m_user(std::move(user)), m_serials(serials) {}

void HouseholdService::require(Capability c, std::optional<std::int64_t> household_id) {
    services::require(m_store, m_user, c, household_id);
}

void HouseholdService::log(const std::string& action, std::optional<std::int64_t> household_id,
                           const std::string& detail) {
    m_store.access_log().append(m_user.login, action, household_id, detail, m_clock.now_utc());
}

core::HouseholdFile HouseholdService::load(std::int64_t household_id) {
    auto file = m_store.households().get(household_id);
    if (!file) throw ValidationError("foyer", core::tr("foyer inconnu (n° {0})", household_id));
    return *file;
}

std::vector<HouseholdRow> HouseholdService::list(const HouseholdQuery& query) {
    require(Capability::ListHouseholds);
    const core::Date today = m_clock.today();
    const core::Bareme bareme = bareme_in_force(m_store, today);
    const std::string needle = lower(query.text);
    // A card number typed or scanned finds its household even when that card was revoked.
    std::optional<std::int64_t> by_card;
    if (!needle.empty())
        if (auto card = m_store.cards().find_by_number(query.text)) by_card = card->household_id;

    std::vector<HouseholdRow> rows;
    for (const auto& s : m_store.households().list()) {
        const auto file = m_store.households().get(s.id);
        if (!file) continue;
        if (!needle.empty() && by_card != s.id && !contains(s.file_number, needle) &&
            !contains(s.display_name, needle) && !matches_member_name(*file, needle))
            continue;
        HouseholdRow row;
        row.id = s.id;
        row.file_number = s.file_number;
        row.display_name = s.display_name;
        const auto facts = gather_access_facts(m_store, *file, bareme, today);
        row.status = facts.status;
        row.pending = facts.pending;
        row.card_number = facts.active_card;
        if (passes(row, query, today)) rows.push_back(std::move(row));
    }
    return rows;
}

std::int64_t HouseholdService::resolve(const std::string& file_or_card) {
    require(Capability::ListHouseholds);
    if (auto file = m_store.households().find_by_file_number(file_or_card)) return file->id;
    if (auto card = m_store.cards().find_by_number(file_or_card)) return card->household_id;
    throw ValidationError("foyer", core::tr("aucun foyer n'a le numéro de dossier ou de carte « {0} »", file_or_card));
}

HouseholdView HouseholdService::open(std::int64_t household_id) {
    require(Capability::ListHouseholds, household_id);
    const core::Date today = m_clock.today();
    const core::Bareme bareme = bareme_in_force(m_store, today);
    return m_store.transaction([&] {
        const core::HouseholdFile file = load(household_id);
        const auto facts = gather_access_facts(m_store, file, bareme, today);
        HouseholdView v;
        v.id = household_id;
        v.file_number = file.file_number;
        v.display_name = file.display_name();
        v.status = facts.status;
        v.periods = facts.periods;
        v.cards = m_store.cards().cards_of(household_id);
        v.active_card = facts.active_card;
        v.pending = facts.pending;
        v.savings = savings_of(m_store, file, bareme, today);
        v.social = may(Capability::SeeSocialFile);
        if (v.social) {
            v.file = file;
            v.eligibility = core::evaluate_eligibility(file.composition, bareme, today);
            v.decisions = facts.decisions;
        } else {
            // Managers keep access dates and reasons for suspension and exit; the override
            // reasons and exit notes are the commission's words about the household.
            for (auto& p : v.periods) {
                p.override_reason.clear();
                if (p.exit) p.exit->note.clear();
            }
        }
        log("open_file", household_id, log_text::opened_file(v.social));
        return v;
    });
}

HouseholdFinances HouseholdService::finances(std::int64_t household_id) {
    require(Capability::SeeSocialFile, household_id);
    return m_store.transaction([&] {
        const core::HouseholdFile file = load(household_id);
        log("open_finances", household_id, log_text::opened_finances());
        return HouseholdFinances{file.composition.resources, file.composition.charges,
                                 file.composition.attested_qf, file.notes};
    });
}

std::vector<VisitRecord> HouseholdService::visits(std::int64_t household_id) {
    require(Capability::SeeSocialFile, household_id);
    return m_store.transaction([&] {
        const core::HouseholdFile file = load(household_id);
        std::vector<VisitRecord> out;
        for (const auto& sale : m_store.sales().current_sales_of_household(file.sales_code)) {
            if (sale.lines.empty()) continue;
            out.push_back({sale.sold_at, sale.total_value, sale.total_paid, static_cast<int>(sale.lines.size())});
        }
        log("open_visits", household_id, log_text::opened_visits(out.size()));
        return out;
    });
}

core::EligibilityDecision HouseholdService::eligibility(const core::HouseholdComposition& composition) {
    require(Capability::SeeSocialFile);
    const core::Date today = m_clock.today();
    return core::evaluate_eligibility(composition, bareme_in_force(m_store, today), today);
}

std::string HouseholdService::working_text(const core::EligibilityDecision& decision) {
    require(Capability::SeeSocialFile);
    const core::Date today = m_clock.today();
    return render_working_text(decision, bareme_in_force(m_store, today), today);
}

ImportReport HouseholdService::import_files(std::string_view bytes, const std::string& file_name, bool dry_run) {
    ImportReport report = import_households(m_store, m_user, bytes, file_name, m_clock.today(), dry_run, m_serials);
    // As after filing through the form: every household written is checked with the other
    // épiceries (each lookup logged), and stays filed whatever the answer.
    if (!m_cross_site) return report;
    for (const auto& [line, household_id] : report.created) {
        check_other_sites(household_id);
        if (!m_cross_site_result) break;
        if (!m_cross_site_result->available) {
            report.cross_site_unavailable = m_cross_site_result->unavailable_reason;
            break;
        }
        for (const std::string& warning : m_cross_site_result->warnings)
            report.cross_site.push_back({file_name, line, "", warning});
    }
    return report;
}

} // namespace cabas::services::households
