// The household form's widgets, and reading them back into a file with every bad entry named
// beside its field (see household_form.hpp).
#include "pos/household_form.hpp"

#include "core/error.hpp"
#include "core/money.hpp"
#include "pos/household_choices.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/households/household_validation.hpp"

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace hh = services::households;

namespace {

constexpr int kFieldWidth = 260;

wxTextCtrl* add_text(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, long style = 0) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    auto* field = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxSize(kFieldWidth, -1), style);
    grid->Add(field, 1, wxEXPAND);
    return field;
}

template <class E>
wxChoice* add_choice(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const Choices<E>& choices,
                     bool with_none = false) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    wxArrayString labels = labels_of(choices);
    if (with_none) labels.Insert(_("(none)"), 0);
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxSize(kFieldWidth, -1), labels);
    choice->SetSelection(0);
    grid->Add(choice, 1, wxEXPAND);
    return choice;
}

/// An editable text column, or a column whose cells offer `choices`.
ListColumn text_column(const wxString& title, int width) { return {title, width, wxALIGN_LEFT, ListColumn::Edit::Text}; }
ListColumn choice_column(const wxString& title, int width, const wxArrayString& choices) {
    return {title, width, wxALIGN_LEFT, ListColumn::Edit::Choice, choices};
}

void resize_rows(ListView* grid, int rows) {
    grid->clear();
    for (int i = 0; i < rows; ++i) grid->append_row({});
}

} // namespace

HouseholdForm::HouseholdForm(wxBookCtrlBase* book, hh::HouseholdService& service, std::function<void(bool)> changed)
    : m_service(service), m_changed(std::move(changed)) {
    book->AddPage(build_identity(book), _("Household"), true);
    book->AddPage(build_lines(book), _("Members, resources and charges"));
}

wxWindow* HouseholdForm::build_identity(wxBookCtrlBase* book) {
    auto* page = new wxPanel(book);
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxFlexGridSizer(2, 6, 10);
    auto* right = new wxFlexGridSizer(2, 6, 10);
    m_file_number = add_text(page, left, _("File number"));
    m_pseudonym = add_text(page, left, _("Pseudonym (shown at the till)"));
    m_type = add_choice(page, left, _("Household type"), household_type_choices());
    m_neighbourhood = add_text(page, left, _("Neighbourhood"));
    m_address = add_text(page, left, _("Address"));
    m_housing = add_choice(page, left, _("Housing"), housing_choices());
    m_main_resource = add_choice(page, left, _("Main resource"), main_resource_choices());
    m_qf = add_text(page, left, _("Attested QF (EUR)"));
    m_referred_on = add_text(page, left, _("Referred on"));
    m_referred_by = add_text(page, left, _("Referred by"));
    m_referral_reason = add_text(page, left, _("Referral reason"));
    m_referred_by->SetHint(_("e.g. CCAS - Mme Durand"));
    m_referred_by->SetMaxLength(core::kReferredByMaxChars);
    m_referral_reason->SetMaxLength(core::kReferralReasonMaxChars);
    m_referrer_org = add_text(page, right, _("Referrer: organisation"));
    m_referrer_worker = add_text(page, right, _("Referrer: social worker"));
    m_referrer_kind = add_text(page, right, _("Referrer type (ccas, caf...)"));
    m_project_type = add_choice(page, right, _("Project"), project_type_choices(), true);
    m_project_description = add_text(page, right, _("Project description"));
    m_project_target = add_text(page, right, _("Project target (EUR)"));
    m_fse_nationality = add_choice(page, right, _("Nationality (FSE+)"), nationality_choices());
    right->Add(new wxStaticText(page, wxID_ANY, _("FSE+ flags")), 0, wxALIGN_CENTER_VERTICAL);
    auto* flags = new wxBoxSizer(wxHORIZONTAL);
    m_fse_disability = new wxCheckBox(page, wxID_ANY, _("Disability"));
    m_fse_homeless = new wxCheckBox(page, wxID_ANY, _("Homeless"));
    flags->Add(m_fse_disability, 0, wxRIGHT, 12);
    flags->Add(m_fse_homeless);
    right->Add(flags);
    m_notes = add_text(page, right, _("Notes (never shown at the till)"), wxTE_MULTILINE);
    columns->Add(left, 1, wxALL, 8);
    columns->Add(right, 1, wxALL, 8);
    m_identity_reasons = new wxStaticText(page, wxID_ANY, wxString());
    m_identity_reasons->SetForegroundColour(palette().ink(Tone::Refused));
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(columns, 0, wxEXPAND);
    outer->Add(m_identity_reasons, 0, wxALL, 8);
    page->SetSizer(outer);
    // Fields are checked as they lose focus (docs/design/ui.md §6), and the eligibility follows.
    for (wxWindow* w : std::initializer_list<wxWindow*>{m_file_number, m_qf, m_project_target, m_pseudonym,
                                                        m_referred_on, m_referred_by, m_referral_reason})
        w->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
            check_all();
            e.Skip();
        });
    for (wxChoice* c : {m_type, m_housing, m_main_resource, m_project_type})
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { check_all(); });
    return page;
}

