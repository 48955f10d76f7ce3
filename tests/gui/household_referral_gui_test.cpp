// The referral on the household form: a social worker types its date, referrer and reason,
// a wrong entry is named beside the fields and blocks saving, and the file is stored with it;
// a manager's window has no form, so no referral.
#include "household_gui_fixture.hpp"

#include "pos/household_dialog.hpp"
#include "pos/household_form.hpp"
#include "pos/households_panel.hpp"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

std::string label(wxStaticText* t) { return ui::from_wx(t->GetLabel()); }

/// Types `text` in a field and moves the focus away, as the social worker does.
void type_in(ui::HouseholdForm& form, wxTextCtrl* field, const wxString& text) {
    field->ChangeValue(text);
    form.check_all();
}

} // namespace

TEST_CASE("the social worker types the referral: a wrong date or a missing referrer is named and blocks saving",
          "[gui][households][referral]") {
    HouseholdScreens w;
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("sophie", "3333")));
    auto* dialog = new ui::HouseholdDialog(w.frame, panel->service(), 0);
    show_dialog(dialog);
    auto* form = dialog->form();
    REQUIRE(form);
    const core::Date today = w.clock.today();
    CHECK(ui::from_wx(form->referred_on()->GetValue()) == today.french());  // a new file is referred today
    form->file_number()->ChangeValue("D-GUI-0100");
    edit_cell(form->members(), 0, 0, "Fatou");
    edit_cell(form->members(), 0, 2, "02/04/1990");
    edit_cell(form->members(), 0, 4, "Demandeur");
    type_in(*form, form->referred_on(), today.plus_days(3).french());
    CHECK(label(form->identity_reasons()).find("orientation.date : date d'orientation dans le futur") !=
          std::string::npos);
    CHECK(label(form->identity_reasons()).find("orientation.par : orienteur manquant") != std::string::npos);
    CHECK_FALSE(dialog->save_button()->IsEnabled());
    screenshot(dialog, "household_form_referral_errors");

    type_in(*form, form->referred_on(), "31/02/2026");
    CHECK(label(form->identity_reasons()).find("date d'orientation invalide : « 31/02/2026 »") != std::string::npos);
    const core::Date referred = today.plus_days(-9);
    type_in(*form, form->referred_on(), referred.french());
    type_in(*form, form->referred_by(), ui::to_wx("EDS Est — M. Martin"));
    type_in(*form, form->referral_reason(), "Rupture de ressources");
    INFO(label(form->identity_reasons()));
    CHECK(label(form->identity_reasons()).empty());
    CHECK(dialog->save_button()->IsEnabled());
    screenshot(dialog, "household_form_referral");
    CHECK(dialog->GetSize().GetWidth() <= 1024);
    CHECK(dialog->GetSize().GetHeight() <= 768);

    REQUIRE(dialog->save());
    const auto stored = w.store->households().find_by_file_number("D-GUI-0100");
    REQUIRE(stored);
    CHECK(stored->referral.on == referred);
    CHECK(stored->referral.referred_by == "EDS Est — M. Martin");
    CHECK(stored->referral.reason == "Rupture de ressources");
    dialog->Destroy();

    // Reopened, the file shows its referral as stored.
    auto* again = new ui::HouseholdDialog(w.frame, panel->service(), stored->id);
    show_dialog(again);
    REQUIRE(again->form());
    CHECK(ui::from_wx(again->form()->referred_by()->GetValue()) == "EDS Est — M. Martin");
    CHECK(ui::from_wx(again->form()->referred_on()->GetValue()) == referred.french());
    again->Destroy();
}

TEST_CASE("a manager's household window has no form, so no referral", "[gui][households][referral]") {
    HouseholdScreens w;
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("paul", "2222")));
    const auto files = w.store->households().list();
    REQUIRE_FALSE(files.empty());
    auto* dialog = new ui::HouseholdDialog(w.frame, panel->service(), files.front().id);
    show_dialog(dialog);
    CHECK_FALSE(dialog->form());
    CHECK_FALSE(dialog->save_button());
    dialog->Destroy();
}
