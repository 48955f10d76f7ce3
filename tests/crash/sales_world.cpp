// Seeding of the shared sales database and the after-crash checker.
#include "sales_world.hpp"

#include "services/bareme_service.hpp"
#include "services/card_check_service.hpp"
#include "services/clock.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/till/journal.hpp"
#include "storage/sqlite_repositories.hpp"

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

void write_lines(const std::string& path, const std::vector<std::string>& lines) {
    std::ofstream out(path);
    for (const auto& l : lines) out << l << "\n";
}

} // namespace

SalesWorld::SalesWorld() {
    std::string pattern = (std::filesystem::temp_directory_path() / "cabas-crash-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    m_dir = pattern;
    m_db = m_dir + "/cabas.db";
    storage::StoreOptions options;
    options.pin_cost = storage::PinHashCost::minimum();
    auto store = storage::open_sqlite_store(m_db, options);
    const services::SystemClock clock;
    const core::Date today = clock.today();
    services::demo::seed_demo(*store, today, 11);
    allow_unlimited_shopping(*store, today);

    const services::LoggedUser volunteer{0, "crash-test", "Crash test", core::Role::Volunteer};
    std::vector<std::string> cards, barcodes;
    for (const auto& h : store->households().list()) {
        const auto card = store->cards().active_card_of(h.id);
        if (card && services::check_card(*store, volunteer, card->number, today).result.green()) cards.push_back(card->number);
    }
    for (const auto& p : store->catalogue().products())
        if (p.unit == core::SaleUnit::Piece && !p.barcodes.empty()) barcodes.push_back(p.barcodes.front());
    if (cards.size() < 10 || barcodes.size() < 10) throw std::runtime_error("démo trop petite pour vendre");
    write_lines(path("cards.txt"), cards);
    write_lines(path("barcodes.txt"), barcodes);
}

SalesWorld::~SalesWorld() {
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

std::vector<std::string> SalesWorld::writer(const std::string& till_id, unsigned seed, int seconds) const {
    std::vector<std::string> argv{CABAS_SALE_WRITER_PATH, m_db, till_id, path("cards.txt"), path("barcodes.txt"),
                                  std::to_string(seed)};
    if (seconds > 0) argv.push_back(std::to_string(seconds));
    return argv;
}

std::vector<std::string> SalesWorld::problems(const std::vector<AcknowledgedSale>& acknowledged) const {
    std::vector<std::string> found;
    auto store = storage::open_sqlite_store(m_db, storage::OpenMode::ExistingOnly);
    for (const auto& p : store->integrity_check(storage::IntegrityLevel::Full)) found.push_back("intégrité : " + p);
    const auto journal = services::till::verify_journal(*store);
    if (!journal.ok)
        found.push_back("journal rompu au n° " + std::to_string(journal.first_broken_sequence) + " : " + journal.reason);
    auto& db = dynamic_cast<storage::SqliteStore&>(*store).database();
    for (const auto& a : acknowledged) {
        const std::string id = std::to_string(a.sale_id);
        const std::string where = "vente " + id + " (" + a.till_id + " n° " + std::to_string(a.sequence) + ")";
        if (db.query_int("SELECT COUNT(*) FROM sales WHERE id = " + id + " AND total_paid_cents = " +
                         std::to_string(a.total_paid_cents)) != 1)
            found.push_back(where + " : absente ou montant différent");
        if (db.query_int("SELECT COUNT(*) FROM sale_lines WHERE sale_id = " + id) != static_cast<long long>(a.lines))
            found.push_back(where + " : lignes manquantes");
        if (db.query_int("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE sale_id = " + id) !=
            a.total_paid_cents)
            found.push_back(where + " : paiements incomplets");
        if (!services::till::find_record(*store, "sale", a.till_id, a.sequence))
            found.push_back(where + " : pas d'enregistrement au journal");
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
