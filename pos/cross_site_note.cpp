// The cross-épicerie note of the household screens (cross_site_note.hpp).
#include "pos/cross_site_note.hpp"

#include "pos/ui_support.hpp"

namespace cabas::ui {

CrossSiteNote cross_site_note(const services::households::HouseholdService& service) {
    static bool said_unavailable = false;
    CrossSiteNote note;
    const auto& result = service.cross_site_result();
    if (!result) return note;
    if (!result->available) {
        if (said_unavailable) return note;
        said_unavailable = true;
    }
    for (const auto& line : result->warnings) note.text += "\n" + to_wx(line);
    if (!result->available)
        note.text += "\n" + to_wx(result->text().substr(0, result->text().size() - 1));  // without its line end
    note.followed_elsewhere = !result->warnings.empty();
    return note;
}

} // namespace cabas::ui
