// Shared helpers of the till's screens: UTF-8 <-> wxString, the type sizes of
// docs/design/ui.md, French money and dates whatever the system locale, the exception guard every
// event handler goes through, and the set-up of the gettext catalogue.
#pragma once

#include "core/money.hpp"

#include <wx/font.h>
#include <wx/string.h>

#include <functional>
#include <string>

class wxWindow;

namespace cabas::ui {

/// Base size at the till (docs/design/ui.md §2: >= 14 pt) and the totals (>= 28 pt).
constexpr int base_points = 14;
constexpr int large_points = 18;
constexpr int total_points = 30;
/// Touch targets (docs/design/ui.md §2: >= 44 px).
constexpr int target_height = 48;

wxFont till_font(int points, bool bold = false);
/// Sets the window's font to `points` (its children created afterwards inherit it).
void use_font(wxWindow* window, int points, bool bold = false);

wxString to_wx(const std::string& utf8);
std::string from_wx(const wxString& text);

/// "12,50 €" (core::format_euros): never wx's locale.
wxString money(core::Money amount);

/// "23/11/2026 15:47" or "15:47" in local time from a UTC timestamp "2026-11-23T14:02:05Z".
wxString local_date_time(const std::string& utc_timestamp);
wxString local_time(const std::string& utc_timestamp);
wxString local_date(const std::string& utc_timestamp);

/// Runs `action`; any exception becomes a clear message handed to `report` (no exception ever
/// leaves a wx event handler). Returns false when something was thrown.
bool guarded(const std::function<void()>& action, const std::function<void(const wxString&)>& report);

/// Installs the translations: "fr" (default) or "en". Looks for cabas.mo under the build
/// tree's locale/ directory, next to the executable, and under the install prefix.
void set_up_language(const std::string& language);

} // namespace cabas::ui
