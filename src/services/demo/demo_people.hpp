// Names, places and referrers for the demo households. Fictitious, varied, ordinary.
#pragma once

#include <string>
#include <vector>

namespace cabas::services::demo {

const std::vector<std::string>& female_first_names();
const std::vector<std::string>& male_first_names();
const std::vector<std::string>& last_names();
const std::vector<std::string>& neighbourhoods();

struct DemoReferrer {
    const char* organisation;
    const char* social_worker;
    const char* kind;
};
const std::vector<DemoReferrer>& demo_referrers();

} // namespace cabas::services::demo
