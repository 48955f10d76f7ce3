// Checks of a household file before it is stored: identity, members, amounts, referrer and
// project. Each problem names its field so the form can show it in place.
#include "services/households/household_validation.hpp"

#include "core/error.hpp"
#include "core/money.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace cabas::services::households {

namespace {

std::string indexed(const char* list, std::size_t i, const char* field) {
    return std::string(list) + "[" + std::to_string(i + 1) + "]." + field;
}

void check_member(const core::Member& m, std::size_t i, core::Date today, std::vector<FieldProblem>& out) {
    if (m.first_name.empty()) out.push_back({indexed("membres", i, "prenom"), "prénom manquant"});
    if (m.birth_date > today)
        out.push_back({indexed("membres", i, "date_naissance"),
                       "date de naissance dans le futur (" + m.birth_date.french() + ")"});
    else if (m.birth_date.year() < 1900)
        out.push_back({indexed("membres", i, "date_naissance"), "date de naissance avant 1900"});
}

} // namespace

std::vector<FieldProblem> check_referral(const core::Referral& r, core::Date today) {
    std::vector<FieldProblem> out;
    if (r.on > today)
        out.push_back({"orientation.date", "date d'orientation dans le futur (" + r.on.french() + ")"});
    else if (r.on.year() < core::kEarliestReferralYear)
        out.push_back({"orientation.date", "date d'orientation avant " + std::to_string(core::kEarliestReferralYear) +
                                               " (" + r.on.french() + ")"});
    const std::size_t by = core::utf8::length(r.referred_by);
    if (core::trim(r.referred_by).empty())
        out.push_back({"orientation.par", "orienteur manquant (qui a orienté le foyer)"});
    else if (by > core::kReferredByMaxChars)
        out.push_back({"orientation.par", "orienteur trop long (" + std::to_string(by) + " caractères, " +
                                              std::to_string(core::kReferredByMaxChars) + " au plus)"});
    const std::size_t why = core::utf8::length(r.reason);
    if (why > core::kReferralReasonMaxChars)
        out.push_back({"orientation.motif", "motif d'orientation trop long (" + std::to_string(why) + " caractères, " +
                                                std::to_string(core::kReferralReasonMaxChars) + " au plus)"});
    return out;
}

std::vector<FieldProblem> check_household_file(const core::HouseholdFile& f, core::Date today) {
    std::vector<FieldProblem> out;
    if (f.file_number.empty()) out.push_back({"numero_dossier", "numéro de dossier manquant"});
    const auto& c = f.composition;
    if (c.members.empty()) out.push_back({"membres", "le foyer doit compter au moins une personne"});
    for (std::size_t i = 0; i < c.members.size(); ++i) check_member(c.members[i], i, today, out);
    int applicants = 0;
    for (const auto& m : c.members) applicants += m.relationship == core::Relationship::Applicant ? 1 : 0;
    if (applicants > 1)
        out.push_back({"membres", "un seul demandeur par foyer (" + std::to_string(applicants) + " indiqués)"});
    for (std::size_t i = 0; i < c.resources.size(); ++i)
        if (c.resources[i].monthly.is_negative())
            out.push_back({indexed("ressources", i, "montant"), "montant négatif"});
    for (std::size_t i = 0; i < c.charges.size(); ++i)
        if (c.charges[i].monthly.is_negative()) out.push_back({indexed("charges", i, "montant"), "montant négatif"});
    if (c.attested_qf && c.attested_qf->is_negative()) out.push_back({"qf", "quotient familial négatif"});
    for (auto& p : check_referral(f.referral, today)) out.push_back(std::move(p));
    if (f.referrer && f.referrer->organisation.empty())
        out.push_back({"prescripteur.organisation", "organisme du prescripteur manquant"});
    if (f.project && f.project->target.is_negative())
        out.push_back({"projet.montant", "montant du projet négatif"});
    if (f.commission_rate && (f.commission_rate->bp < 0 || f.commission_rate->bp > 10000))
        out.push_back({"taux", "taux hors de 0 à 100 %"});
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
        throw ValidationError(field, "montant invalide : « " + std::string(text) + " » (" + e.reason() + ")");
    }
}

core::Date parse_birth_date(std::string_view text, core::Date today, const std::string& field) {
    const core::Date d = core::parse_date(text, field);
    if (d > today) throw ValidationError(field, "date de naissance dans le futur (" + d.french() + ")");
    if (d.year() < 1900) throw ValidationError(field, "date de naissance avant 1900");
    return d;
}

} // namespace cabas::services::households
