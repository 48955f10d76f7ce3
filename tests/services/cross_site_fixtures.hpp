// Two épiceries of one CCAS for the duplicate-check tests: two site schemas of a CCAS database
// on the test server, each inscribed in the register with its link to it, sharing a key of the
// test's own (tests sharing the server's register never match each other's people).
#pragma once

#include "household_fixtures.hpp"

#include "services/households/cross_site_check.hpp"
#include "storage/ccas_register.hpp"
#include "storage/store.hpp"
#include "support/test_ccas_database.hpp"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

namespace cabas::services::testing {

using households::CcasKey;
using households::CrossSiteLink;
using households::HouseholdService;

/// A key of this test's own, so that the tests sharing the server's register never match.
inline CcasKey random_key() {
    REQUIRE(sodium_init() >= 0);
    std::string bytes(crypto_auth_hmacsha256_KEYBYTES, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    return CcasKey::from_bytes(bytes);
}

inline std::string code_of(const std::string& schema) {
    std::string code = schema.substr(0, 20);
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    return code;
}

/// One épicerie of the CCAS: its own schema of the CCAS database, registered, and its link to
/// the register.
struct Site {
    std::string location;
    std::unique_ptr<storage::Store> store;
    services::FixedClock clock{kHouseholdDay};
    CountingSerials serials;
    std::string schema;
    std::string code;
    std::unique_ptr<CrossSiteLink> link;

    Site(const test_support::FreshCcasDatabase& ccas, const std::string& schema_name, const char* name, const CcasKey& key)
        : location(ccas.new_site_schema(schema_name)),
          store(storage::open_store(location, storage::PinHashCost::minimum())),
          schema(schema_name),
          code(code_of(schema_name)) {
        services::ensure_default_bareme(*store, core::Date::from_ymd(2026, 1, 1));
        storage::CcasRegister::open(location, true)->add_site({code, name, schema});
        link = std::make_unique<CrossSiteLink>(storage::CcasRegister::open(location, false), key);
    }
    HouseholdService social_worker() {
        HouseholdService s(*store, clock, user_with(core::Role::SocialWorker), serials);
        s.use_cross_site_check(link.get());
        return s;
    }
    int logged(const std::string& action) { return logged_count(*store, action); }
};

/// The centre and north épiceries of one CCAS database, sharing this test's own key.
struct TwoSites {
    CcasKey key = random_key();
    test_support::FreshCcasDatabase ccas;
    Site centre{ccas, "centre", "Épicerie du centre", key};
    Site nord{ccas, "nord", "Épicerie nord", key};
};

} // namespace cabas::services::testing
