// Checks of a household file before it is stored: identity, members, amounts, referrer and
// project. Each problem names its field so the form can show it in place.
#include "services/households/household_validation.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace cabas::services::households {

namespace {

std::string indexed(const char* list, std::size_t i, const char* field) {
    return std::string(list) + "[" + std::to_string(i + 1) + "]." + field;
}

void check_member(const core::Member& m, std::size_t i, core::Date today, std::vector<FieldProblem>& out) {
    if (m.first_name.empty()) out.push_back({indexed("membres", i, "prenom"), core::tr("prénom manquant")});
    if (m.birth_date > today)
        out.push_back({indexed("membres", i, "date_naissance"),
                       core::tr("date de naissance dans le futur ({0})", m.birth_date.french())});
    else if (m.birth_date.year() < 1900)
        out.push_back({indexed("membres", i, "date_naissance"), core::tr("date de naissance avant 1900")});
}

} // namespace

std::vector<FieldProblem> check_referral(const core::Referral& r, core::Date today) {
    std::vector<FieldProblem> out;
    if (r.on > today)
        out.push_back({"orientation.date", core::tr("date d'orientation dans le futur ({0})", r.on.french())});
    else if (r.on.year() < core::kEarliestReferralYear)
        out.push_back({"orientation.date",
                       core::tr("date d'orientation avant {0} ({1})", core::kEarliestReferralYear, r.on.french())});
    const std::size_t by = core::utf8::length(r.referred_by);
    if (core::trim(r.referred_by).empty())
        out.push_back({"orientation.par", core::tr("orienteur manquant (qui a orienté le foyer)")});
    else if (by > core::kReferredByMaxChars)
        out.push_back({"orientation.par",
                       core::tr("orienteur trop long ({0} caractères, {1} au plus)", by, core::kReferredByMaxChars)});
    const std::size_t why = core::utf8::length(r.reason);
    if (why > core::kReferralReasonMaxChars)
        out.push_back({"orientation.motif", core::tr("motif d'orientation trop long ({0} caractères, {1} au plus)", why,
                                                     core::kReferralReasonMaxChars)});
    return out;
}

std::vector<FieldProblem> check_household_file(const core::HouseholdFile& f, core::Date today) {
    std::vector<FieldProblem> out;
    if (f.file_number.empty()) out.push_back({"numero_dossier", core::tr("numéro de dossier manquant")});
    const auto& c = f.composition;
    if (c.members.empty()) out.push_back({"membres", core::tr("le foyer doit compter au moins une personne")});
    for (std::size_t i = 0; i < c.members.size(); ++i) check_member(c.members[i], i, today, out);
    int applicants = 0;
    for (const auto& m : c.members) applicants += m.relationship == core::Relationship::Applicant ? 1 : 0;
    if (applicants > 1)
        out.push_back({"membres", core::tr("un seul demandeur par foyer ({0} indiqués)", applicants)});
    for (std::size_t i = 0; i < c.resources.size(); ++i)
        if (c.resources[i].monthly.is_negative())
            out.push_back({indexed("ressources", i, "montant"), core::tr("montant négatif")});
    for (std::size_t i = 0; i < c.charges.size(); ++i)
        if (c.charges[i].monthly.is_negative()) out.push_back({indexed("charges", i, "montant"), core::tr("montant négatif")});
    if (c.attested_qf && c.attested_qf->is_negative()) out.push_back({"qf", core::tr("quotient familial négatif")});
    for (auto& p : check_referral(f.referral, today)) out.push_back(std::move(p));
    if (f.referrer && f.referrer->organisation.empty())
        out.push_back({"prescripteur.organisation", core::tr("organisme du prescripteur manquant")});
    if (f.project && f.project->target.is_negative())
        out.push_back({"projet.montant", core::tr("montant du projet négatif")});
    if (f.commission_rate && (f.commission_rate->bp < 0 || f.commission_rate->bp > 10000))
        out.push_back({"taux", core::tr("taux hors de 0 à 100 %")});
    return out;
}

void validate_household_file(const core::HouseholdFile& f, core::Date today) {
    auto problems = check_household_file(f, today);
    if (!problems.empty()) throw ValidationError(problems.front().field, problems.front().reason);
}

core::Money parse_monthly_amount(std::string_view text, const std::string& field) {
    try {
        return core::parse_amount(text, false);
    } catch (const ValidationError& e) {
        throw ValidationError(field, core::tr("montant invalide : « {0} » ({1})", text, e.reason()));
    }
}

core::Date parse_birth_date(std::string_view text, core::Date today, const std::string& field) {
    const core::Date d = core::parse_date(text, field);
    if (d > today) throw ValidationError(field, core::tr("date de naissance dans le futur ({0})", d.french()));
    if (d.year() < 1900) throw ValidationError(field, core::tr("date de naissance avant 1900"));
    return d;
}

} // namespace cabas::services::households
