// Seeding of the shared sales database and the after-crash checker.
#include "sales_world.hpp"

#include "core/credit.hpp"
#include "core/household.hpp"
#include "services/bareme_service.hpp"
#include "services/card_check_service.hpp"
#include "services/clock.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/till/journal.hpp"
#include "storage/postgres_store.hpp"
#include "storage/sqlite_repositories.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cabas::testing {

namespace {

/// Visits and credit limits out of the way: the tests measure storage, not the rules.
void allow_unlimited_shopping(storage::Store& store, core::Date today) {
    core::Bareme b = services::bareme_in_force(store, today);
    b.effective_from = today.plus_days(-1);
    b.credit.visits_per_week = 1000;
    b.credit.visits_per_month = 1000;
    b.credit.per_uc_month = core::Money::from_euros(1'000'000);
    b.credit.monthly_cap = core::Money::from_euros(1'000'000);
    b.credit.weekly_cap_enabled = false;
    services::add_bareme(store, b);
}

/// Credit the writers exhaust: 25 € per UC, at most 60 € a month, a weekly cap (a quarter).
void make_credit_scarce(storage::Store& store, core::Date today) {
    core::Bareme b = services::bareme_in_force(store, today);
    b.effective_from = today.plus_days(-1);
    b.credit.visits_per_week = 1000;
    b.credit.visits_per_month = 1000;
    b.credit.per_uc_month = core::Money::from_euros(25);
    b.credit.monthly_cap = core::Money::from_euros(60);
    b.credit.weekly_cap_enabled = true;
    services::add_bareme(store, b);
}

/// What is left to `code` now, from the stored sales, as the till works it out.
core::CreditLeft left_of(storage::Store& store, const services::CardCheckAnswer& answer, core::Date today) {
    const core::Bareme b = services::bareme_in_force(store, today);
    const auto file = store.households().get(*answer.household_id);
    const int uc = core::consumption_units_tenths(file->composition.members, today);
    core::CreditUsage usage = store.usage().credit_usage(answer.household_code, today);
    const core::Money carried = answer.result.month_credit - core::monthly_credit(b.credit, uc);
    usage.carried_over = carried.is_negative() ? core::Money{} : carried;
    return core::credit_left(b.credit, uc, usage);
}

long long count_of(storage::Store& store, const std::string& sql) {
    if (auto* pg = dynamic_cast<storage::PgStore*>(&store)) return pg->database().query_int(sql);
    return dynamic_cast<storage::SqliteStore&>(store).database().query_int(sql);
}

const services::LoggedUser kVolunteer{0, "crash-test", "Crash test", core::Role::Volunteer};

void write_lines(const std::string& path, const std::vector<std::string>& lines) {
    std::ofstream out(path);
    for (const auto& l : lines) out << l << "\n";
}

} // namespace

SalesWorld::SalesWorld(Credit credit, std::size_t households) {
    auto store = storage::open_store(db(), storage::PinHashCost::minimum());
    const services::SystemClock clock;
    const core::Date today = clock.today();
    services::demo::seed_demo(*store, today, 11);
    if (credit == Credit::Unlimited) allow_unlimited_shopping(*store, today);
    else make_credit_scarce(*store, today);

    // Green cards, those with the most credit left first (week, then month).
    std::vector<std::pair<core::Money, services::CardCheckAnswer>> green;
    std::vector<std::string> numbers;
    for (const auto& h : store->households().list()) {
        const auto card = store->cards().active_card_of(h.id);
        if (!card) continue;
        auto answer = services::check_card(*store, kVolunteer, card->number, today);
        if (!answer.result.green()) continue;
        const core::CreditLeft left = left_of(*store, answer, today);
        green.emplace_back(std::min(left.month_left, left.week_left.value_or(left.month_left)), answer);
        numbers.push_back(card->number);
    }
    std::vector<std::size_t> order(green.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return green[a].first > green[b].first; });
    if (households > 0 && order.size() > households) order.resize(households);
    std::vector<std::string> cards, barcodes;
    for (std::size_t i : order) {
        cards.push_back(numbers[i]);
        m_households.push_back(green[i].second.household_code);
    }
    for (const auto& p : store->catalogue().products())
        if (p.unit == core::SaleUnit::Piece && !p.barcodes.empty()) barcodes.push_back(p.barcodes.front());
    if (cards.size() < std::min<std::size_t>(households > 0 ? households : 10, 10) || barcodes.size() < 10)
        throw std::runtime_error("démo trop petite pour vendre");
    write_lines(path("cards.txt"), cards);
    write_lines(path("barcodes.txt"), barcodes);
}

