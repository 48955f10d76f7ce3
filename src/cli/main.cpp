// cabas-cli entry point: global options, dispatch to a command, and the mapping of errors to
// the documented exit codes (0 done, 1 refused, 2 bad input, 3 environment).
#include "cli/arguments.hpp"
#include "cli/cli_language.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/app_paths.hpp"

#include "cabas_version.hpp"

#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

const char* const kUsage = cabas::core::to_translate(
    "Usage : cabas-cli [--db CHEMIN] [--lang fr|en] COMMANDE ...\n"
    "        cabas-cli --help | --version\n"
    "\n"
    "Commandes :\n"
    "  init [--demo] [--seed N]                 crée la base (et une épicerie de démonstration)\n"
    "  user add IDENTIFIANT --name NOM --role volunteer|manager|social_worker|admin --new-pin CODE\n"
    "                                            crée un compte (le premier d'une base neuve : l'admin, sans (*))\n"
    "  user list | user pin IDENTIFIANT [--new-pin CODE] | user unlock|disable|enable IDENTIFIANT\n"
    "                                            comptes, verrouillages après codes erronés (*)\n"
    "  summary                                   ce que contient la base, cartes à essayer (*)\n"
    "  simulate FICHIER.json [--on DATE] [--json]  éligibilité d'un foyer, avec le détail du calcul\n"
    "  card check NUMÉRO [--on DATE] [--json]    la réponse de la caisse pour une carte (*)\n"
    "  card issue|revoke|replace DOSSIER [--reason MOTIF]   cartes d'un foyer (*)\n"
    "  card print DOSSIER FICHIER.pdf [--force]  planche PDF de la carte du foyer (*)\n"
    "  household add DOSSIER FICHIER.json --referred-by QUI [--referred-on DATE] [--referral-reason MOTIF]\n"
    "                 [--pseudonym P]            nouveau dossier orienté, composition au format de simulate (*)\n"
    "  household list [--search TEXTE] [--filter actifs|expirent|expires|carence|suspendus|en_attente]\n"
    "                 [--days N]                 les foyers et leur droit d'accès (*)\n"
    "  household show|incomes DOSSIER            un dossier selon le rôle ; ressources et charges (*)\n"
    "  household export DOSSIER --out FICHIER.pdf [--force]   toutes ses données, remises au foyer (*)\n"
    "  household decide DOSSIER --decision acceptee|refusee|ajournee|derogation [--reason MOTIF]\n"
    "                 [--from DATE] [--to DATE] [--override MOTIF] [--card]   décision de commission (*)\n"
    "  household renew DOSSIER [--from DATE] [--to DATE] [--override MOTIF]   renouvellement (*)\n"
    "  household suspend DOSSIER --reason MOTIF [--from DATE] [--until DATE]  suspension (*)\n"
    "  household lift DOSSIER                    lève la suspension (*)\n"
    "  household exit DOSSIER --reason CODE [--note TEXTE] [--date DATE]   sortie du dispositif,\n"
    "                                            par la commission : travailleur social, administrateur (*)\n"
    "  commission list | commission pdf FICHIER.pdf   dossiers anonymisés, décisions du jour (*)\n"
    "  access-log list [--household DOSSIER] [--login L] [--limit N] | export FICHIER.csv   (*)\n"
    "  bareme export [FICHIER]                   le barème en vigueur en JSON\n"
    "  bareme import FICHIER                     enregistre une nouvelle version du barème (*, administrateur)\n"
    "  import households FICHIER.csv [--dry-run] importe des dossiers de foyers, tout ou rien (*),\n"
    "                                            par un travailleur social ou un administrateur\n"
    "  import products FICHIER.csv [--dry-run]   importe des produits, tout ou rien (*),\n"
    "                                            par un responsable ou un administrateur\n"
    "  verify [--archive FICHIER | --with-archive FICHIER]\n"
    "                                            vérifie le journal chaîné et l'intégrité de la base ;\n"
    "                                            --archive : une archive seule, sans base ; --with-archive :\n"
    "                                            la base, l'archive et leur raccord\n"
    "  archive --out FICHIER [--until DATE] [--dry-run] [--on DATE]\n"
    "                                            retire de la base les ventes et clôtures de plus de\n"
    "                                            retention.sales_years ans (6) dans une archive signée\n"
    "                                            (*, administrateur)\n"
    "  backup FICHIER [--force]                  copie cohérente et vérifiée de la base, même en service\n"
    "                                            (*, administrateur)\n"
    "  backup --set-folder DOSSIER               dossier des sauvegardes automatiques (*, administrateur)\n"
    "  backup --auto                             sauvegarde automatique et rotation, pour cron (*)\n"
    "  restore FICHIER                           remplace la base par une sauvegarde vérifiée (*),\n"
    "                                            par un administrateur, hors session de caisse ouverte\n"
    "  migrate FICHIER.db postgresql://…        copie l'épicerie du fichier dans la base vide du serveur,\n"
    "                                            tout ou rien, journal vérifié (*, administrateur du fichier)\n"
    "  server setup postgresql://… [--role R] [--schema S]   sur le poste serveur, en superutilisateur\n"
    "                                            PostgreSQL : rôle, base, schéma et tables de Cabas\n"
    "  retention [--apply] [--on DATE]           dossiers sans contact depuis 24 mois ; --apply les\n"
    "                                            anonymise (administrateur, avec --user et --pin)\n"
    "  stock alerts [--days N [--save]] [--on DATE]  stock bas et dates limites proches\n"
    "  stock lot CODE|#N                         traçabilité d'un lot (réception, ventes, pertes, reste)\n"
    "  stock trace --from DATE --to DATE         lots FSE+ et Banque Alimentaire : reçu, distribué, perdu, reste\n"
    "  stock receive FICHIER.csv --origin O [--supplier S] [--date D] [--reference R]\n"
    "                                            réception d'un bon de livraison (tout ou rien)\n"
    "  stock loss CODE|#N QUANTITÉ --reason perime|casse|rappel|autre [--note TEXTE]\n"
    "                                            perte sur un lot\n"
    "  stock report --month AAAA-MM --out FICHIER.pdf  rapport de stock du mois\n"
    "  products export FICHIER.csv [--force]     catalogue au format de l'import produits\n"
    "  products families [list]                  familles de la banque alimentaire des catégories\n"
    "  products families import FICHIER.csv [--dry-run]   remplace toute la table, tout ou rien\n"
    "  products families set CATÉGORIE --family-code C --family LIBELLÉ\n"
    "                 --subfamily-code C --subfamily LIBELLÉ   range la catégorie\n"
    "  products families clear CATÉGORIE         la catégorie n'a plus de famille\n"
    "  (toutes les commandes stock et products : (*), par un responsable ou un administrateur)\n"
    "  report monthly --month AAAA-MM --out FICHIER.pdf [--csv DOSSIER] [--internal] [--threshold N]\n"
    "                                            rapport mensuel au CCAS (PDF, tableaux en CSV)\n"
    "  report annual --year AAAA --out FICHIER.pdf [--csv DOSSIER]   rapport annuel\n"
    "  report fse --from DATE --to DATE --out FICHIER.pdf [--csv DOSSIER]\n"
    "                                            rapport FSE+ et banque alimentaire\n"
    "  report consolidated --month AAAA-MM|--year AAAA --out FICHIER.pdf [--name NOM]\n"
    "                                            rapport mensuel ou annuel du CCAS sur\n"
    "                                            toutes ses épiceries (--db : sa base PostgreSQL ; le compte\n"
    "                                            doit exister et produire les rapports dans chacune)\n"
    "  (toutes les commandes report : (*), par un responsable, un travailleur social ou un\n"
    "   administrateur ; --internal et --threshold sous 11 : administrateur seulement)\n"
    "  ccas key                                  crée la clé du CCAS (contrôle des doublons entre épiceries)\n"
    "  ccas add-site CODE NOM | ccas sites       inscrit l'épicerie de --db postgresql://… au registre du\n"
    "                                            CCAS, liste les épiceries (*, administrateur)\n"
    "\n"
    "(*) avec --user IDENTIFIANT [--on DATE] : le rôle décide de ce qui est permis. Le code est\n"
    "    demandé au terminal, ou lu dans --pin-file FICHIER ou CABAS_PIN ; --pin CODE se voit dans ps.\n"
    "Sans --db : $XDG_DATA_HOME/cabas/cabas.db (~/.local/share/cabas/cabas.db).\n"
    "Codes de sortie : 0 fait, 1 refusé par une règle, 2 entrée invalide, 3 erreur d'environnement.\n");

