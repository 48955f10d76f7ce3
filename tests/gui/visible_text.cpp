#include "visible_text.hpp"

#include "pos/ui_support.hpp"

#include <wx/anybutton.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dataview.h>
#include <wx/listbox.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace cabas::gui_testing {

namespace {

void add(std::vector<std::string>& out, const wxString& text) {
    if (!text.empty()) out.push_back(ui::from_wx(text));
}

void data_view_texts(std::vector<std::string>& out, wxDataViewCtrl* view) {
    wxDataViewModel* model = view->GetModel();
    for (unsigned c = 0; c < view->GetColumnCount(); ++c) add(out, view->GetColumn(c)->GetTitle());
    if (model == nullptr) return;
    wxDataViewItemArray rows;
    model->GetChildren(wxDataViewItem(nullptr), rows);
    for (const wxDataViewItem& row : rows) {
        for (unsigned c = 0; c < view->GetColumnCount(); ++c) {
            wxVariant value;
            model->GetValue(value, row, view->GetColumn(c)->GetModelColumn());
            if (value.GetType() == "string") add(out, value.GetString());
        }
    }
}

void window_texts(std::vector<std::string>& out, wxWindow* window) {
    if (auto* top = dynamic_cast<wxTopLevelWindow*>(window)) add(out, top->GetTitle());
    if (auto* label = dynamic_cast<wxStaticText*>(window)) add(out, label->GetLabelText());
    else if (auto* button = dynamic_cast<wxAnyButton*>(window)) add(out, button->GetLabelText());
    else if (auto* check = dynamic_cast<wxCheckBox*>(window)) add(out, check->GetLabelText());
    else if (auto* radio = dynamic_cast<wxRadioButton*>(window)) add(out, radio->GetLabelText());
    else if (auto* box = dynamic_cast<wxStaticBox*>(window)) add(out, box->GetLabelText());
    else if (auto* combo = dynamic_cast<wxComboBox*>(window)) {
        for (unsigned i = 0; i < combo->GetCount(); ++i) add(out, combo->GetString(i));
    } else if (auto* text = dynamic_cast<wxTextCtrl*>(window)) {
        if (!text->IsEditable()) add(out, text->GetValue());
    }
    else if (auto* choice = dynamic_cast<wxChoice*>(window)) {
        for (unsigned i = 0; i < choice->GetCount(); ++i) add(out, choice->GetString(i));
    } else if (auto* listbox = dynamic_cast<wxListBox*>(window)) {
        for (unsigned i = 0; i < listbox->GetCount(); ++i) add(out, listbox->GetString(i));
    } else if (auto* view = dynamic_cast<wxDataViewCtrl*>(window)) data_view_texts(out, view);
    if (auto* book = dynamic_cast<wxNotebook*>(window))
        for (std::size_t p = 0; p < book->GetPageCount(); ++p) add(out, book->GetPageText(p));
}

void walk(std::vector<std::string>& out, wxWindow* window) {
    if (!window->IsShown()) return;
    window_texts(out, window);
    // A list is read through its model above, not through its inner windows.
    if (dynamic_cast<wxDataViewCtrl*>(window) != nullptr) return;
    for (wxWindow* child : window->GetChildren()) walk(out, child);
}

/// The till's vocabulary and French grammar words; words both languages share ("total", "date",
/// "commission", "journal", "ticket", "dossier") are left out.
const std::set<std::string>& french_vocabulary() {
    static const std::set<std::string> words = {
        // grammar
        "le", "la", "les", "des", "du", "une", "est", "sont", "pas", "avec", "pour", "sans", "dans",
        "sur", "aux", "et", "ou", "ce", "cette", "qui", "que", "vous", "votre", "il", "elle", "nous",
        "au", "puis", "déjà", "encore", "aucun", "aucune", "tous", "toutes", "être", "faire",
        // the till's words
        "carte", "cartes", "foyer", "foyers", "droits", "caisse", "vente", "ventes",
        "crédit", "passage", "passages", "inconnu", "inconnue", "refusé", "refusée", "accepté",
        "acceptée", "espèces", "chèque", "bénévole", "responsable", "travailleur", "annuler",
        "enregistrer", "enregistré", "enregistrée", "fermer", "aide", "quitter", "rechercher", "reste",
        "semaine", "mois", "jour", "jours", "limite", "panier", "payer", "rendu", "montant",
        "produit", "produits", "quantité", "prix", "taux", "réception", "pertes", "inventaire",
        "barème", "paramètres", "comptes", "rapports", "sauvegarde",
        "erreur", "fichier", "ligne", "colonne", "nom", "prénom", "naissance",
        "suspendu", "suspendus", "expirés", "ouverts", "carence", "sortie", "renouveler", "dérogation",
        "épicerie", "bienvenue", "identifiant", "connexion", "valider", "imprimer", "imprimé",
    };
    return words;
}

std::string lower_ascii(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return text;
}

/// The words of `text`: runs of letters (ASCII or any UTF-8 byte), everything else splits.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalpha(byte) || byte >= 0x80) {
            word += c;
        } else if (!word.empty()) {
            out.push_back(lower_ascii(word));
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(lower_ascii(word));
    return out;
}

} // namespace

std::vector<std::string> visible_texts(wxWindow* root) {
    std::vector<std::string> out;
    walk(out, root);
    return out;
}

std::vector<std::string> french_words(wxWindow* root, const std::vector<std::string>& data) {
    std::vector<std::string> found;
    for (const std::string& shown : visible_texts(root)) {
        // Wrapped labels break lines where a space was: read them as one line.
        std::string text = shown;
        std::replace(text.begin(), text.end(), '\n', ' ');
        for (const std::string& name : data) {
            if (name.empty()) continue;
            for (auto at = text.find(name); at != std::string::npos; at = text.find(name)) text.erase(at, name.size());
        }
        for (const std::string& word : words_of(text)) {
            if (french_vocabulary().count(word) != 0)
                found.push_back("'" + text.substr(0, 120) + "' holds '" + word + "'");
        }
    }
    return found;
}

} // namespace cabas::gui_testing
