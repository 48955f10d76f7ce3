// What a new épicerie still has to do after the first run, as the admin's home shows it: each
// item is worked out from the data itself (never ticked by hand), so it ticks itself the day
// the thing is done, whoever did it, from the till or from cabas-cli.
#pragma once

#include "services/access_control.hpp"

#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

enum class SetupStep { TeamAccounts, Households, Products, FirstDelivery, Cards };

struct SetupItem {
    SetupStep step;
    bool done = false;
};

/// The five steps in the order an épicerie meets them; ManageAccounts (admin) only, since it
/// counts accounts. Team accounts are done with a second active account; households with one
/// file; products with one product; the first delivery with one lot received; cards with one
/// card printed (the access log's card_print).
std::vector<SetupItem> setup_checklist(storage::Store&, const LoggedUser& by);

/// True when every item is done (the home stops showing the list).
bool setup_complete(const std::vector<SetupItem>&);

} // namespace cabas::services