using Runner = int (*)(cabas::cli::CommandContext&);

int dispatch(int argc, char** argv) {
    using namespace cabas::cli;
    std::vector<std::string> words(argv + 1, argv + argc);
    std::string db_path;
    std::size_t i = 0;
    for (; i < words.size(); ++i) {
        if (words[i] == "--db") {
            if (i + 1 >= words.size()) throw UsageError{cabas::core::tr("l'option --db attend un chemin")};
            db_path = words[++i];
        } else if (words[i].rfind("--db=", 0) == 0) {
            db_path = words[i].substr(5);
        } else if (words[i] == "--lang" || words[i].rfind("--lang=", 0) == 0) {
            const std::string code = words[i] == "--lang" ? (i + 1 < words.size() ? words[++i] : "") : words[i].substr(7);
            const auto language = cabas::core::language_from_code(code);
            if (!language) throw UsageError{cabas::core::tr("l'option --lang attend fr ou en")};
            cabas::core::set_language(*language);
        } else if (words[i] == "--help" || words[i] == "-h" || words[i] == "help") {
            std::cout << cabas::core::tr(kUsage);
            return kExitDone;
        } else if (words[i] == "--version") {
            std::cout << "cabas-cli " << cabas::version << "\n";
            return kExitDone;
        } else {
            break;
        }
    }
    if (i >= words.size()) throw UsageError{cabas::core::tr("commande manquante")};
    static const std::map<std::string, Runner> commands = {
        {"init", run_init},         {"summary", run_summary}, {"simulate", run_simulate},
        {"card", run_card},         {"bareme", run_bareme},   {"import", run_import},
        {"verify", run_verify},   {"backup", run_backup},     {"restore", run_restore},
        {"household", run_household}, {"commission", run_commission}, {"access-log", run_access_log},
        {"stock", run_stock},     {"products", run_products},
        {"report", run_report},   {"user", run_user},         {"retention", run_retention},
        {"archive", run_archive},   {"ccas", run_ccas},         {"migrate", run_migrate},
        {"server", run_server},
    };
    auto it = commands.find(words[i]);
    if (it == commands.end()) throw UsageError{cabas::core::tr("commande inconnue : {0}", words[i])};
    if (db_path.empty()) db_path = cabas::services::default_database_path();
    CommandContext context(db_path, std::vector<std::string>(words.begin() + static_cast<long>(i) + 1, words.end()),
                           std::cout, std::cerr);
    return it->second(context);
}

} // namespace

