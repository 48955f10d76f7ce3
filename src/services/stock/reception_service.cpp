// Reception checks (see receive() for the rules) before the repository's single transaction.
#include "services/stock/reception_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"

namespace cabas::services::stock {

namespace {

bool traced_lot_by_lot(core::Origin o) { return o == core::Origin::FsePlus || o == core::Origin::FoodBank; }

void check_line(storage::Store& store, const storage::Reception& r, const storage::ReceptionLine& line, int number,
                std::vector<ReceptionProblem>& out) {
    auto add = [&](std::string field, std::string reason) { out.push_back({number, std::move(field), std::move(reason)}); };
    const auto product = store.catalogue().get_product(line.product_id);
    if (!product) add(core::tr("produit"), core::tr("produit inconnu (n° {0})", line.product_id));
    if (line.quantity <= 0) {
        if (product && product->unit == core::SaleUnit::Weight)
            add(core::tr("poids"), core::tr("le poids en grammes doit être positif"));
        else
            add(core::tr("quantité"), core::tr("la quantité doit être positive"));
    }
    if (line.expiry_on && line.expiry_kind == core::ExpiryKind::Dlc && *line.expiry_on < r.received_on)
        add(core::tr("DLC"), core::tr("DLC du {0} déjà dépassée à la livraison : refusez ce lot", line.expiry_on->french()));
    if (traced_lot_by_lot(r.origin) && line.lot_code.find_first_not_of(' ') == std::string::npos)
        add(core::tr("lot"), core::tr("numéro de lot obligatoire pour {0} (traçabilité)", core::label_of(r.origin)));
    if (r.origin == core::Origin::Purchase && !line.unit_cost)
        add(core::tr("coût unitaire"), core::tr("coût obligatoire pour un achat"));
    if (r.origin != core::Origin::Purchase && line.unit_cost)
        add(core::tr("coût unitaire"),
            core::tr("pas de coût pour une marchandise reçue gratuitement ({0})", core::label_of(r.origin)));
    if (line.unit_cost && line.unit_cost->is_negative()) add(core::tr("coût unitaire"), core::tr("le coût ne peut pas être négatif"));
}

} // namespace

std::string ReceptionProblem::to_string() const {
    const std::string where = line == 0 ? core::tr("bon de livraison") : core::tr("ligne {0}", line);
    return field.empty() ? core::tr("{0} : {1}", where, reason) : core::tr("{0} : {1} : {2}", where, field, reason);
}

std::string to_string(const std::vector<ReceptionProblem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.to_string() + "\n";
    return out;
}

ReceptionOutcome receive(storage::Store& store, const LoggedUser& by, const storage::Reception& reception, core::Date today,
                         const std::vector<int>& line_numbers) {
    require(store, by, Capability::ManageStock);
    ReceptionOutcome outcome;
    auto& problems = outcome.problems;
    if (reception.received_on > today)
        problems.push_back({0, core::tr("date"),
                            core::tr("la date de livraison {0} est dans le futur", reception.received_on.french())});
    if (reception.lines.empty())
        problems.push_back({0, core::tr("lignes"), core::tr("le bon de livraison ne contient aucune ligne")});
    for (std::size_t i = 0; i < reception.lines.size(); ++i) {
        const int number = i < line_numbers.size() ? line_numbers[i] : static_cast<int>(i + 1);
        check_line(store, reception, reception.lines[i], number, problems);
    }
    if (!problems.empty()) return outcome;
    try {
        outcome.reception_id = store.stock().add_reception(reception);
    } catch (const ValidationError& e) {
        // The repository re-checks inside its transaction (a product deleted meanwhile).
        problems.push_back({0, e.field(), e.reason()});
    }
    return outcome;
}

} // namespace cabas::services::stock
