// The household screens under Xvfb on the demo database: a social worker creates a household
// and watches its eligibility move as a charge is typed, records a commission decision, issues
// and prints a card; a manager gets access and card actions without the social pages; the
// admin reads the access log. Each screen is saved as a screenshot.
#include "household_gui_fixture.hpp"

#include "pos/access_log_panel.hpp"
#include "pos/commission_panel.hpp"
#include "pos/household_access_page.hpp"
#include "pos/household_dialog.hpp"
#include "pos/household_form.hpp"
#include "pos/household_import_dialog.hpp"
#include "pos/households_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fstream>

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

std::string label(wxStaticText* t) { return ui::from_wx(t->GetLabel()); }

std::string pdf_text(const std::string& path) {
    std::string out;
    FILE* pipe = ::popen(("pdftotext -layout '" + path + "' - 2>/dev/null").c_str(), "r");
    char buffer[4096];
    std::size_t n = 0;
    while (pipe && (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    if (pipe) ::pclose(pipe);
    return out;
}

} // namespace

TEST_CASE("a social worker creates a household and sees its eligibility change as a charge is typed",
          "[gui][households]") {
    HouseholdScreens w;
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("sophie", "3333")));
    auto* dialog = new ui::HouseholdDialog(w.frame, panel->service(), 0);
    show_dialog(dialog);
    auto* form = dialog->form();
    REQUIRE(form);
    form->file_number()->ChangeValue("D-GUI-0001");
    form->referred_by()->ChangeValue(ui::to_wx("CCAS de Montreuil — Mme Durand"));
    screenshot(dialog, "household_form_identity");
    edit_cell(form->members(), 0, 0, "Fatou");
    edit_cell(form->members(), 0, 1, "Diallo");
    edit_cell(form->members(), 0, 2, "02/04/1990");
    edit_cell(form->members(), 0, 4, "Demandeur");
    edit_cell(form->members(), 1, 0, "Awa");
    edit_cell(form->members(), 1, 2, "01/06/2019");
    edit_cell(form->members(), 1, 4, "Enfant");
    edit_cell(form->resources(), 0, 0, "RSA");
    edit_cell(form->resources(), 0, 1, "850");
    // 850 € for two persons: 14,17 €/person/day, above the commission band.
    CHECK(label(form->eligibility()).find("14,17") != std::string::npos);
    CHECK(label(form->band()) == "> 12,00\u00a0€ — Non éligible");
    dialog->book()->SetSelection(1);
    screenshot(dialog, "household_form_before_rent");

    edit_cell(form->charges(), 0, 0, "Loyer");
    edit_cell(form->charges(), 0, 1, "12,5O");
    CHECK(label(form->reasons()).find("montant invalide : « 12,5O »") != std::string::npos);
    CHECK_FALSE(dialog->save_button()->IsEnabled());
    screenshot(dialog, "household_form_bad_amount");

    edit_cell(form->charges(), 0, 1, "500");
    // (850 − 500) / 2 / 30 = 5,83 €: eligible.
    CHECK(label(form->eligibility()).find("5,83") != std::string::npos);
    CHECK(label(form->band()) == "≤ 10,00\u00a0€ — Éligible");
    CHECK(label(form->working()).find("Loyer") != std::string::npos);
    CHECK(label(form->reasons()).empty());
    CHECK(dialog->save_button()->IsEnabled());
    screenshot(dialog, "household_form_eligible");

    form->fse_nationality()->SetSelection(3);  // outside the EU (an FSE+ end-recipient indicator)
    REQUIRE(dialog->save());
    const auto stored = w.store->households().find_by_file_number("D-GUI-0001");
    REQUIRE(stored);
    CHECK(stored->fse.nationality == core::NationalityClass::ThirdCountry);
    CHECK(stored->composition.charges.size() == 1);
    CHECK(stored->composition.charges[0].monthly == core::Money::from_euros(500));
    CHECK(dialog->household_id() == stored->id);

    // From referral to a printed card, on the same file.
    auto* access = dialog->access();
    dialog->book()->SetSelection(2);
    CHECK_FALSE(access->decide(core::Decision::Accepted, "", "", true, "31/02/2026"));
    CHECK(label(access->message()).find("31/02/2026") != std::string::npos);
    CHECK_FALSE(access->decide(core::Decision::Accepted, "", "", true, "", "32/13/2026"));
    CHECK(label(access->message()).find("32/13/2026") != std::string::npos);
    const core::Date today = w.clock.today();
    const core::Date until = today.plus_days(59);  // shorter than the barème's three months
    REQUIRE(access->decide(core::Decision::Accepted, "", "", true, "", until.french()));
    const auto periods = w.store->access().periods_of(dialog->household_id());
    REQUIRE(periods.size() == 1);
    CHECK(periods[0].start == today);
    CHECK(periods[0].end == until);
    CHECK(label(access->message()).find("Carte") != std::string::npos);
    CHECK(label(access->status()).find("Droits ouverts") != std::string::npos);
    const std::string pdf = w.dir + "/carte.pdf";
    REQUIRE(access->print_card(pdf));
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Fatou") != std::string::npos);
    CHECK(text.find("Diallo") == std::string::npos);
    CHECK(text.find("Épicerie du Château") != std::string::npos);
    screenshot(dialog, "household_access_card_printed");

    // The household asks for its data: everything, in one PDF, and the export is logged.
    const std::string data_pdf = w.dir + "/donnees.pdf";
    REQUIRE(dialog->export_data(data_pdf));
    const std::string data = pdf_text(data_pdf);
    CHECK(data.find("Vos données à l'épicerie") != std::string::npos);
    CHECK(data.find("Diallo") != std::string::npos);
    CHECK(data.find("Hors UE") != std::string::npos);
    CHECK(label(dialog->message()).find("donnees.pdf") != std::string::npos);
    dialog->Destroy();
}

