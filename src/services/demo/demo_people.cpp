// Data lists for the demo households.
#include "services/demo/demo_people.hpp"

namespace cabas::services::demo {

const std::vector<std::string>& female_first_names() {
    static const std::vector<std::string> names = {
        "Fatou", "Marie", "Nadia", "Sophie", "Aïcha", "Julie", "Lina", "Chantal", "Inès", "Camille",
        "Yasmine", "Monique", "Léa", "Samira", "Océane", "Amina", "Nathalie", "Zoé", "Mariam", "Élodie",
        "Sandrine", "Khadija", "Manon", "Héloïse", "Rose", "Jeanne", "Awa", "Sarah", "Emma", "Louise"};
    return names;
}

const std::vector<std::string>& male_first_names() {
    static const std::vector<std::string> names = {
        "Karim", "Jean", "Mamadou", "Thomas", "Youssef", "Pierre", "Lucas", "Moussa", "Nicolas", "Hugo",
        "Rachid", "Bernard", "Théo", "Ibrahima", "Kevin", "Omar", "Jérôme", "Nathan", "Ali", "François",
        "Mehdi", "Patrick", "Adam", "Gaël", "Sékou", "Louis", "Enzo", "Bilal", "Michel", "Noah"};
    return names;
}

const std::vector<std::string>& last_names() {
    static const std::vector<std::string> names = {
        "Martin", "Bernard", "Diallo", "Petit", "Benali", "Durand", "Traoré", "Leroy", "Moreau", "Nguyen",
        "Haddad", "Fournier", "Camara", "Girard", "Bonnet", "Mercier", "Kone", "Lambert", "Fontaine", "Rousseau",
        "Cissé", "Garnier", "Chevalier", "Mendy", "Faure", "André", "Mahamat", "Blanc", "Guerin", "Boyer"};
    return names;
}

const std::vector<std::string>& neighbourhoods() {
    static const std::vector<std::string> places = {
        "Centre-ville", "Les Tilleuls", "La Gare", "Bel-Air", "Le Plateau", "Les Peupliers", "Saint-Jean"};
    return places;
}

const std::vector<DemoReferrer>& demo_referrers() {
    static const std::vector<DemoReferrer> referrers = {
        {"CCAS de Villeneuve", "Mme Durand", "ccas"},
        {"CCAS de Villeneuve", "M. Lefèvre", "ccas"},
        {"Maison départementale des solidarités Nord", "Mme Kaddour", "departement"},
        {"CAF — point d'accueil Centre", "Mme Roux", "caf"},
        {"Secours catholique", "M. Perrin", "association"},
        {"Mission locale", "Mme Bah", "association"},
    };
    return referrers;
}

} // namespace cabas::services::demo
