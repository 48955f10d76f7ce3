// The tamper-evident journal: records chain by SHA-256 over a canonical text, and verification
// names the first record that was altered, removed or reordered.
#include "till_fixtures.hpp"

#include "services/till/journal.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services::till;
using services::testing::TillWorld;

namespace {

JournalEntry sale_entry(std::int64_t number) {
    JournalEntry e;
    e.kind = "sale";
    e.occurred_at = "2026-11-23T14:0" + std::to_string(number) + ":00Z";
    e.till_id = "caisse-1";
    e.number = number;
    e.household_code = "H" + std::to_string(number);
    e.total_value = core::Money::from_cents(500);
    e.total_paid = core::Money::from_cents(50);
    e.lines = {{0, 7, 3, 2, core::Money::from_cents(500), core::Rate::percent(10), core::Money::from_cents(50), true}};
    e.payments = {{core::PaymentMethod::Cash, core::Money::from_cents(50)}};
    return e;
}

std::vector<storage::JournalRecord> chain(int n) {
    std::vector<storage::JournalRecord> records;
    std::optional<storage::JournalRecord> previous;
    for (int i = 1; i <= n; ++i) {
        records.push_back(make_record(previous, sale_entry(i)));
        previous = records.back();
    }
    return records;
}

} // namespace

TEST_CASE("the canonical text is fixed-order and the hash covers the previous hash", "[journal]") {
    auto records = chain(2);
    CHECK(records[0].previous_hash == std::string(kGenesisHash));
    CHECK(records[0].payload ==
          "1|sale|2026-11-23T14:01:00Z|caisse-1|1|H1|500|50|7:3:2:500:1000:50:1|cash:50||||" + std::string(kGenesisHash));
    CHECK(records[0].hash == sha256_hex(records[0].payload));
    CHECK(records[1].previous_hash == records[0].hash);
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(short_hash(records[1].hash) == records[1].hash.substr(0, 8));
}

TEST_CASE("a record written before schema 10 (no extra field, short lines) still verifies", "[journal]") {
    storage::JournalRecord legacy;
    legacy.sequence = 1;
    legacy.kind = "sale";
    legacy.occurred_at = "2026-11-23T14:01:00Z";
    legacy.previous_hash = std::string(kGenesisHash);
    legacy.payload = "1|sale|2026-11-23T14:01:00Z|caisse-1|1|H1|500|50|7:2:500:50|cash:50|||" + std::string(kGenesisHash);
    legacy.hash = sha256_hex(legacy.payload);
    CHECK(verify_records({legacy}).ok);
    CHECK(payload_fields(legacy)->legacy);
    CHECK(payload_fields(legacy)->extra().empty());
    legacy.payload += "|";  // neither 13 nor 14 fields
    legacy.hash = sha256_hex(legacy.payload);
    CHECK_FALSE(verify_records({legacy}).ok);
}

TEST_CASE("an intact chain verifies", "[journal]") {
    auto result = verify_records(chain(5));
    CHECK(result.ok);
    CHECK(result.records_checked == 5);
}

TEST_CASE("verification names the first tampered, removed or re-hashed record", "[journal]") {
    auto records = chain(5);
    auto tampered = records;
    tampered[2].payload.replace(tampered[2].payload.find("|500|"), 5, "|900|");
    auto r = verify_records(tampered);
    CHECK_FALSE(r.ok);
    CHECK(r.first_broken_sequence == 3);
    CHECK(r.records_checked == 2);

    auto removed = records;
    removed.erase(removed.begin() + 1);
    CHECK(verify_records(removed).first_broken_sequence == 2);  // the missing one

    // Re-hashing the altered record is not enough: the next record still names the old hash.
    auto rehashed = tampered;
    rehashed[2].hash = sha256_hex(rehashed[2].payload);
    CHECK(verify_records(rehashed).first_broken_sequence == 4);
}

TEST_CASE("sales, corrections and closures at the till form one verified chain in the database", "[journal]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    auto sale = till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(1)}}, "j1");
    REQUIRE(sale.recorded);
    REQUIRE(till.correct_sale(sale.sale_id, "paul", "2222", "erreur").recorded);
    till.close_session(core::Money::from_euros(50));
    auto result = verify_journal(*w.store);
    CHECK(result.ok);
    CHECK(result.records_checked == 3);
    auto records = w.store->journal().range(1, 10);
    CHECK(records[0].kind == "sale");
    CHECK(records[1].kind == "correction");
    CHECK(records[2].kind == "closure");
    CHECK(find_record(*w.store, "sale", "caisse-1", sale.sequence)->sequence == 1);
}

