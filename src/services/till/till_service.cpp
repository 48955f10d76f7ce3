// The till service's small parts: construction, login, totals, product search, manager
// overrides and the time/quantity formatting the receipt and the Z report share.
#include "services/till/till_state.hpp"
#include "services/till/search_fold.hpp"

#include "core/household.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/credit_position.hpp"
#include "services/login.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <sstream>

namespace cabas::services::till {

std::string local_date_time(const std::string& utc) {
    const std::time_t t = parse_utc_timestamp(utc);
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%d/%m/%Y %H:%M", &local);
    return text;
}

core::Date local_date(const std::string& utc) {
    const std::time_t t = parse_utc_timestamp(utc);
    std::tm local{};
    localtime_r(&t, &local);
    return core::Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                static_cast<unsigned>(local.tm_mday));
}

std::string quantity_text(core::SaleUnit unit, std::int64_t quantity) {
    if (unit == core::SaleUnit::Piece) return std::to_string(quantity);
    std::string grams = std::to_string(quantity % 1000);
    return std::to_string(quantity / 1000) + "," + std::string(3 - grams.size(), '0') + grams + " kg";
}

void start_basket(TillService::State& s, const CardCheckAnswer& answer) {
    const core::Date today = s.clock.today();
    s.card = answer;
    s.lines.clear();
    s.bareme = bareme_in_force(s.store, today);
    s.quota = {};
    s.quota.rules = &s.bareme.credit;
    std::vector<core::AccessPeriod> periods;
    if (answer.household_id)
        if (auto file = s.store.households().get(*answer.household_id)) {
            s.quota.uc_tenths = core::consumption_units_tenths(file->composition.members, today);
            periods = s.store.access().periods_of(file->id);
        }
    const std::string& code = answer.household_code;
    // The same usage and carry-over as the card check's banner (services/credit_position.hpp).
    s.quota.usage = credit_usage_on(s.store, s.bareme, code, s.quota.uc_tenths, periods, today);
    s.quota.product_taken_this_month = s.store.usage().product_taken_this_month(code, today);
    s.quota.category_taken_this_month = s.store.usage().category_taken_this_month(code, today);
}

std::string label_of(core::PaymentMethod method) {
    switch (method) {
    case core::PaymentMethod::Cash: return core::tr("Espèces");
    case core::PaymentMethod::Card: return core::tr("Carte bancaire");
    case core::PaymentMethod::Cheque: return core::tr("Chèque");
    case core::PaymentMethod::Free: return core::tr("Gratuit");
    }
    return "?";
}

TillService::TillService(storage::Store& store, const Clock& clock, std::string till_id, LoggedUser user)
    : m_state(std::make_shared<State>(store, clock, std::move(till_id), std::move(user))) {
    require(store, m_state->user, Capability::Sell);
}

const LoggedUser& TillService::user() const { return m_state->user; }
const std::string& TillService::till_id() const { return m_state->till_id; }
const std::optional<CardCheckAnswer>& TillService::card() const { return m_state->card; }
bool TillService::card_overridden() const { return m_state->card_overridden; }
const std::optional<CardOverride>& TillService::card_override() const { return m_state->card_override; }
const std::vector<BasketLine>& TillService::lines() const { return m_state->lines; }
const TillMessage& TillService::last_message() const { return m_state->last; }

BasketTotals TillService::totals() const {
    BasketTotals t;
    core::Money counted;
    for (const auto& line : m_state->lines) {
        t.value += line.value;
        t.to_pay += line.to_pay;
        for (const auto& take : line.lots)
            if (take.counts_against_credit) counted += take.value;
    }
    t.savings = t.value - t.to_pay;
    if (m_state->card && m_state->quota.rules) {
        const core::CreditLeft left = core::credit_left(*m_state->quota.rules, m_state->quota.uc_tenths, m_state->quota.usage);
        t.month_left_after = left.month_left - counted;
        if (left.week_left) t.week_left_after = *left.week_left - counted;
    }
    return t;
}

core::Money TillService::amount_due() const { return totals().to_pay; }

std::vector<core::Product> TillService::search_products(const std::string& text, std::size_t limit) {
    std::vector<std::string> words;
    std::istringstream in(fold(text));
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<core::Product> found;
    if (words.empty()) return found;
    for (auto& p : m_state->store.catalogue().products()) {
        const std::string name = fold(p.name);
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return name.find(w) != std::string::npos; }))
            found.push_back(std::move(p));
        if (found.size() >= limit) break;
    }
    return found;
}

OverrideResult TillService::override_last_refusal(const std::string& manager_login, const std::string& pin,
                                                  const std::string& reason) {
    State& s = *m_state;
    if (s.pending.kind == PendingRefusal::Kind::None) return {false, core::tr("Aucun refus à forcer")};
    const auto attempt = attempt_login(s.store, s.clock, manager_login, pin, LoginPlace::ManagerCode);
    const auto& manager = attempt.user;
    if (!manager) return {false, attempt.refusal};
    if (!granted(s.store, *manager, Capability::OverrideAtTill)) return {false, core::tr("Seul un responsable peut forcer un refus")};
    if (reason.find_first_not_of(" \t") == std::string::npos) return {false, core::tr("Indiquez la raison du forçage")};
    const PendingRefusal pending = std::exchange(s.pending, PendingRefusal{});
    s.overrides.emplace_back(manager->login, reason);
    if (pending.kind == PendingRefusal::Kind::Card) {
        start_basket(s, *pending.card);
        s.card_overridden = true;
        s.card_override = CardOverride{manager->display_name, reason};
        // Amber, like the banner: the household shops, but past a refusal.
        s.say(MessageLevel::Warning, core::tr("Carte acceptée par dérogation, accordée par {0} : {1} ; taux du foyer appliqué : {2}",
                                              manager->display_name, reason, core::format_percent(pending.card->result.rate)));
        return {true, s.last.text};
    }
    ScanOutcome outcome = add_line(s, pending.product_id, pending.quantity, true);
    if (outcome.accepted)
        s.say(MessageLevel::Warning, core::tr("{0} — dérogation accordée par {1} : limite levée, prix inchangé",
                                              outcome.message.text, manager->display_name));
    return {outcome.accepted, s.last.text};
}

} // namespace cabas::services::till