TEST_CASE("a manager searches, opens a file without its social pages, and replaces a card", "[gui][households]") {
    HouseholdScreens w;
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("paul", "2222")));
    const int all = panel->list()->row_count();
    CHECK(all == 130);
    panel->search()->SetValue("0001");  // fires wxEVT_TEXT: the list filters as the text is typed
    CHECK(panel->list()->row_count() == 1);
    panel->search()->SetValue("");
    panel->filter()->SetSelection(2);  // expiring soon
    wxCommandEvent choice(wxEVT_CHOICE, panel->filter()->GetId());
    panel->filter()->ProcessWindowEvent(choice);
    CHECK(panel->list()->row_count() > 0);
    CHECK(panel->list()->row_count() < all);
    screenshot(w.frame, "households_list_manager");

    auto* dialog = new ui::HouseholdDialog(w.frame, panel->service(), panel->ids().front());
    show_dialog(dialog);
    CHECK_FALSE(dialog->form());
    CHECK(dialog->book()->GetPageCount() == 1);
    const std::string before = label(dialog->access()->card());
    REQUIRE(dialog->access()->replace_card("perdue"));
    CHECK(label(dialog->access()->card()) != before);
    press(dialog->access(), WXK_F3);  // F3 Renouveler, as its button shows
    CHECK(label(dialog->access()->message()).find("renouvelé") != std::string::npos);
    CHECK(label(dialog->access()->message()).find("Réimprimez la carte") != std::string::npos);
    CHECK(cabas::ui::from_wx(dialog->header_text()).rfind("Dossier ", 0) == 0);
    screenshot(dialog, "household_manager_view");
    dialog->Destroy();
}

