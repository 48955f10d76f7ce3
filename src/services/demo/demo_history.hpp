// Three months of till history for the demo épicerie, written through the same TillService as
// real sales, so reports and the benchmark see sales consistent with credits, limits and stock.
#pragma once

#include "core/date.hpp"
#include "core/product.hpp"
#include "services/demo/demo_random.hpp"
#include "services/till/till_service.hpp"

#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::demo {

struct HistoryStats {
    int sessions = 0;
    int sales = 0;
};

/// Opening evenings (Tuesday and Friday, 14:00–18:00 local) from 13 weeks before `today` up to
/// yesterday: one session each, opened by "marie" and closed with the counted cash. Households
/// whose card is green that day visit at most once a week; refused lines are skipped. Needs the
/// users, catalogue and households of the demo; adds one early reception so that the older
/// evenings have stock. Deterministic for the state of `rng`.
/// How a household of the demo pays `due`: 10 % by card, 6 % by cheque, otherwise cash, the
/// exact amount or the next euro up. Nothing when nothing is due. The benchmark pays the same way.
std::vector<till::PaymentInput> payments_for(core::Money due, DemoRandom& rng);

HistoryStats seed_history(storage::Store&, core::Date today, DemoRandom& rng, const std::vector<core::Product>& products);

} // namespace cabas::services::demo