int main(int argc, char** argv) {
    using namespace cabas::cli;
    // Everything this program writes (database, backups, PDF and CSV exports) holds personal
    // data: private to its owner whatever the umask of the shell.
    cabas::services::make_new_files_private();
    cabas::core::set_language(language_from_environment());
    try {
        return dispatch(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << cabas::core::tr("cabas-cli : {0}", e.message) << "\n\n" << cabas::core::tr(kUsage);
        return kExitBadInput;
    } catch (const cabas::PermissionError& e) {
        std::cerr << cabas::core::tr("cabas-cli : refusé : {0}", e.what()) << "\n";
        return kExitRefused;
    } catch (const cabas::ValidationError& e) {
        std::cerr << cabas::core::tr("cabas-cli : {0}", e.what()) << "\n";
        return kExitBadInput;
    } catch (const cabas::StorageError& e) {
        std::cerr << cabas::core::tr("cabas-cli : erreur de base de données : {0}", e.what()) << "\n";
        return kExitEnvironment;
    } catch (const cabas::Error& e) {
        std::cerr << cabas::core::tr("cabas-cli : {0}", e.what()) << "\n";
        return kExitEnvironment;
    } catch (const std::exception& e) {
        std::cerr << cabas::core::tr("cabas-cli : erreur inattendue : {0}", e.what()) << "\n";
        return kExitEnvironment;
    }
}
