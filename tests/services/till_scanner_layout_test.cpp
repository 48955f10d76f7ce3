// A QWERTY-set scanner on an AZERTY PC at the till: the card and the products typed on the
// digit row are read as their digits; a code still unknown says the reader looks misconfigured.
#include "support/test_login.hpp"
#include "till_fixtures.hpp"

#include "services/card_check_service.hpp"
#include "services/stock/product_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using services::till::MessageLevel;
using services::till::ScanKind;

namespace {

/// What a QWERTY-set scanner types for `digits` on a French AZERTY PC.
std::string as_azerty(const std::string& digits) {
    static const char* const row[] = {"à", "&", "é", "\"", "'", "(", "-", "è", "_", "ç"};
    std::string typed;
    for (char d : digits) typed += row[d - '0'];
    return typed;
}

} // namespace

TEST_CASE("a card and a product typed on the AZERTY digit row open a basket and add a line", "[till][scan]") {
    TillWorld w;
    auto till = w.till();
    const auto card = till.scan(as_azerty(w.card));
    CHECK(card.kind == ScanKind::Card);
    CHECK(card.accepted);
    CHECK(card.message.level == MessageLevel::Success);
    const auto rice = till.scan(as_azerty(w.barcode.at("riz")));
    CHECK(rice.kind == ScanKind::Product);
    REQUIRE(rice.accepted);
    REQUIRE(till.lines().size() == 1);
    CHECK(till.lines().front().product_id == w.product.at("riz"));
}

TEST_CASE("an unknown code typed on the AZERTY digit row says the reader looks set for QWERTY", "[till][scan]") {
    TillWorld w;
    auto till = w.till();
    till.scan(w.card);
    const auto unknown = till.scan("&é\"'(-è_");
    CHECK(unknown.kind == ScanKind::UnknownCode);
    CHECK(unknown.message.level == MessageLevel::Refusal);
    CHECK(unknown.message.text.find("QWERTY") != std::string::npos);
    const auto plain = till.scan("12345678");
    CHECK(plain.message.text == "Code inconnu : 12345678");
}

TEST_CASE("the card check and the product search read the AZERTY digit row too", "[scan]") {
    TillWorld w;
    const auto answer = services::check_card(*w.store, w.marie, as_azerty(w.card), services::testing::kTillDay);
    CHECK(answer.result.green());
    CHECK(answer.result.display_name == "Fatou");
    const auto paul = *cabas::testing::log_in_now(*w.store, "paul", "2222");
    const auto found = services::stock::product_by_barcode(*w.store, paul, as_azerty(w.barcode.at("riz")));
    REQUIRE(found);
    CHECK(found->id == w.product.at("riz"));
}
