// For the English tests of the services: the process speaks English for one test and French
// again afterwards, whatever happens (the tests run in one process, and ~1000 of them read French).
#pragma once

#include "core/messages.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace cabas::services::testing {

struct SpeakEnglish {
    SpeakEnglish() { core::set_language(core::Language::English); }
    ~SpeakEnglish() { core::set_language(core::Language::French); }
    SpeakEnglish(const SpeakEnglish&) = delete;
    SpeakEnglish& operator=(const SpeakEnglish&) = delete;
};

/// What `say()` gives is `english` in English, and `french` again once the scope has ended.
template <typename Say>
void check_both_languages(Say&& say, const std::string& english, const std::string& french) {
    {
        SpeakEnglish speaking;
        CHECK(say() == english);
    }
    CHECK(say() == french);
}

} // namespace cabas::services::testing
