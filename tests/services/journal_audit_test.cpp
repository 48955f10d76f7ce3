// The full audit (journal_audit.hpp) on both engines: sales, a correction and a closure made at
// the till with a seal attached are each found in the journal, the closure signed by the seal's
// key, the anchor at the head. Then the seal's files are taken away or changed, as a thief or a
// careless copy would, and the audit says what it can no longer vouch for.
#include "till_fixtures.hpp"

#include "services/till/journal_audit.hpp"
#include "services/till/journal_seal.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cabas;
using namespace cabas::services::till;
using services::testing::TillWorld;

namespace {

/// Attaches a seal in a folder of the test's own for its lifetime.
struct ScopedSeal {
    SealFiles files;
    explicit ScopedSeal(const std::string& folder) : files{folder + "/test.cle", folder + "/test.ancre"} { attach_seal(files); }
    ~ScopedSeal() { attach_seal(std::nullopt); }
};

std::string folder_of(TillWorld& w) {
    const auto dir = std::filesystem::temp_directory_path() / ("cabas-seal-" + std::to_string(reinterpret_cast<std::uintptr_t>(&w)));
    std::filesystem::create_directories(dir);
    return dir.string();
}

/// A sale, its correction, and the session closed.
reports::ZReportModel trade(TillWorld& w) {
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    auto first = till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(1)}}, "a1");
    REQUIRE(first.recorded);
    REQUIRE(till.correct_sale(first.sale_id, "paul", "2222", "erreur").recorded);
    return till.close_session(core::Money::from_euros(50));
}

} // namespace

TEST_CASE("the audit finds every sale and session in a sealed journal, the closure signed here", "[journal][audit]") {
    TillWorld w;
    const std::string folder = folder_of(w);
    ScopedSeal seal(folder);
    const auto z = trade(w);

    const JournalAudit audit = audit_journal(*w.store, seal.files);
    INFO((audit.problems.empty() ? std::string() : audit.problems.front()));
    CHECK(audit.ok());
    CHECK(audit.chain.records_checked == 3);
    CHECK(audit.sales_checked == 2);
    CHECK(audit.sessions_checked == 1);
    CHECK(audit.signatures_checked == 1);
    CHECK(audit.signed_by_this_key == 1);
    CHECK(audit.notes.empty());

    const auto head = w.store->journal().head();
    const auto anchor = read_anchor(seal.files.anchor_path);
    REQUIRE(anchor);
    CHECK(anchor->sequence == head->sequence);
    CHECK(anchor->hash == head->hash);
    namespace fs = std::filesystem;
    CHECK(fs::status(seal.files.key_path).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(fs::status(seal.files.anchor_path).permissions() == (fs::perms::owner_read | fs::perms::owner_write));

    const auto signatures = w.store->journal().signatures();
    REQUIRE(signatures.size() == 1);
    CHECK(signatures[0].sequence == head->sequence);
    CHECK(signature_valid(signatures[0].public_key, head->hash, signatures[0].signature));
    CHECK_FALSE(signature_valid(signatures[0].public_key, head->previous_hash, signatures[0].signature));
    // The Z ticket names the key that signed it, as four groups of four hex digits.
    CHECK(z.key_fingerprint == key_fingerprint(signatures[0].public_key));
    CHECK(z.key_fingerprint.size() == 19);
    CHECK(z.key_fingerprint.substr(0, 4) == key_fingerprint(signatures[0].public_key).substr(0, 4));
    CHECK(std::toupper(static_cast<unsigned char>(signatures[0].public_key[0])) == z.key_fingerprint[0]);
    fs::remove_all(folder);
}

TEST_CASE("an anchor ahead of the journal, or naming another record, is a deletion at the end", "[journal][audit]") {
    TillWorld w;
    const std::string folder = folder_of(w);
    ScopedSeal seal(folder);
    trade(w);
    const auto head = *w.store->journal().head();

    write_anchor(seal.files.anchor_path, {head.sequence + 2, head.hash});
    auto audit = audit_journal(*w.store, seal.files);
    REQUIRE(audit.problems.size() == 1);
    CHECK(audit.problems[0] == "fin du journal : ce poste a écrit jusqu'à l'enregistrement n° 5, la base s'arrête au n° 3 "
                               "(enregistrements supprimés en fin de journal)");

    write_anchor(seal.files.anchor_path, {2, head.hash});
    audit = audit_journal(*w.store, seal.files);
    REQUIRE(audit.problems.size() == 1);
    CHECK(audit.problems[0].rfind("enregistrement n° 2 : ce n'est plus celui que ce poste a écrit", 0) == 0);

    std::filesystem::remove(seal.files.anchor_path);
    audit = audit_journal(*w.store, seal.files);
    CHECK(audit.ok());
    REQUIRE(audit.notes.size() == 1);
    CHECK(audit.notes[0].find("pas d'ancre sur ce poste") != std::string::npos);

    std::ofstream(seal.files.anchor_path) << "n'importe quoi\n";
    audit = audit_journal(*w.store, seal.files);
    REQUIRE(audit.problems.size() == 1);
    CHECK(audit.problems[0].find("test.ancre:1") != std::string::npos);
    std::filesystem::remove_all(folder);
}

TEST_CASE("closures written without a seal are reported unsigned; another key is counted apart", "[journal][audit]") {
    TillWorld w;
    trade(w);  // no seal attached: the closure is not signed
    const JournalAudit audit = audit_journal(*w.store, std::nullopt);
    REQUIRE(audit.problems.size() == 1);
    CHECK(audit.problems[0] == "clôture n° 3 : non signée");

    TillWorld other;
    const std::string folder = folder_of(other);
    {
        ScopedSeal seal(folder);
        trade(other);
    }
    // Verified on a computer with a key of its own: valid, but not signed by this computer's key.
    const SealFiles elsewhere{folder + "/autre.cle", folder + "/autre.ancre"};
    JournalKey::load_or_create(elsewhere.key_path);
    const JournalAudit there = audit_journal(*other.store, elsewhere);
    CHECK(there.ok());
    CHECK(there.signatures_checked == 1);
    CHECK(there.signed_by_this_key == 0);
    std::filesystem::remove_all(folder);
}

TEST_CASE("a key file that is not one is refused naming the file and line", "[journal][audit]") {
    const auto dir = std::filesystem::temp_directory_path() / "cabas-key-test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "faux.cle").string();
    std::ofstream(path) << "cabas-cle-journal 1\nzz\n";
    CHECK_THROWS_WITH(JournalKey::load(path), path + ":2: clé secrète illisible (128 chiffres hexadécimaux attendus)");
    std::ofstream(path) << "autre chose\n";
    CHECK_THROWS_WITH(JournalKey::load(path), Catch::Contains(path + ":1: ce n'est pas une clé de journal Cabas"));
    CHECK_FALSE(JournalKey::load((dir / "absente.cle").string()));
    std::filesystem::remove_all(dir);
}
