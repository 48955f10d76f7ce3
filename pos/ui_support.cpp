// Helpers shared by the till's screens (see ui_support.hpp).
#include "pos/ui_support.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <wx/datetime.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/window.h>

#include <exception>

namespace cabas::ui {

wxFont till_font(int points, bool bold) {
    wxFont font(wxFontInfo(points).Family(wxFONTFAMILY_SWISS));
    if (bold) font.SetWeight(wxFONTWEIGHT_BOLD);
    return font;
}

void use_font(wxWindow* window, int points, bool bold) { window->SetFont(till_font(points, bold)); }

wxString to_wx(const std::string& utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }

std::string from_wx(const wxString& text) {
    const wxScopedCharBuffer buffer = text.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

wxString money(core::Money amount) { return to_wx(core::format_euros(amount)); }

namespace {
wxDateTime parse_utc(const std::string& timestamp) {
    wxDateTime when;
    wxString text = to_wx(timestamp);
    if (text.EndsWith("Z")) text.RemoveLast();
    if (!when.ParseISOCombined(text, 'T')) return wxDateTime();
    return when.FromTimezone(wxDateTime::UTC);
}
} // namespace

wxString local_date_time(const std::string& utc_timestamp) {
    const wxDateTime when = parse_utc(utc_timestamp);
    return when.IsValid() ? when.Format("%d/%m/%Y %H:%M") : to_wx(utc_timestamp);
}

wxString local_time(const std::string& utc_timestamp) {
    const wxDateTime when = parse_utc(utc_timestamp);
    return when.IsValid() ? when.Format("%H:%M") : to_wx(utc_timestamp);
}

wxString local_date(const std::string& utc_timestamp) {
    const wxDateTime when = parse_utc(utc_timestamp);
    return when.IsValid() ? when.Format("%d/%m/%Y") : to_wx(utc_timestamp);
}

bool guarded(const std::function<void()>& action, const std::function<void(const wxString&)>& report) {
    try {
        action();
        return true;
    } catch (const ValidationError& e) {
        report(to_wx(e.reason().empty() ? std::string(e.what()) : e.reason()));
    } catch (const StorageError& e) {
        report(wxString::Format(_("Database problem: %s"), to_wx(e.what())));
    } catch (const std::exception& e) {
        report(wxString::Format(_("Unexpected error: %s"), to_wx(e.what())));
    } catch (...) {
        report(_("Unexpected error."));
    }
    return false;
}

void set_up_language(const std::string& language) {
    // The services' sentences follow the screens' language (core/messages.hpp).
    core::set_language(language == "en" ? core::Language::English : core::Language::French);
    auto* translations = new wxTranslations();
    wxTranslations::Set(translations);  // takes ownership
    if (language == "en") return;       // the strings in the code are English
#ifdef CABAS_LOCALE_BUILD_DIR
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(CABAS_LOCALE_BUILD_DIR);
#endif
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/../locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/../share/locale");
#ifdef CABAS_LOCALE_INSTALL_DIR
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(CABAS_LOCALE_INSTALL_DIR);
#endif
    translations->SetLanguage(language.empty() ? "fr" : to_wx(language));
    translations->AddCatalog("cabas");
}

} // namespace cabas::ui