TEST_CASE("closures carry the perpetual grand total and a wrong one is detected", "[journal]") {
    auto closure = [](core::Money paid, core::Money grand) {
        JournalEntry e;
        e.kind = "closure";
        e.occurred_at = "2026-11-23T18:00:00Z";
        e.till_id = "caisse-1";
        e.number = 1;
        e.total_paid = paid;
        e.grand_total = grand;
        return e;
    };
    std::vector<storage::JournalRecord> records = chain(2);
    records.push_back(make_record(records.back(), closure(core::Money::from_cents(100), core::Money::from_cents(100))));
    records.push_back(make_record(records.back(), closure(core::Money::from_cents(250), core::Money::from_cents(350))));
    CHECK(grand_total_of(records.back()) == core::Money::from_cents(350));
    CHECK(grand_total_of(records.front()).is_zero());
    CHECK(verify_records(records).ok);

    // A closure whose grand total forgets the one before: the hashes are right, the totals not.
    std::vector<storage::JournalRecord> forged = chain(2);
    forged.push_back(make_record(forged.back(), closure(core::Money::from_cents(100), core::Money::from_cents(100))));
    forged.push_back(make_record(forged.back(), closure(core::Money::from_cents(250), core::Money::from_cents(250))));
    auto result = verify_records(forged);
    CHECK_FALSE(result.ok);
    CHECK(result.first_broken_sequence == 4);
    CHECK(result.reason.find("grand total") != std::string::npos);
}

TEST_CASE("the first closure of a month writes the monthly closure of the month before", "[journal][monthly]") {
    TillWorld w;
    auto close_on = [&](core::Date day, core::Money paid_in_cash) {
        services::FixedClock clock(day);
        TillService t(*w.store, clock, "caisse-1", w.marie);
        if (!t.current_session()) t.open_session(core::Money::from_euros(50));
        t.scan(w.card);
        t.scan(w.barcode.at("riz"));
        REQUIRE(t.validate({{core::PaymentMethod::Cash, paid_in_cash}}, "m-" + day.iso()).recorded);
        return t.close_session(core::Money::from_euros(50) + paid_in_cash);
    };
    // Two evenings in November, one in December, a week apart (the riz line is 2 € at 10 %:
    // 0,20 € to pay).
    CHECK(close_on(core::Date::from_ymd(2026, 11, 17), core::Money::from_cents(20)).months_closed == 0);
    CHECK(close_on(core::Date::from_ymd(2026, 11, 24), core::Money::from_cents(20)).months_closed == 0);
    const auto december = close_on(core::Date::from_ymd(2026, 12, 1), core::Money::from_cents(20));
    CHECK(december.months_closed == 1);

    const auto monthly = last_record_of_kind(*w.store, "monthly_closure");
    REQUIRE(monthly);
    // sequence|kind|at|till|YYYYMM|household|value|paid|lines|payments|corrects|grand total|previous
    CHECK(monthly->payload.find("|monthly_closure|2026-12-01T12:00:00Z||202611||400|40||cash:40||40|") !=
          std::string::npos);
    // The December closure comes after it, so the Z report's hash is still the chain head.
    CHECK(w.store->journal().head()->kind == "closure");
    CHECK(w.store->journal().head()->sequence == monthly->sequence + 1);
    CHECK(verify_journal(*w.store).ok);
    // A second December evening writes nothing more for November.
    CHECK(close_on(core::Date::from_ymd(2026, 12, 8), core::Money::from_cents(20)).months_closed == 0);
}

TEST_CASE("a monthly closure that does not restate its month, or closes it twice, is detected", "[journal][monthly]") {
    auto closure = [](const std::string& at, core::Money paid, core::Money grand) {
        JournalEntry e;
        e.kind = "closure";
        e.occurred_at = at;
        e.till_id = "caisse-1";
        e.number = 1;
        e.total_value = core::Money::from_cents(paid.cents() * 10);
        e.total_paid = paid;
        e.payments = {{core::PaymentMethod::Cash, paid}};
        e.grand_total = grand;
        return e;
    };
    auto monthly = [](std::int64_t yyyymm, core::Money value, core::Money paid, core::Money grand) {
        JournalEntry e;
        e.kind = "monthly_closure";
        e.occurred_at = "2026-12-01T18:00:00Z";
        e.number = yyyymm;
        e.total_value = value;
        e.total_paid = paid;
        e.payments = {{core::PaymentMethod::Cash, paid}};
        e.grand_total = grand;
        return e;
    };
    const auto c = [](std::int64_t cents) { return core::Money::from_cents(cents); };
    auto base = [&] {
        std::vector<storage::JournalRecord> r = chain(1);
        r.push_back(make_record(r.back(), closure("2026-11-20T18:00:00Z", c(100), c(100))));
        r.push_back(make_record(r.back(), closure("2026-11-27T18:00:00Z", c(50), c(150))));
        return r;
    };
    auto good = base();
    good.push_back(make_record(good.back(), monthly(202611, c(1500), c(150), c(150))));
    CHECK(verify_records(good).ok);

    // Hashes right, month's paid total not: it forgets the second evening.
    auto short_total = base();
    short_total.push_back(make_record(short_total.back(), monthly(202611, c(1500), c(100), c(150))));
    auto result = verify_records(short_total);
    CHECK_FALSE(result.ok);
    CHECK(result.first_broken_sequence == 4);
    CHECK(result.reason.find("clôture mensuelle de 2026-11") != std::string::npos);

    auto twice = good;
    twice.push_back(make_record(twice.back(), monthly(202611, c(1500), c(150), c(150))));
    result = verify_records(twice);
    CHECK_FALSE(result.ok);
    CHECK(result.first_broken_sequence == 5);
    CHECK(result.reason.find("clos deux fois") != std::string::npos);
}