TEST_CASE("a commission decision is recorded from the anonymised list", "[gui][households]") {
    HouseholdScreens w;
    auto* panel = w.host(new ui::CommissionPanel(w.frame, *w.store, w.clock, w.user("sophie", "3333")));
    const int pending = panel->list()->row_count();
    REQUIRE(pending > 0);
    screenshot(w.frame, "commission_pending");
    panel->decision()->SetSelection(2);  // postponed needs a reason
    CHECK_FALSE(panel->record_selected());
    CHECK(label(panel->message()).find("motif") != std::string::npos);
    panel->decision()->SetSelection(0);
    REQUIRE(panel->record_selected());
    CHECK(label(panel->message()).find("acceptée") != std::string::npos);
    CHECK(panel->list()->row_count() == pending - 1);
    const std::string pdf = w.dir + "/commission.pdf";
    REQUIRE(panel->write_pdf(pdf));
    const std::string text = pdf_text(pdf);
    INFO(text);
    CHECK(text.find("Commission d'attribution") != std::string::npos);
    CHECK(text.find("acceptée") != std::string::npos);
    screenshot(w.frame, "commission_recorded");
}

TEST_CASE("the admin reads the access log; a volunteer is refused the household list", "[gui][households]") {
    HouseholdScreens w;
    {
        services::RandomSerialSource serials;
        services::households::HouseholdService paul(*w.store, w.clock, w.user("paul", "2222"), serials);
        paul.open(w.store->households().list().front().id);
    }
    auto* log = w.host(new ui::AccessLogPanel(w.frame, *w.store, w.clock, w.user("admin", "4444")));
    REQUIRE(log->list()->row_count() > 0);
    CHECK(ui::from_wx(log->list()->cell(0, 2)) == "open_file");
    const std::string csv = w.dir + "/journal.csv";
    REQUIRE(log->export_csv(csv));
    CHECK(ui::from_wx(log->list()->cell(0, 2)) == "export_access_log");
    screenshot(w.frame, "access_log_admin");

    wxFrame* other = new wxFrame(nullptr, wxID_ANY, "Cabas", wxDefaultPosition, wxSize(900, 300));
    auto* refused = new ui::HouseholdsPanel(other, *w.store, w.clock, w.user("marie", "1111"));
    other->Show();
    other->Raise();
    settle(300);
    CHECK(refused->list() == nullptr);
    screenshot(other, "households_volunteer_refused");
    other->Destroy();
}

TEST_CASE("the CSV import previews a file, lists its errors by line, and imports only a clean file",
          "[gui][households]") {
    HouseholdScreens w;
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("sophie", "3333")));
    const std::string header = "dossier;type_foyer;prenom;nom;date_naissance;sexe;lien;handicap;qf_atteste;"
                               "ressource_salaire;charge_loyer;acces_debut;acces_fin\n";
    const std::string bad = w.dir + "/mauvais.csv";
    std::ofstream(bad) << header << "D-IMP-1;seul;Awa;Diallo;12/04/1985;F;demandeur;non;;1 200,00;500;;\n"
                       << "D-IMP-2;seul;Léo;Martin;31/02/1985;M;demandeur;non;;12,5O;500;;\n";
    auto* dialog = new ui::HouseholdImportDialog(w.frame, panel->service());
    show_dialog(dialog);
    CHECK_FALSE(dialog->preview(bad));
    const std::string report = ui::from_wx(dialog->report()->GetValue());
    CHECK(report.find("mauvais.csv:3: date_naissance") != std::string::npos);
    CHECK(report.find("12,5O") != std::string::npos);
    CHECK_FALSE(dialog->import_button()->IsEnabled());
    screenshot(dialog, "household_import_errors");

    const std::string good = w.dir + "/bon.csv";
    std::ofstream(good) << header << "D-IMP-1;seul;Awa;Diallo;12/04/1985;F;demandeur;non;;1 200,00;500;;\n";
    REQUIRE(dialog->preview(good));
    CHECK_FALSE(w.store->households().find_by_file_number("D-IMP-1"));  // a dry run writes nothing
    CHECK(dialog->import_button()->IsEnabled());
    CHECK(ui::from_wx(dialog->report()->GetValue()).find("D-IMP-1;seul;Awa") != std::string::npos);
    screenshot(dialog, "household_import_preview");
    REQUIRE(dialog->import());
    CHECK(w.store->households().find_by_file_number("D-IMP-1"));
    screenshot(dialog, "household_import_done");
    dialog->Destroy();
}
