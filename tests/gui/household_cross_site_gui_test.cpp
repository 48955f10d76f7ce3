// The household form on a CCAS server: a social worker of the north épicerie files a person
// already followed by the centre épicerie and reads, under "File saved.", only that this person
// is followed elsewhere and until when; on a SQLite épicerie the form says once that the check
// is not available. Checked at 1024×768 with a screenshot.
#include "household_gui_fixture.hpp"

#include "pos/household_dialog.hpp"
#include "pos/household_form.hpp"
#include "pos/households_panel.hpp"
#include "services/bareme_service.hpp"
#include "services/households/cross_site_check.hpp"
#include "storage/ccas_register.hpp"
#include "support/test_ccas_database.hpp"

#include <sodium.h>

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace cabas;
using namespace cabas::gui_testing;
namespace hh = cabas::services::households;

namespace {

std::string label(wxStaticText* t) { return ui::from_wx(t->GetLabel()); }

hh::CcasKey random_key() {
    REQUIRE(sodium_init() >= 0);
    std::string bytes(crypto_auth_hmacsha256_KEYBYTES, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    return hh::CcasKey::from_bytes(bytes);
}

/// Fills a new file for one adult, as the social worker types it, and saves it.
void file_one_adult(HouseholdScreens& w, ui::HouseholdDialog* dialog, const char* number, const char* first,
                    const char* last, const char* birth) {
    auto* form = dialog->form();
    REQUIRE(form);
    form->file_number()->ChangeValue(number);
    edit_cell(form->members(), 0, 0, ui::to_wx(first));
    edit_cell(form->members(), 0, 1, ui::to_wx(last));
    edit_cell(form->members(), 0, 2, birth);
    edit_cell(form->members(), 0, 4, "Demandeur");
    form->referred_on()->ChangeValue(ui::to_wx(w.clock.today().plus_days(-2).french()));
    form->referred_by()->ChangeValue(ui::to_wx("CCAS — accueil"));
    form->check_all();
    INFO(label(form->identity_reasons()));
    REQUIRE(dialog->save());
}

/// The dialog's message as words, without the line breaks its wrapping put in.
std::string message_of(ui::HouseholdDialog* dialog) {
    wxString text = dialog->message()->GetLabel();
    text.Replace("\n", " ");
    return ui::from_wx(text);
}

} // namespace

TEST_CASE("the north épicerie's form says a person is followed by another épicerie of the CCAS, and nothing else",
          "[gui][households][cross_site][postgres]") {
    if (test_support::postgres_server_uri().empty()) {
        WARN("no PostgreSQL test server: this test runs through CTest as pg:...");
        return;
    }
    HouseholdScreens w;  // its demo SQLite database is not used here: the sites are on the server
    test_support::FreshCcasDatabase ccas;
    const hh::CcasKey key = random_key();
    const services::SystemClock clock;

    // The centre épicerie already follows Fatou N'Diaye, with rights until 28/02/2027.
    const std::string centre_uri = ccas.new_site_schema("centre");
    auto centre = storage::open_store(centre_uri, storage::PinHashCost::minimum());
    services::ensure_default_bareme(*centre, core::Date::from_ymd(2026, 1, 1));
    storage::CcasRegister::open(centre_uri, true)->add_site({"CENTRE", "Épicerie du centre", "centre"});
    hh::CrossSiteLink centre_link(storage::CcasRegister::open(centre_uri, false), key);
    services::RandomSerialSource serials;
    hh::HouseholdService at_centre(*centre, clock, {1, "claire", "Claire", core::Role::SocialWorker}, serials);
    at_centre.use_cross_site_check(&centre_link);
    core::HouseholdFile file;
    file.file_number = "C-SECRET-0042";
    file.address = "3 allée Confidentielle";
    file.composition.members = {{"Fatou", "N'Diaye", core::Date::from_ymd(1990, 4, 2), core::Sex::Female,
                                 core::Relationship::Applicant, false}};
    file.referral = {clock.today().plus_days(-30), "EDS Ouest", ""};
    const auto id = at_centre.create(file);
    hh::DecisionRequest accepted;
    accepted.decision = core::Decision::Accepted;
    accepted.end = core::Date::from_ymd(2027, 2, 28);
    at_centre.decide(id, accepted);

    // The north épicerie: its own schema, its own social worker.
    const std::string nord_uri = ccas.new_site_schema("nord");
    auto nord = storage::open_store(nord_uri, storage::PinHashCost::minimum());
    services::ensure_default_bareme(*nord, core::Date::from_ymd(2026, 1, 1));
    nord->users().add("sophie", "Sophie", core::Role::SocialWorker, "3333");
    storage::CcasRegister::open(nord_uri, true)->add_site({"NORD", "Épicerie nord", "nord"});
    hh::CrossSiteLink nord_link(storage::CcasRegister::open(nord_uri, false), key);
    const auto sophie = cabas::testing::log_in_now(*nord, "sophie", "3333");
    REQUIRE(sophie);
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *nord, clock, *sophie));
    panel->service().use_cross_site_check(&nord_link);
    auto* dialog = new ui::HouseholdDialog(w.frame, panel->service(), 0);
    show_dialog(dialog);
    file_one_adult(w, dialog, "N-0001", "FATOU", "NDIAYE", "02/04/1990");
    dialog->Layout();
    settle(200);
    const std::string message = message_of(dialog);
    CHECK(message.find("FATOU NDIAYE : déjà suivi par une autre épicerie du CCAS (droits jusqu'au 28/02/2027)") !=
          std::string::npos);
    for (const char* foreign : {"C-SECRET", "Confidentielle", "centre", "CENTRE", "EDS Ouest", "Fatou"})
        CHECK(message.find(foreign) == std::string::npos);
    CHECK(dialog->message()->GetForegroundColour() == ui::palette().ink(ui::Tone::Refused));
    screenshot(dialog, "household_form_cross_site");
    CHECK(dialog->GetSize().GetWidth() <= 1024);
    CHECK(dialog->GetSize().GetHeight() <= 768);
    dialog->Destroy();
}

TEST_CASE("on a SQLite épicerie the form says once that the check between épiceries is not available",
          "[gui][households][cross_site]") {
    HouseholdScreens w;
    hh::CrossSiteLink link(w.dir + "/cabas.db", w.dir + "/ccas.cle");
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("sophie", "3333")));
    panel->service().use_cross_site_check(&link);
    auto* dialog = new ui::HouseholdDialog(w.frame, panel->service(), 0);
    show_dialog(dialog);
    file_one_adult(w, dialog, "D-GUI-0200", "Awa", "Traoré", "12/09/1985");
    const std::string first = message_of(dialog);
    CHECK(first.find("Contrôle des doublons entre épiceries du CCAS indisponible : la base est un fichier SQLite, "
                     "propre à une seule épicerie.") != std::string::npos);
    CHECK(dialog->message()->GetForegroundColour() == ui::palette().ink(ui::Tone::Ok));
    screenshot(dialog, "household_form_cross_site_unavailable");
    REQUIRE(dialog->save());  // saved again: said once is enough
    CHECK(message_of(dialog).find("indisponible") == std::string::npos);
    dialog->Destroy();
}
