// Reading the household form back into a file: each bad entry is named beside its field (the
// grid cell turns red, the reason is listed under the grid), and the eligibility is recomputed
// from whatever lines are valid so the social worker sees it move as lines change.

#include "pos/household_form.hpp"

#include "core/error.hpp"
#include "core/money.hpp"
#include "pos/household_choices.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/households/household_validation.hpp"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace hh = services::households;

namespace {

std::string cell(ListView* grid, int row, int col) { return from_wx(grid->cell(row, col).Strip(wxString::both)); }

bool row_empty(ListView* grid, int row) {
    for (int c = 0; c < grid->column_count(); ++c)
        if (!grid->cell(row, c).Strip(wxString::both).empty()) return false;
    return true;
}

std::string key(const char* list, int row, const char* field) {
    return std::string(list) + "[" + std::to_string(row + 1) + "]." + field;
}

} // namespace

void HouseholdForm::problem(const std::string& field, const wxString& reason) { m_problems.emplace(field, reason); }

void HouseholdForm::mark(ListView* grid, int row, int col, const std::string& field, const std::string& reason) {
    grid->set_cell_background(row, col, palette().problem_cell());
    problem(field, to_wx(reason));
}

void HouseholdForm::read_identity(core::HouseholdFile& f) {
    f.file_number = from_wx(m_file_number->GetValue().Strip(wxString::both));
    f.pseudonym = from_wx(m_pseudonym->GetValue().Strip(wxString::both));
    f.composition.type = household_type_choices()[static_cast<std::size_t>(m_type->GetSelection())].first;
    f.neighbourhood = from_wx(m_neighbourhood->GetValue());
    f.address = from_wx(m_address->GetValue());
    f.housing = housing_choices()[static_cast<std::size_t>(m_housing->GetSelection())].first;
    f.main_resource = main_resource_choices()[static_cast<std::size_t>(m_main_resource->GetSelection())].first;
    f.composition.attested_qf.reset();
    const std::string qf = from_wx(m_qf->GetValue().Strip(wxString::both));
    if (!qf.empty()) {
        try {
            f.composition.attested_qf = hh::parse_monthly_amount(qf, "qf");
        } catch (const ValidationError& e) {
            problem(e.field(), to_wx(e.reason()));
        }
    }
    const std::string referred_on = from_wx(m_referred_on->GetValue().Strip(wxString::both));
    try {
        f.referral.on = core::parse_date(referred_on, "orientation.date");
    } catch (const ValidationError& e) {
        problem(e.field(), wxString::Format(_("invalid referral date: %s (%s)"), to_wx(core::quoted(referred_on)),
                                            to_wx(e.reason())));
    }
    f.referral.referred_by = from_wx(m_referred_by->GetValue().Strip(wxString::both));
    f.referral.reason = from_wx(m_referral_reason->GetValue().Strip(wxString::both));
    const std::string organisation = from_wx(m_referrer_org->GetValue().Strip(wxString::both));
    const std::string worker = from_wx(m_referrer_worker->GetValue().Strip(wxString::both));
    f.referrer.reset();
    if (!organisation.empty() || !worker.empty())
        f.referrer = core::Referrer{0, organisation, worker, from_wx(m_referrer_kind->GetValue().Strip(wxString::both))};
    f.project.reset();
    if (m_project_type->GetSelection() > 0) {
        core::Project p;
        p.type = project_type_choices()[static_cast<std::size_t>(m_project_type->GetSelection() - 1)].first;
        p.description = from_wx(m_project_description->GetValue());
        const std::string target = from_wx(m_project_target->GetValue().Strip(wxString::both));
        try {
            if (!target.empty()) p.target = hh::parse_monthly_amount(target, "projet.montant");
        } catch (const ValidationError& e) {
            problem(e.field(), to_wx(e.reason()));
        }
        f.project = p;
    }
    f.fse.nationality = nationality_choices()[static_cast<std::size_t>(std::max(0, m_fse_nationality->GetSelection()))].first;
    f.fse.disability = m_fse_disability->GetValue();
    f.fse.homeless = m_fse_homeless->GetValue();
    f.notes = from_wx(m_notes->GetValue());
}

