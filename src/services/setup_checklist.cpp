// The admin's first steps (see setup_checklist.hpp).
#include "services/setup_checklist.hpp"

#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services {

namespace {

bool has_team(storage::Store& store) {
    const auto users = store.users().list();
    return std::count_if(users.begin(), users.end(), [](const auto& user) { return user.active; }) >= 2;
}

bool has_printed_card(storage::Store& store) {
    storage::AccessLogFilter filter;
    filter.action = "card_print";
    filter.limit = 1;
    return !store.access_log().list(filter).empty();
}

} // namespace

std::vector<SetupItem> setup_checklist(storage::Store& store, const LoggedUser& by) {
    require(store, by, Capability::ManageAccounts);
    return {
        {SetupStep::TeamAccounts, has_team(store)},
        {SetupStep::Households, store.households().count() > 0},
        {SetupStep::Products, store.catalogue().product_count() > 0},
        {SetupStep::FirstDelivery, !store.stock().all_lots(true).empty()},
        {SetupStep::Cards, has_printed_card(store)},
    };
}

bool setup_complete(const std::vector<SetupItem>& items) {
    return std::all_of(items.begin(), items.end(), [](const SetupItem& item) { return item.done; });
}

} // namespace cabas::services
