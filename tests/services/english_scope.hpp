// For the English tests of the services: the process speaks English for one test and French
// again afterwards, whatever happens (the tests run in one process, and ~1000 of them read French).
#pragma once

#include "core/messages.hpp"

namespace cabas::services::testing {

struct SpeakEnglish {
    SpeakEnglish() { core::set_language(core::Language::English); }
    ~SpeakEnglish() { core::set_language(core::Language::French); }
    SpeakEnglish(const SpeakEnglish&) = delete;
    SpeakEnglish& operator=(const SpeakEnglish&) = delete;
};

} // namespace cabas::services::testing