void HouseholdForm::read_members(core::HouseholdFile& f) {
    const core::Date today = m_service.clock().today();
    f.composition.members.clear();
    for (int r = 0; r < m_members->row_count(); ++r) {
        if (row_empty(m_members, r)) continue;
        const int index = static_cast<int>(f.composition.members.size());
        core::Member m;
        m.first_name = cell(m_members, r, 0);
        m.last_name = cell(m_members, r, 1);
        m.sex = value_of(sex_choices(), m_members->cell(r, 3), core::Sex::Unspecified);
        m.relationship = value_of(relationship_choices(), m_members->cell(r, 4), core::Relationship::Other);
        try {
            m.birth_date = hh::parse_birth_date(cell(m_members, r, 2), today, key("membres", index, "date_naissance"));
        } catch (const ValidationError& e) {
            mark(m_members, r, 2, key("membres", index, "date_naissance"),
                 "date de naissance invalide : « " + cell(m_members, r, 2) + " » (" + e.reason() + ")");
            continue;
        }
        f.composition.members.push_back(m);
    }
}

void HouseholdForm::read_lines(core::HouseholdFile& f) {
    auto read = [this](ListView* grid, const char* list, const auto& choices, auto& out, auto fallback) {
        out.clear();
        for (int r = 0; r < grid->row_count(); ++r) {
            if (row_empty(grid, r)) continue;
            const int index = static_cast<int>(out.size());
            typename std::decay_t<decltype(out)>::value_type line;
            line.kind = value_of(choices, grid->cell(r, 0), fallback);
            line.label = cell(grid, r, 2);
            try {
                line.monthly = hh::parse_monthly_amount(cell(grid, r, 1), key(list, index, "montant"));
            } catch (const ValidationError& e) {
                mark(grid, r, 1, e.field(), e.reason());
                continue;
            }
            out.push_back(line);
        }
    };
    read(m_resources, "ressources", resource_kind_choices(), f.composition.resources, core::ResourceKind::Other);
    read(m_charges, "charges", charge_kind_choices(), f.composition.charges, core::ChargeKind::Other);
}

void HouseholdForm::show_eligibility(const core::HouseholdFile& f) {
    if (f.composition.members.empty()) {
        m_eligibility->SetLabel(_("Add the household's members to compute its eligibility."));
        m_eligibility->SetForegroundColour(palette().ink(Tone::Neutral));
        m_band->SetLabel(wxString());
        m_working->SetLabel(wxString());
        m_eligibility->GetParent()->Layout();
        return;
    }
    guarded(
        [&] {
            const auto decision = m_service.eligibility(f.composition);
            const auto& w = decision.working;
            m_eligibility->SetLabel(to_wx(core::format_decimal(w.result) + " " + w.result_unit));
            m_band->SetLabel(to_wx(w.band + " — " + core::label_of(decision.outcome)));
            const bool ok = decision.outcome == core::EligibilityOutcome::Eligible;
            const bool commission = decision.outcome == core::EligibilityOutcome::ToCommission;
            const wxColour colour = palette().ink(ok ? Tone::Ok : commission ? Tone::Warning : Tone::Refused);
            m_eligibility->SetForegroundColour(colour);
            m_band->SetForegroundColour(colour);
            m_working->SetLabel(to_wx(m_service.working_text(decision)));
        },
        [&](const wxString& message) {
            m_eligibility->SetLabel(message);
            m_eligibility->SetForegroundColour(palette().ink(Tone::Refused));
            m_band->SetLabel(wxString());
        });
    // The labels changed length: the page lays itself out again, or the heading stays squeezed.
    m_eligibility->GetParent()->Layout();
}

void HouseholdForm::check_all() {
    m_problems.clear();
    for (ListView* grid : {m_members, m_resources, m_charges}) grid->clear_backgrounds();
    core::HouseholdFile f = m_loaded;
    read_identity(f);
    read_members(f);
    read_lines(f);
    for (const auto& p : hh::check_household_file(f, m_service.clock().today())) problem(p.field, to_wx(p.reason));
    m_current = f;
    show_eligibility(f);

    wxString identity;
    wxString lines;
    for (const auto& [field, reason] : m_problems) {
        const bool in_grid = field.rfind("membres", 0) == 0 || field.rfind("ressources", 0) == 0 ||
                             field.rfind("charges", 0) == 0;
        (in_grid ? lines : identity) += to_wx(field) + " : " + reason + "\n";
    }
    m_identity_reasons->SetLabel(identity);
    m_reasons->SetLabel(lines);
    m_reasons->GetParent()->Layout();
    m_identity_reasons->GetParent()->Layout();
    if (m_changed) m_changed(m_problems.empty());
}

} // namespace cabas::ui
