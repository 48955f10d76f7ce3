// Counting into a breakdown of a period's figures (see period_figures_model.hpp).
#include "reports/period_figures_model.hpp"

#include <algorithm>

namespace cabas::reports {

void Breakdown::add(const std::string& label, int n) {
    auto it = std::find(labels.begin(), labels.end(), label);
    if (it == labels.end()) {
        labels.push_back(label);
        counts.push_back(n);
    } else {
        counts[static_cast<std::size_t>(it - labels.begin())] += n;
    }
}

int Breakdown::count_of(const std::string& label) const {
    auto it = std::find(labels.begin(), labels.end(), label);
    return it == labels.end() ? 0 : counts[static_cast<std::size_t>(it - labels.begin())];
}

int Breakdown::total() const {
    int n = 0;
    for (int c : counts) n += c;
    return n;
}

} // namespace cabas::reports