SalesWorld::~SalesWorld() = default;

std::vector<std::string> SalesWorld::writer(const std::string& till_id, unsigned seed, int seconds) const {
    std::vector<std::string> argv{CABAS_SALE_WRITER_PATH, db(), till_id, path("cards.txt"), path("barcodes.txt"),
                                  std::to_string(seed)};
    if (seconds > 0) argv.push_back(std::to_string(seconds));
    return argv;
}

std::vector<std::string> SalesWorld::problems(const std::vector<AcknowledgedSale>& acknowledged) const {
    std::vector<std::string> found;
    auto store = storage::open_store(db(), storage::OpenMode::ExistingOnly);
    for (const auto& p : store->integrity_check(storage::IntegrityLevel::Full)) found.push_back("intégrité : " + p);
    const auto journal = services::till::verify_journal(*store);
    if (!journal.ok)
        found.push_back("journal rompu au n° " + std::to_string(journal.first_broken_sequence) + " : " + journal.reason);
    const auto count = [&](const std::string& sql) { return count_of(*store, sql); };
    for (const auto& a : acknowledged) {
        const std::string id = std::to_string(a.sale_id);
        const std::string where = "vente " + id + " (" + a.till_id + " n° " + std::to_string(a.sequence) + ")";
        if (count("SELECT COUNT(*) FROM sales WHERE id = " + id + " AND total_paid_cents = " +
                         std::to_string(a.total_paid_cents)) != 1)
            found.push_back(where + " : absente ou montant différent");
        if (count("SELECT COUNT(*) FROM sale_lines WHERE sale_id = " + id) != static_cast<long long>(a.lines))
            found.push_back(where + " : lignes manquantes");
        if (count("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE sale_id = " + id) !=
            a.total_paid_cents)
            found.push_back(where + " : paiements incomplets");
        if (!services::till::find_record(*store, "sale", a.till_id, a.sequence))
            found.push_back(where + " : pas d'enregistrement au journal");
    }
    return found;
}

std::vector<std::string> SalesWorld::overspent() const {
    auto store = storage::open_store(db(), storage::OpenMode::ExistingOnly);
    const core::Date today = services::SystemClock().today();
    std::vector<std::string> found;
    for (const auto& h : store->households().list()) {
        const auto file = store->households().get(h.id);
        if (!file || std::find(m_households.begin(), m_households.end(), file->sales_code) == m_households.end()) continue;
        const auto card = store->cards().active_card_of(h.id);
        const auto answer = services::check_card(*store, kVolunteer, card->number, today);
        const core::CreditLeft left = left_of(*store, answer, today);
        if (left.month_left.is_negative()) found.push_back(file->sales_code + " : mois dépassé de " + core::format_euros(-left.month_left));
        if (left.week_left && left.week_left->is_negative())
            found.push_back(file->sales_code + " : semaine dépassée de " + core::format_euros(-*left.week_left));
    }
    return found;
}

bool parse_ack(const std::string& line, const std::string& till_id, AcknowledgedSale& out) {
    std::istringstream in(line);
    std::string word;
    if (!(in >> word) || word != "ACK") return false;
    out.till_id = till_id;
    return static_cast<bool>(in >> out.sale_id >> out.sequence >> out.lines >> out.total_paid_cents);
}

} // namespace cabas::testing