wxWindow* HouseholdForm::build_lines(wxBookCtrlBase* book) {
    auto* page = new wxPanel(book);
    m_members = new ListView(page, {text_column(_("First name"), 100), text_column(_("Last name"), 100),
                                    text_column(_("Birth date"), 155), choice_column(_("Sex"), 60, labels_of(sex_choices())),
                                    choice_column(_("Relationship"), 110, labels_of(relationship_choices()))});
    m_resources = new ListView(page, {choice_column(_("Resource"), 170, labels_of(resource_kind_choices())),
                                      text_column(_("Monthly (EUR)"), 120), text_column(_("Label"), 120)});
    m_charges = new ListView(page, {choice_column(_("Charge"), 170, labels_of(charge_kind_choices())),
                                    text_column(_("Monthly (EUR)"), 120), text_column(_("Label"), 120)});

    auto* left = new wxBoxSizer(wxVERTICAL);
    auto add_block = [&](const wxString& title, ListView* grid) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        auto* label = new wxStaticText(page, wxID_ANY, title);
        label->SetFont(label->GetFont().Bold());
        auto* more = new wxButton(page, wxID_ANY, _("+ line"));
        more->Bind(wxEVT_BUTTON, [grid](wxCommandEvent&) { grid->append_row({}); });
        row->Add(label, 1, wxALIGN_CENTER_VERTICAL);
        row->Add(more);
        left->Add(row, 0, wxEXPAND | wxTOP, 6);
        grid->SetMinSize(wxSize(520, 120));
        left->Add(grid, 1, wxEXPAND);
        grid->on_cell_edited([this](int, int) { check_all(); });
    };
    add_block(_("Members"), m_members);
    add_block(_("Monthly resources"), m_resources);
    add_block(_("Monthly charges"), m_charges);
    m_reasons = new wxStaticText(page, wxID_ANY, wxString());
    m_reasons->SetForegroundColour(palette().ink(Tone::Refused));
    left->Add(m_reasons, 0, wxTOP, 6);

    auto* right = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(page, wxID_ANY, _("Eligibility"));
    title->SetFont(till_font(large_points, true));
    // Result and band on two single-line labels: a label that changes its number of lines
    // would need its sizer to be told.
    m_eligibility = new wxStaticText(page, wxID_ANY, wxString());
    m_eligibility->SetFont(till_font(large_points, true));
    m_band = new wxStaticText(page, wxID_ANY, wxString());
    m_band->SetFont(till_font(large_points, true));
    m_working = new wxStaticText(page, wxID_ANY, wxString());
    m_working->SetFont(wxFont(wxFontInfo(9).Family(wxFONTFAMILY_TELETYPE)));
    // The working's long lines wrap; they must not set the column's width, nor squeeze the heading.
    m_working->SetMinSize(wxSize(200, -1));
    // GTK reports a short natural width for a label that may wrap, then breaks the word itself.
    title->SetMinSize(wxSize(title->GetTextExtent(title->GetLabel()).x + 4, -1));
    right->Add(title);
    right->Add(m_eligibility, 0, wxTOP, 6);
    right->Add(m_band, 0, wxBOTTOM, 6);
    right->Add(m_working, 1, wxEXPAND);

    auto* outer = new wxBoxSizer(wxHORIZONTAL);
    outer->Add(left, 3, wxEXPAND | wxALL, 8);
    outer->Add(right, 2, wxEXPAND | wxALL, 8);
    page->SetSizer(outer);
    return page;
}

