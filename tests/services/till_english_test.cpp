// The till service in English: the card check's answers, a limit refusal with its figures,
// payment method names and a recorded sale, and the same sentences in French once the scope ends.
#include "english_scope.hpp"
#include "till_fixtures.hpp"

#include "services/card_check_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using services::testing::SpeakEnglish;
using services::testing::TillWorld;

namespace {

CardCheckAnswer refused(core::CardRefusal refusal, std::optional<core::Date> on = std::nullopt) {
    CardCheckAnswer a;
    a.result.refusal = refusal;
    a.result.reason_date = on;
    return a;
}

} // namespace

TEST_CASE("the card check's refusals and green answer are said in English", "[till][english]") {
    const core::Date day = core::Date::from_ymd(2026, 11, 30);
    struct Row { CardCheckAnswer answer; const char* english; const char* french; };
    CardCheckAnswer misread;
    misread.misread = true;
    CardCheckAnswer green;
    green.result.refusal = core::CardRefusal::None;
    green.result.display_name = "Fatou";
    green.result.valid_until = core::Date::from_ymd(2027, 1, 31);
    const std::vector<Row> rows = {
        {refused(core::CardRefusal::Expired, day), "Rights expired (since 01/12/2026)", "Droits expirés (depuis le 01/12/2026)"},
        {refused(core::CardRefusal::NotYetValid, day), "Rights not open yet (from 30/11/2026)",
         "Droits pas encore ouverts (à partir du 30/11/2026)"},
        {refused(core::CardRefusal::WaitingPeriod, day), "Waiting period (until 30/11/2026)",
         "Période de carence (jusqu'au 30/11/2026)"},
        {refused(core::CardRefusal::Unknown), "Unknown card", "Carte inconnue"},
        {misread, "Card misread (wrong check digit): scan it again",
         "Carte mal lue (chiffre de contrôle faux) : scannez-la à nouveau"},
        {green, "Valid card — Fatou — valid until 31/01/2027", "Carte valide — Fatou — valable jusqu'au 31/01/2027"},
    };
    for (const Row& row : rows)
        services::testing::check_both_languages([&] { return describe_card_answer(row.answer); }, row.english, row.french);
}

TEST_CASE("a per-visit limit refusal gives its figures in English", "[till][english]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.scan(w.barcode.at("cafe")).accepted);
    {
        SpeakEnglish english;
        const auto second = till.scan(w.barcode.at("cafe"));
        CHECK_FALSE(second.accepted);
        CHECK(second.message.text == "Per-visit limit reached for this product: 1 at most, 1 already, 0 more allowed (cafe)");
        CHECK(till.scan("3760999999999").message.text == "Unknown code: 3760999999999");
    }
    CHECK(till.scan(w.barcode.at("cafe")).message.text ==
          "Limite par passage atteinte pour ce produit : 1 au plus, déjà 1, encore 0 (cafe)");
}

TEST_CASE("payment methods and a recorded sale are named in English", "[till][english]") {
    {
        SpeakEnglish english;
        CHECK(till::label_of(core::PaymentMethod::Cash) == "Cash");
        CHECK(till::label_of(core::PaymentMethod::Card) == "Bank card");
        CHECK(till::label_of(core::PaymentMethod::Cheque) == "Cheque");
        CHECK(till::label_of(core::PaymentMethod::Free) == "Free");
    }
    CHECK(till::label_of(core::PaymentMethod::Cash) == "Espèces");
    CHECK(till::label_of(core::PaymentMethod::Cheque) == "Chèque");

    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.scan(w.barcode.at("riz")).accepted);
    SpeakEnglish english;
    const auto sale = till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(5)}}, "english-1");
    REQUIRE(sale.recorded);
    CHECK(sale.message.rfind("Sale no. " + std::to_string(sale.sequence) + " recorded — change ", 0) == 0);
    const auto no_card = till.validate({}, "english-2");
    CHECK(no_card.message == "Sale NOT recorded: no valid household card");
}
