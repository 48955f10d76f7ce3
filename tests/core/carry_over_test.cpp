// The carry-over rule, table-driven: off, on with rights the month before (nothing used, part
// used, all used, more than the month used after an override), on without rights.
#include "core/carry_over.hpp"

#include <catch2/catch.hpp>

using namespace cabas::core;

TEST_CASE("unused credit of the previous month is carried only when the barème says so and rights were open",
          "[core][credit][carry_over]") {
    struct Case {
        bool option;
        bool had_rights;
        long used_cents;
        long carried_cents;
    };
    // Single parent and a child under 14: 1,3 UC, 115 € a month.
    const Case cases[] = {
        {false, true, 0, 0},        {true, true, 0, 11500},   {true, true, 2000, 9500},
        {true, true, 11500, 0},     {true, true, 13000, 0},   {true, false, 0, 0},
        {true, false, 2000, 0},
    };
    for (const auto& c : cases) {
        INFO("option " << c.option << ", rights " << c.had_rights << ", used " << c.used_cents);
        CreditRules rules;
        rules.carry_over = c.option;
        CHECK(carried_over(rules, 13, {c.had_rights, Money::from_cents(c.used_cents)}) == Money::from_cents(c.carried_cents));
    }
}
