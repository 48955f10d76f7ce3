// The capability table, one row per capability, one column per role, so a reader sees each
// right in one line; and the single place that turns a refusal into a log line and an error.
#include "services/access_control.hpp"

#include "core/messages.hpp"

#include "storage/store.hpp"

#include <array>

namespace cabas::services {

namespace {

struct Row {
    Capability capability;
    const char* code;
    const char* label;
    // volunteer, manager, social worker, admin
    std::array<bool, 4> allowed;
};

constexpr bool V = true, o = false;

// Volunteers only sell. Managers run the till, the stock and the households' access and cards,
// never the social file. Social workers hold the social file and the commission, never the till
// or the stock. Admins hold everything, and alone touch accounts, barème, backups and the log.
// Exits belong to the commission (social workers, admins): ending a household's access is a
// decision about the household, not a till matter, so a manager suspends but does not exit.
// The automatic backup runs under the épicerie's own authority: whoever closes the till or has
// the back office open sets it off, but the copy only ever goes to the folder an admin chose
// (saving backup.folder asks BackUp), under our naming pattern, and nobody but an admin
// chooses, opens or moves it; so every role may trigger it, and only admins may back up.
constexpr std::array<Row, 25> table{{
    //                                                                                     vol mgr sw adm
    {Capability::Sell, "sell", core::to_translate("tenir la caisse"), {V, V, o, V}},
    {Capability::OverrideAtTill, "override_at_till", core::to_translate("déroger à un refus en caisse"), {o, V, o, V}},
    {Capability::CorrectSale, "correct_sale", core::to_translate("corriger une vente"), {o, V, o, V}},
    {Capability::OpenDrawer, "open_drawer", core::to_translate("ouvrir le tiroir-caisse sans vente"), {o, V, o, V}},
    {Capability::ManageStock, "manage_stock", core::to_translate("gérer les produits et le stock"), {o, V, o, V}},
    {Capability::ListHouseholds, "list_households", core::to_translate("consulter les foyers"), {o, V, V, V}},
    {Capability::ManageAccess, "manage_access", core::to_translate("modifier les droits d'accès d'un foyer"), {o, V, V, V}},
    {Capability::ManageCards, "manage_cards", core::to_translate("gérer les cartes"), {o, V, V, V}},
    {Capability::SeeSocialFile, "see_social_file",
     core::to_translate("voir le dossier social (ressources, charges, notes, paniers)"), {o, o, V, V}},
    {Capability::EditFile, "edit_file", core::to_translate("créer ou modifier un dossier de foyer"), {o, o, V, V}},
    {Capability::Decide, "decide", core::to_translate("enregistrer une décision de commission"), {o, o, V, V}},
    {Capability::RecordExit, "record_exit", core::to_translate("enregistrer la sortie d'un foyer du dispositif"), {o, o, V, V}},
    {Capability::ExportHouseholdData, "export_household_data", core::to_translate("exporter les données d'un foyer"), {o, o, V, V}},
    {Capability::BuildReports, "build_reports", core::to_translate("produire les rapports"), {o, V, V, V}},
    {Capability::MakeReportInternal, "make_report_internal",
     core::to_translate("lever le secret statistique d'un rapport (rapport interne ou seuil sous 11)"), {o, o, o, V}},
    {Capability::EditSettings, "edit_settings", core::to_translate("modifier les paramètres"), {o, V, o, V}},
    {Capability::SetBareme, "set_bareme", core::to_translate("modifier le barème"), {o, o, o, V}},
    {Capability::ManageAccounts, "manage_accounts", core::to_translate("gérer les comptes"), {o, o, o, V}},
    {Capability::ReadAccessLog, "read_access_log", core::to_translate("consulter le journal des accès"), {o, o, o, V}},
    {Capability::BackUp, "back_up", core::to_translate("sauvegarder la base"), {o, o, o, V}},
    {Capability::RunAutomaticBackup, "run_automatic_backup",
     core::to_translate("déclencher la sauvegarde automatique (dans le dossier choisi par l'administrateur)"), {V, V, V, V}},
    {Capability::Restore, "restore", core::to_translate("restaurer une sauvegarde"), {o, o, o, V}},
    {Capability::ApplyRetention, "apply_retention", core::to_translate("anonymiser les dossiers anciens"), {o, o, o, V}},
    {Capability::ArchiveSales, "archive_sales", core::to_translate("archiver les ventes et clôtures anciennes"), {o, o, o, V}},
    {Capability::OpenBackOffice, "open_back_office", core::to_translate("ouvrir la gestion"), {o, V, V, V}},
}};

const Row& row_of(Capability capability) {
    for (const Row& row : table)
        if (row.capability == capability) return row;
    throw InternalError(core::tr("capacité absente de la table des droits"));
}

std::size_t column_of(core::Role role) {
    switch (role) {
    case core::Role::Volunteer: return 0;
    case core::Role::Manager: return 1;
    case core::Role::SocialWorker: return 2;
    case core::Role::Admin: return 3;
    }
    throw InternalError(core::tr("rôle inconnu"));
}

} // namespace

const std::vector<Capability>& all_capabilities() {
    static const std::vector<Capability> all = [] {
        std::vector<Capability> v;
        for (const Row& row : table) v.push_back(row.capability);
        return v;
    }();
    return all;
}

const std::vector<core::Role>& all_roles() {
    static const std::vector<core::Role> roles = {core::Role::Volunteer, core::Role::Manager,
                                                  core::Role::SocialWorker, core::Role::Admin};
    return roles;
}

bool may(core::Role role, Capability capability) { return row_of(capability).allowed[column_of(role)]; }

std::string role_label(core::Role role) {
    switch (role) {
    case core::Role::Volunteer: return core::tr("bénévole");
    case core::Role::Manager: return core::tr("responsable");
    case core::Role::SocialWorker: return core::tr("travailleur social");
    case core::Role::Admin: return core::tr("administrateur");
    }
    return core::tr("inconnu");
}

std::string capability_label(Capability capability) { return core::tr(row_of(capability).label); }
std::string to_code(Capability capability) { return row_of(capability).code; }

bool granted(storage::Store& store, const LoggedUser& user, Capability capability,
             std::optional<std::int64_t> household_id) {
    if (may(user, capability)) return true;
    // The refusal itself is worth knowing about: someone tried to see or do what their role may not.
    // The log keeps the French label, like every stored text (the screens translate what they show).
    store.access_log().append(user.login, "denied", household_id, row_of(capability).label);
    return false;
}

void require(storage::Store& store, const LoggedUser& user, Capability capability,
             std::optional<std::int64_t> household_id) {
    if (granted(store, user, capability, household_id)) return;
    throw PermissionDenied(core::tr("accès refusé : un {0} ne peut pas {1}", role_label(user.role), capability_label(capability)),
                           capability);
}

void refuse_without_login(storage::Store& store, Capability capability, const std::string& login_tried) {
    store.access_log().append(login_tried.empty() ? "(sans connexion)" : login_tried, "denied", std::nullopt,
                              row_of(capability).label);
    throw PermissionDenied(core::tr("connexion nécessaire pour {0} : --user LOGIN et le code (voir cabas-cli --help)",
                                    capability_label(capability)),
                           capability);
}

} // namespace cabas::services
