// The household's data export as a document (see household_data_document.hpp). Every value is shown as stored, in
// plain French; nothing is suppressed: the document is about one household, for it. Free text
// (reasons, notes, details) goes in the row label or a paragraph, which wrap; the narrow
// columns hold dates, names and amounts.
#include "services/reports/household_data_document.hpp"

#include "core/messages.hpp"
#include "core/money.hpp"
#include "reports/report_labels.hpp"

namespace cabas::services {

namespace {

using core::Money;
using households::HouseholdDataExport;
using reports::Cell;
using reports::ReportDocument;
using reports::Section;
using reports::Table;
using reports::label_of;

Cell text(std::string t) { return Cell::of_text(t.empty() ? "—" : std::move(t)); }
Cell yes_no(bool b) { return Cell::of_text(b ? "oui" : "non"); }

std::string relationship_label(core::Relationship r) {
    switch (r) {
    case core::Relationship::Applicant: return "Demandeur";
    case core::Relationship::Spouse: return "Conjoint";
    case core::Relationship::Child: return "Enfant";
    case core::Relationship::OtherRelative: return "Autre parent";
    case core::Relationship::Other: break;
    }
    return "Autre";
}

std::string sex_label(core::Sex sex) {
    switch (sex) {
    case core::Sex::Female: return "Femme";
    case core::Sex::Male: return "Homme";
    case core::Sex::Unspecified: break;
    }
    return "Non précisé";
}

std::string nationality_label(core::NationalityClass n) {
    switch (n) {
    case core::NationalityClass::French: return "Française";
    case core::NationalityClass::EuropeanUnion: return "Autre pays de l'UE";
    case core::NationalityClass::ThirdCountry: return "Hors UE";
    case core::NationalityClass::Unknown: break;
    }
    return "Non renseignée";
}

/// The access log's action codes in words.
std::string action_label(const std::string& action) {
    static const std::pair<const char*, const char*> words[] = {
        {"open_file", "Consultation du dossier"},       {"open_finances", "Consultation des ressources et charges"},
        {"open_visits", "Consultation des passages"},   {"create_file", "Création du dossier"},
        {"update_file", "Modification du dossier"},     {"import_file", "Import du dossier"},
        {"decision", "Décision de la commission"},      {"renew", "Renouvellement"},
        {"suspend", "Suspension"},                      {"lift_suspension", "Levée de la suspension"},
        {"exit", "Sortie"},                             {"card_issue", "Émission d'une carte"},
        {"card_revoke", "Révocation d'une carte"},      {"card_replace", "Remplacement d'une carte"},
        {"card_print", "Impression de la carte"},       {"export_file", "Export du dossier"},
        {"denied", "Accès refusé"},                     {"commission_list", "Liste de la commission"},
        {"commission_pdf", "Procès-verbal de la commission"}, {"anonymise", "Anonymisation du dossier"}};
    for (const auto& [code, label] : words)
        if (action == code) return label;
    return action;
}

/// "2026-11-23T14:05:00Z" → "23/11/2026 14:05" (UTC, as stored).
std::string timestamp(const std::string& utc) {
    if (utc.size() < 16) return utc;
    return utc.substr(8, 2) + "/" + utc.substr(5, 2) + "/" + utc.substr(0, 4) + " " + utc.substr(11, 5);
}

Table table(std::string id, std::string title, std::vector<std::string> columns) {
    Table t;
    t.id = std::move(id);
    t.title = std::move(title);
    t.columns = std::move(columns);
    return t;
}

Section file_section(const HouseholdDataExport& d) {
    Section s;
    s.title = "Votre dossier";
    Table t = table("dossier", "Dossier", {"Rubrique", "Valeur"});
    const auto& f = *d.view.file;
    auto add = [&](std::string label, Cell value) { t.rows.push_back({std::move(label), {std::move(value)}}); };
    add("N° de dossier", text(f.file_number));
    add("Pseudonyme (affiché en caisse)", text(f.pseudonym));
    add("Type de foyer", text(label_of(f.composition.type)));
    add("Quartier", text(f.neighbourhood));
    add("Adresse", text(f.address));
    add("Logement", text(label_of(f.housing)));
    add("Ressource principale", text(label_of(f.main_resource)));
    add("QF attesté", text(d.finances.attested_qf ? core::format_euros(*d.finances.attested_qf) : ""));
    add("Orienté le", text(f.referral.on.french()));
    add("Orienté par", text(f.referral.referred_by));
    add("Motif d'orientation", text(f.referral.reason));
    add("Prescripteur", text(f.referrer ? f.referrer->organisation : ""));
    add("Travailleur social", text(f.referrer ? f.referrer->social_worker : ""));
    add("Projet", text(f.project ? label_of(f.project->type) + (f.project->description.empty() ? "" : " : " + f.project->description) : ""));
    add("Montant du projet", text(f.project ? core::format_euros(f.project->target) : ""));
    add("Nationalité (statistiques FSE+)", text(nationality_label(f.fse.nationality)));
    add("Handicap (statistiques FSE+)", yes_no(f.fse.disability));
    add("Sans domicile (statistiques FSE+)", yes_no(f.fse.homeless));
    s.tables.push_back(std::move(t));
    s.paragraphs.push_back("Notes du travailleur social : " + (d.finances.notes.empty() ? std::string("aucune.") : d.finances.notes));

    Table m = table("membres", "Membres du foyer", {"Prénom", "Nom", "Date de naissance", "Sexe", "Lien", "Handicap"});
    for (const auto& member : f.composition.members)
        m.rows.push_back({member.first_name,
                          {text(member.last_name), text(member.birth_date.french()), text(sex_label(member.sex)),
                           text(relationship_label(member.relationship)), yes_no(member.disabled)}});
    s.tables.push_back(std::move(m));

    Table r = table("ressources_charges", "Ressources et charges mensuelles", {"Nature", "Montant"});
    Money resources, charges;
    auto named = [](const std::string& kind, const std::string& label) {
        return label.empty() ? kind : kind + " (" + label + ")";
    };
    for (const auto& line : d.finances.resources) {
        r.rows.push_back({"Ressource : " + named(core::label_of(line.kind), line.label), {Cell::money(line.monthly)}});
        resources += line.monthly;
    }
    r.rows.push_back({"Total des ressources", {Cell::money(resources)}, true});
    for (const auto& line : d.finances.charges) {
        r.rows.push_back({"Charge : " + named(core::label_of(line.kind), line.label), {Cell::money(line.monthly)}});
        charges += line.monthly;
    }
    r.rows.push_back({"Total des charges", {Cell::money(charges)}, true});
    s.tables.push_back(std::move(r));
    return s;
}

Section access_section(const HouseholdDataExport& d) {
    Section s;
    s.title = "Décisions, droits d'accès et cartes";
    Table dec = table("decisions", "Décisions de la commission", {"Décision et motif", "Enregistrée par"});
    for (const auto& x : d.view.decisions)
        dec.rows.push_back({x.decided_on.french() + " — " + households::decision_label_french(x.decision) +
                                (x.reason.empty() ? "" : " : " + x.reason),
                            {text(x.decided_by)}});
    s.tables.push_back(std::move(dec));

    Table per = table("droits", "Périodes d'accès", {"Période", "Nature"});
    for (const auto& p : d.view.periods) {
        std::string label = "du " + p.start.french() + " au " + p.end.french();
        if (p.rule_override)
            label += " — dérogation aux règles" + (p.override_reason.empty() ? "" : " : " + p.override_reason);
        for (const auto& sus : p.suspensions)
            label += " — suspendu du " + sus.from.french() + (sus.until ? " au " + sus.until->french() : " (en cours)") +
                     (sus.reason.empty() ? "" : " : " + sus.reason);
        if (p.exit) label += " — sortie le " + p.exit->on.french() + " : " + core::label_of(p.exit->reason);
        per.rows.push_back({label, {text(p.renewal ? "Renouvellement" : "Première période")}});
    }
    s.tables.push_back(std::move(per));

    Table cards = table("cartes", "Cartes", {"Numéro", "État", "Émise le", "Révoquée le"});
    for (const auto& c : d.view.cards)
        cards.rows.push_back({c.number + (c.revoke_reason.empty() ? "" : " (" + c.revoke_reason + ")"),
                              {text(c.state == core::CardState::Active ? "Active" : "Révoquée"), text(c.issued_on.french()),
                               text(c.revoked_on ? c.revoked_on->french() : "")}});
    s.tables.push_back(std::move(cards));
    return s;
}

Section visits_section(const HouseholdDataExport& d) {
    Section s;
    s.title = "Vos passages";
    Table t = table("passages", "Passages à l'épicerie", {"Date (UTC)", "Articles", "Valeur", "Payé", "Économie"});
    Money value, paid;
    std::int64_t articles = 0;
    for (const auto& v : d.visits) {
        t.rows.push_back({timestamp(v.sold_at),
                          {Cell::count(v.lines, false), Cell::money(v.value), Cell::money(v.paid),
                           Cell::money(v.value - v.paid)}});
        value += v.value;
        paid += v.paid;
        articles += v.lines;
    }
    t.rows.push_back({"Total : " + std::to_string(d.visits.size()) + " passage(s)",
                      {Cell::count(articles, false), Cell::money(value), Cell::money(paid), Cell::money(value - paid)},
                      true});
    t.note = "Articles : lignes du ticket. L'économie (valeur moins payé) compte pour votre projet.";
    s.tables.push_back(std::move(t));

    Table log = table("consultations", "Qui a consulté ou modifié votre dossier", {"Action", "Date (UTC)", "Par"});
    for (const auto& e : d.accesses)
        log.rows.push_back({action_label(e.action) + (e.detail.empty() ? "" : " : " + e.detail),
                            {text(timestamp(e.at)), text(e.user_login)}});
    s.tables.push_back(std::move(log));
    return s;
}

} // namespace

ReportDocument household_data_document(const HouseholdDataExport& data) {
    const core::DocumentInFrench document;
    ReportDocument doc;
    doc.title = "Vos données à l'épicerie";
    doc.shop_name = data.shop_name;
    doc.period = "dossier " + data.view.file_number;
    doc.header_lines = {
        "Document remis au foyer à sa demande : toutes les informations que l'épicerie conserve sur lui "
        "(droit d'accès, article 15 du RGPD).",
        "Établi le " + data.produced_on.french() + " par " + data.produced_by + ".",
        "Pour faire corriger une information, adressez-vous à votre travailleur social ou à l'épicerie."};
    doc.internal = true;  // about one household, for that household: no statistical suppression
    if (data.view.file) doc.sections.push_back(file_section(data));
    doc.sections.push_back(access_section(data));
    doc.sections.push_back(visits_section(data));
    return doc;
}

} // namespace cabas::services