void HouseholdForm::load(const core::HouseholdFile& f) {
    m_loaded = f;
    m_file_number->ChangeValue(to_wx(f.file_number));
    m_pseudonym->ChangeValue(to_wx(f.pseudonym));
    m_type->SetSelection(index_of(household_type_choices(), f.composition.type));
    m_neighbourhood->ChangeValue(to_wx(f.neighbourhood));
    m_address->ChangeValue(to_wx(f.address));
    m_housing->SetSelection(index_of(housing_choices(), f.housing));
    m_main_resource->SetSelection(index_of(main_resource_choices(), f.main_resource));
    m_qf->ChangeValue(f.composition.attested_qf ? to_wx(core::format_decimal(*f.composition.attested_qf)) : wxString());
    m_referred_on->ChangeValue(to_wx(f.referral.on.french()));
    m_referred_by->ChangeValue(to_wx(f.referral.referred_by));
    m_referral_reason->ChangeValue(to_wx(f.referral.reason));
    m_referrer_org->ChangeValue(f.referrer ? to_wx(f.referrer->organisation) : wxString());
    m_referrer_worker->ChangeValue(f.referrer ? to_wx(f.referrer->social_worker) : wxString());
    m_referrer_kind->ChangeValue(f.referrer ? to_wx(f.referrer->kind) : wxString());
    m_project_type->SetSelection(f.project ? index_of(project_type_choices(), f.project->type) + 1 : 0);
    m_project_description->ChangeValue(f.project ? to_wx(f.project->description) : wxString());
    m_project_target->ChangeValue(f.project ? to_wx(core::format_decimal(f.project->target)) : wxString());
    m_fse_nationality->SetSelection(index_of(nationality_choices(), f.fse.nationality));
    m_fse_disability->SetValue(f.fse.disability);
    m_fse_homeless->SetValue(f.fse.homeless);
    m_notes->ChangeValue(to_wx(f.notes));

    const auto& c = f.composition;
    resize_rows(m_members, static_cast<int>(c.members.size()) + 1);
    for (std::size_t i = 0; i < c.members.size(); ++i) {
        const int r = static_cast<int>(i);
        m_members->set_cell(r, 0, to_wx(c.members[i].first_name));
        m_members->set_cell(r, 1, to_wx(c.members[i].last_name));
        m_members->set_cell(r, 2, to_wx(c.members[i].birth_date.french()));
        m_members->set_cell(r, 3, sex_choices()[index_of(sex_choices(), c.members[i].sex)].second);
        m_members->set_cell(r, 4,
                                relationship_choices()[index_of(relationship_choices(), c.members[i].relationship)].second);
    }
    auto fill = [](ListView* grid, const auto& lines, const auto& choices) {
        resize_rows(grid, static_cast<int>(lines.size()) + 1);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const int r = static_cast<int>(i);
            grid->set_cell(r, 0, choices[index_of(choices, lines[i].kind)].second);
            grid->set_cell(r, 1, to_wx(core::format_decimal(lines[i].monthly)));
            grid->set_cell(r, 2, to_wx(lines[i].label));
        }
    };
    fill(m_resources, c.resources, resource_kind_choices());
    fill(m_charges, c.charges, charge_kind_choices());
    check_all();
}

core::HouseholdFile HouseholdForm::file() const { return m_current; }

} // namespace cabas::ui
