// Catalogue data for the demo: plausible French grocery products and 2026 retail values.
#include "services/demo/demo_catalogue.hpp"

namespace cabas::services::demo {

const std::vector<DemoCategory>& demo_categories() {
    static const std::vector<DemoCategory> categories = {
        {"fruits_legumes", "Fruits et légumes", -1, 0, 0},
        {"feculents", "Féculents", -1, 0, 0},
        {"produits_laitiers", "Produits laitiers", -1, 0, 0},
        {"viande_poisson_oeufs", "Viande, poisson, œufs", -1, 0, 0},
        {"matieres_grasses", "Matières grasses", -1, 3, 6},
        {"boissons", "Boissons", -1, 0, 0},
        {"produits_sucres", "Produits sucrés", -1, 0, 0},
        {"epicerie", "Épicerie salée", -1, 0, 0},
        {"hygiene", "Hygiène", 500, 0, 0},
        {"entretien", "Entretien de la maison", -1, 4, 8},
        {"bebe", "Bébé", -1, 4, 12},
    };
    return categories;
}

const std::vector<DemoFamily>& demo_families() {
    static const std::vector<DemoFamily> families = {
        {"fruits_legumes", "Pommes", "golden|gala|au kilo bio", 299, 0, true, false, 0},
        {"fruits_legumes", "Bananes", "au kilo", 219, 0, true, false, 0},
        {"fruits_legumes", "Carottes", "au kilo|sachet 1 kg", 169, 0, true, false, 0},
        {"fruits_legumes", "Pommes de terre", "sac 2,5 kg|sac 5 kg", 399, 2500, false, false, 0},
        {"fruits_legumes", "Oignons", "filet 1 kg", 249, 1000, false, false, 0},
        {"fruits_legumes", "Haricots verts", "conserve 800 g|surgelés 1 kg", 219, 800, false, false, 0},
        {"fruits_legumes", "Petits pois carottes", "conserve 800 g", 199, 800, false, false, 0},
        {"fruits_legumes", "Compote de pommes", "4 × 100 g|sans sucres ajoutés 4 × 100 g", 189, 400, false, false, 0},
        {"feculents", "Pâtes", "coquillettes 500 g|spaghetti 500 g|penne 500 g|torsades 1 kg", 109, 500, false, false, 0},
        {"feculents", "Riz", "long grain 1 kg|basmati 1 kg|rond 1 kg", 219, 1000, false, false, 0},
        {"feculents", "Semoule", "moyenne 1 kg", 189, 1000, false, false, 0},
        {"feculents", "Lentilles", "vertes 500 g|corail 500 g", 199, 500, false, false, 0},
        {"feculents", "Farine de blé", "T45 1 kg", 119, 1000, false, false, 0},
        {"feculents", "Pain de mie", "500 g|complet 500 g", 179, 500, false, false, 0},
        {"feculents", "Céréales petit-déjeuner", "pétales de maïs 500 g|muesli 750 g", 259, 500, false, false, 0},
        {"produits_laitiers", "Lait demi-écrémé", "1 L|6 × 1 L", 109, 1000, false, false, 0},
        {"produits_laitiers", "Yaourts nature", "4 × 125 g|8 × 125 g", 149, 500, false, false, 0},
        {"produits_laitiers", "Fromage râpé", "emmental 200 g", 239, 200, false, false, 0},
        {"produits_laitiers", "Camembert", "250 g", 219, 250, false, false, 0},
        {"produits_laitiers", "Beurre doux", "250 g", 289, 250, false, false, 0},
        {"viande_poisson_oeufs", "Œufs", "boîte de 6|boîte de 12", 239, 360, false, false, 0},
        {"viande_poisson_oeufs", "Thon au naturel", "boîte 140 g|lot 3 × 140 g", 249, 140, false, false, 0},
        {"viande_poisson_oeufs", "Sardines à l'huile", "boîte 135 g", 169, 135, false, false, 0},
        {"viande_poisson_oeufs", "Filets de poulet", "barquette 500 g", 699, 500, false, false, 2},
        {"viande_poisson_oeufs", "Steaks hachés surgelés", "10 × 100 g", 799, 1000, false, false, 2},
        {"viande_poisson_oeufs", "Jambon", "4 tranches", 259, 160, false, false, 0},
        {"matieres_grasses", "Huile de tournesol", "1 L", 259, 920, false, false, 2},
        {"matieres_grasses", "Huile d'olive", "75 cl", 799, 690, false, false, 1},
        {"matieres_grasses", "Margarine", "500 g", 219, 500, false, false, 0},
        {"boissons", "Eau minérale", "6 × 1,5 L", 229, 9000, false, false, 0},
        {"boissons", "Jus d'orange", "1 L", 199, 1000, false, false, 0},
        {"boissons", "Café moulu", "250 g", 329, 250, false, false, 2},
        {"boissons", "Thé", "25 sachets", 189, 50, false, false, 0},
        {"boissons", "Chocolat en poudre", "800 g", 449, 800, false, false, 0},
        {"produits_sucres", "Sucre en poudre", "1 kg", 139, 1000, false, false, 2},
        {"produits_sucres", "Confiture", "fraise 370 g|abricot 370 g", 219, 370, false, false, 0},
        {"produits_sucres", "Biscuits", "petit-beurre 200 g|sablés 300 g|fourrés chocolat 300 g", 159, 250, false, false, 0},
        {"produits_sucres", "Chocolat noir", "tablette 200 g", 219, 200, false, false, 0},
        {"epicerie", "Sauce tomate", "pot 500 g|coulis 700 g", 149, 500, false, false, 0},
        {"epicerie", "Sel fin", "1 kg", 59, 1000, false, false, 0},
        {"epicerie", "Soupe", "légumes 1 L|potiron 1 L", 219, 1000, false, false, 0},
        {"epicerie", "Plat cuisiné", "raviolis 800 g|cassoulet 840 g|chili 800 g", 349, 800, false, false, 0},
        {"hygiene", "Gel douche", "250 ml", 199, 250, false, false, 0},
        {"hygiene", "Shampooing", "250 ml", 249, 250, false, false, 0},
        {"hygiene", "Dentifrice", "75 ml", 189, 75, false, false, 0},
        {"hygiene", "Savon", "lot de 2", 169, 200, false, false, 0},
        {"hygiene", "Protections hygiéniques", "paquet de 16", 329, 150, false, true, 2},
        {"hygiene", "Papier toilette", "6 rouleaux|12 rouleaux", 329, 600, false, false, 0},
        {"entretien", "Lessive liquide", "1,5 L|3 L", 599, 1500, false, false, 1},
        {"entretien", "Liquide vaisselle", "500 ml", 169, 500, false, false, 0},
        {"entretien", "Éponges", "lot de 3", 149, 60, false, false, 0},
        {"entretien", "Nettoyant multi-usages", "750 ml", 229, 750, false, false, 0},
        {"bebe", "Couches", "taille 3 × 30|taille 4 × 28|taille 5 × 24", 1199, 900, false, false, 2},
        {"bebe", "Lait infantile", "2e âge 800 g|croissance 1 L", 1299, 800, false, false, 2},
        {"bebe", "Petits pots", "légumes 2 × 200 g|fruits 4 × 100 g", 259, 400, false, false, 0},
        {"bebe", "Lingettes bébé", "paquet de 64", 199, 300, false, false, 0},
    };
    return families;
}

const std::vector<std::string>& demo_brands() {
    static const std::vector<std::string> brands = {"Marque repère", "Premier prix", "Marque nationale"};
    return brands;
}

} // namespace cabas::services::demo
