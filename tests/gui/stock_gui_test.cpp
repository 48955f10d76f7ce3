// The stock screens under Xvfb: a food-bank delivery note typed as a scanner types (digits
// then Enter), an unknown barcode created on the spot, an inventory count by scanning, the
// stock home with its alerts and report, the categories' food-bank families, and screenshots of
// every stock screen.
#include "support/test_login.hpp"
#include "gui_fixture.hpp"

#include "pos/category_family_dialog.hpp"
#include "pos/inventory_dialog.hpp"
#include "pos/loss_dialog.hpp"
#include "pos/product_edit_dialog.hpp"
#include "pos/product_list_dialog.hpp"
#include "pos/reception_dialog.hpp"
#include "pos/stock_panel.hpp"
#include "pos/stock_trace_dialog.hpp"
#include "pos/stock_widgets.hpp"
#include "services/stock/stock_alerts.hpp"
#include "storage/category_family_repository.hpp"
#include "services/login.hpp"

#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>

#include <fstream>

CABAS_EXPECT_MODAL_WITH(cabas::ui::ProductEditDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::FamilyEditDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::CategoryFamilyDialog)

using namespace cabas;
using namespace cabas::gui_testing;

namespace {
/// The demo's manager, as the stock screens act for him.
services::LoggedUser paul() { return {2, "paul", "Paul", core::Role::Manager}; }
} // namespace

namespace {

/// A demo épicerie and a frame holding the stock home as paul (manager).
struct StockWorld {
    std::string dir;
    std::unique_ptr<storage::Store> store;
    services::SystemClock clock;
    core::Date today = clock.today();
    services::LoggedUser paul;
    wxFrame* frame = nullptr;
    ui::StockPanel* panel = nullptr;

    explicit StockWorld(core::Role role = core::Role::Manager) {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-stock-gui-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        store = storage::open_sqlite_store(dir + "/cabas.db", options);
        services::demo::seed_demo(*store, today, 1);
        paul = *cabas::testing::log_in_now(*store, role == core::Role::Manager ? "paul" : "marie",
                                       role == core::Role::Manager ? "2222" : "1111");
        frame = new wxFrame(nullptr, wxID_ANY, "Cabas — stock", wxDefaultPosition, wxSize(1024, 768));
        panel = new ui::StockPanel(frame, *store, clock, paul);
        frame->Show();
        frame->Raise();
        wait_for([this] { return frame->IsShown(); });
        settle(300);
    }
    ~StockWorld() {
        frame->Destroy();
        wxYield();
        store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
    StockWorld(const StockWorld&) = delete;
    StockWorld& operator=(const StockWorld&) = delete;

    /// Barcodes of `count` products sold by the piece.
    std::vector<core::Product> piece_products(std::size_t count) {
        std::vector<core::Product> found;
        for (const auto& p : store->catalogue().products())
            if (p.unit == core::SaleUnit::Piece && !p.barcodes.empty() && found.size() < count) found.push_back(p);
        REQUIRE(found.size() == count);
        return found;
    }

    template <class Dialog>
    void show(Dialog* dialog) {
        dialog->Show();
        dialog->Raise();
        wait_for([dialog] { return dialog->IsShown(); });
        settle(300);
    }
};

std::int64_t lot_quantity(storage::Store& store, const std::string& code) {
    for (const auto& lot : store.stock().all_lots(true))
        if (lot.lot_code == code) return lot.initial_quantity;
    return -1;
}

} // namespace

TEST_CASE("a food-bank delivery note is scanned with the keyboard and saved whole", "[gui][stock]") {
    StockWorld w;
    const auto products = w.piece_products(2);
    auto* dialog = new ui::ReceptionDialog(w.frame, *w.store, w.clock, paul());
    w.show(dialog);
    dialog->origin_choice()->SetSelection(0);  // Banque Alimentaire
    dialog->supplier_field()->ChangeValue(ui::to_wx("Banque Alimentaire du Rhône"));
    dialog->reference_field()->ChangeValue("BA-2026-118");
    dialog->lot_field()->ChangeValue("BA118-A");
    dialog->expiry_field()->ChangeValue(ui::to_wx(w.today.plus_days(12).french()));
    dialog->scan_field()->SetFocus();
    settle(200);

    scan_keys(products[0].barcodes.front());
    REQUIRE(wait_for([&] { return dialog->lines().size() == 1; }));
    scan_keys(products[0].barcodes.front());
    REQUIRE(wait_for([&] { return dialog->lines()[0].quantity == 2; }));
    dialog->lot_field()->ChangeValue("BA118-B");
    dialog->kind_choice()->SetSelection(1);  // DDM
    dialog->quantity_field()->ChangeValue("6");
    scan_keys(products[1].barcodes.front());
    REQUIRE(wait_for([&] { return dialog->lines().size() == 2; }));
    CHECK(wxWindow::FindFocus() == dialog->scan_field());
    CHECK(dialog->table()->row_count() == 2);
    CHECK(text(dialog->table()->cell(0, 2)) == "2");
    CHECK(text(dialog->table()->cell(1, 3)) == "DDM " + w.today.plus_days(12).french());
    screenshot(dialog, "stock_reception_scanned");

    REQUIRE(dialog->save());
    CHECK(dialog->lines().empty());
    CHECK(text(dialog->strip()->GetLabel()).find("enregistrée") != std::string::npos);
    CHECK(lot_quantity(*w.store, "BA118-A") == 2);
    CHECK(lot_quantity(*w.store, "BA118-B") == 6);
    const auto reception = w.store->stock().reception(dialog->last_reception_id());
    REQUIRE(reception);
    CHECK(reception->origin == core::Origin::FoodBank);
    CHECK(reception->reference == "BA-2026-118");
    CHECK(reception->supplier == "Banque Alimentaire du Rhône");
    CHECK(reception->created_by == "paul");
    screenshot(dialog, "stock_reception_saved");
    dialog->Destroy();
}

TEST_CASE("a delivery note with a bad line is refused whole and says why", "[gui][stock]") {
    StockWorld w;
    const auto products = w.piece_products(1);
    auto* dialog = new ui::ReceptionDialog(w.frame, *w.store, w.clock, paul());
    w.show(dialog);
    dialog->origin_choice()->SetSelection(1);  // FSE+: lot code required, left empty
    dialog->scan(products[0].barcodes.front());
    const auto lots_before = w.store->stock().all_lots(true).size();
    CHECK_FALSE(dialog->save());
    CHECK(text(dialog->strip()->GetLabel()).find("ligne 1 : lot : numéro de lot obligatoire pour FSE+") != std::string::npos);
    CHECK(w.store->stock().all_lots(true).size() == lots_before);
    CHECK(dialog->lines().size() == 1);  // kept for correction
    screenshot(dialog, "stock_reception_refused");
    dialog->Destroy();
}

TEST_CASE("Escape on a delivery note with lines asks before losing them", "[gui][stock]") {
    StockWorld w;
    const auto products = w.piece_products(1);
    auto* dialog = new ui::ReceptionDialog(w.frame, *w.store, w.clock, paul());
    w.show(dialog);
    dialog->scan(products[0].barcodes.front());
    REQUIRE(dialog->lines().size() == 1);
    wxTEST_DIALOG(press(dialog->scan_field(), WXK_ESCAPE), wxExpectModal<ui::ConfirmDialog>([](ui::ConfirmDialog* ask) {
                      CHECK(text(ask->question()) == "1 ligne n'est pas enregistrée. Fermer et la perdre ?");
                      screenshot_dialog(ask, "stock_reception_close_asked");
                      press(ask, WXK_ESCAPE);
                      return ask->GetReturnCode();
                  }));
    CHECK(dialog->lines().size() == 1);  // kept: the answer was no
    wxTEST_DIALOG(CHECK(dialog->close_asking()), wxExpectModal<ui::ConfirmDialog>([](ui::ConfirmDialog* ask) {
                      press(ask, WXK_F9);
                      return ask->GetReturnCode();
                  }));
    CHECK(dialog->lines().empty());
    CHECK(dialog->GetReturnCode() == wxID_CANCEL);
    dialog->Destroy();

    auto* empty = new ui::ReceptionDialog(w.frame, *w.store, w.clock, paul());
    w.show(empty);
    CHECK(empty->close_asking());  // nothing to lose: no question
    empty->Destroy();
}

TEST_CASE("an unknown barcode at reception offers to create the product on the spot", "[gui][stock]") {
    StockWorld w;
    auto* dialog = new ui::ReceptionDialog(w.frame, *w.store, w.clock, paul());
    w.show(dialog);
    dialog->origin_choice()->SetSelection(3);  // Don
    const std::string fresh = "3017620422003";
    REQUIRE_FALSE(w.store->catalogue().find_by_barcode(fresh));
    wxTEST_DIALOG(dialog->scan(fresh), wxExpectModal<wxMessageDialog>(wxNO));
    CHECK(dialog->lines().empty());
    wxTEST_DIALOG(dialog->scan(fresh), wxExpectModal<wxMessageDialog>(wxYES),
                  wxExpectModal<ui::ProductEditDialog>([](ui::ProductEditDialog* edit) {
                      CHECK(text(edit->barcodes_field()->GetValue()).find("3017620422003") != std::string::npos);
                      edit->name_field()->ChangeValue(ui::to_wx("Pâte à tartiner 400 g"));
                      edit->value_field()->ChangeValue("3,49");
                      screenshot_dialog(edit, "stock_product_created_at_reception");
                      const bool saved = edit->save();
                      INFO(text(edit->problem()->GetLabel()));
                      CHECK(saved);
                      return saved ? wxID_OK : wxID_CANCEL;
                  }));
    REQUIRE(dialog->lines().size() == 1);
    const auto created = w.store->catalogue().find_by_barcode(fresh);
    REQUIRE(created);
    CHECK(created->name == "Pâte à tartiner 400 g");
    CHECK(dialog->lines()[0].product_id == created->id);
    CHECK(dialog->save());
    dialog->Destroy();
}

TEST_CASE("an inventory is counted by scanning and its differences adjust the stock", "[gui][stock]") {
    StockWorld w;
    const auto products = w.piece_products(2);
    const auto expected = w.store->stock().quantity_on_hand(products[0].id);
    auto* dialog = new ui::InventoryDialog(w.frame, *w.store, w.clock, paul());
    w.show(dialog);
    dialog->scope_field()->ChangeValue("Rayon 1");
    dialog->start();
    REQUIRE(dialog->session_id() > 0);
    settle(200);
    for (int i = 0; i < 3; ++i) scan_keys(products[0].barcodes.front());
    scan_keys(products[1].barcodes.front());
    REQUIRE(wait_for([&] { return dialog->sheet()->row_count() == 2 && text(dialog->sheet()->cell(0, 1)) == "3"; }));
    CHECK(text(dialog->sheet()->cell(0, 2)) == std::to_string(expected));
    CHECK(wxWindow::FindFocus() == dialog->scan_field());
    screenshot(dialog, "stock_inventory_counting");

    REQUIRE(dialog->close_and_adjust(false));
    CHECK(w.store->stock().quantity_on_hand(products[0].id) == 3);
    CHECK(w.store->stock().quantity_on_hand(products[1].id) == 1);
    CHECK(w.store->stock().inventory(dialog->session_id())->closed_at);
    CHECK(text(dialog->strip()->GetLabel()).find("clos") != std::string::npos);
    screenshot(dialog, "stock_inventory_closed");
    dialog->Destroy();
}

TEST_CASE("the stock home lists the alerts and writes the stock report", "[gui][stock]") {
    StockWorld w;
    CHECK(w.panel->allowed());
    const auto alerts = services::stock::stock_alerts(*w.store, paul(), w.today);
    CHECK(w.panel->expiring_table()->row_count() == static_cast<int>(alerts.expiring.size()));
    CHECK(w.panel->expiring_table()->row_count() > 0);
    screenshot(w.frame, "stock_home");
    w.panel->set_expiry_days(2);
    CHECK(services::stock::expiry_alert_days(*w.store) == 2);
    CHECK(w.panel->expiring_table()->row_count() ==
          static_cast<int>(services::stock::stock_alerts(*w.store, paul(), w.today).expiring.size()));
    CHECK(text(w.panel->expiring_title()->GetLabel()).find("d'ici 2 jours") != std::string::npos);
    const std::string pdf = w.dir + "/stock.pdf";
    CHECK(w.panel->write_report(pdf));
    CHECK(std::filesystem::file_size(pdf) > 1000);
    CHECK(text(w.panel->strip()->GetLabel()).find("stock.pdf") != std::string::npos);
}

TEST_CASE("a volunteer sees the stock home closed to them", "[gui][stock]") {
    StockWorld w(core::Role::Volunteer);
    CHECK_FALSE(w.panel->allowed());
    CHECK(w.panel->expiring_table()->row_count() == 0);
    CHECK(text(w.panel->strip()->GetLabel()).find("responsables") != std::string::npos);
    screenshot(w.frame, "stock_home_volunteer");
}

TEST_CASE("the products, loss and traceability screens", "[gui][stock]") {
    StockWorld w;
    auto* list = new ui::ProductListDialog(w.frame, *w.store, paul());
    w.show(list);
    list->search_field()->SetValue("riz");
    REQUIRE(wait_for([&] { return list->table()->row_count() > 0; }));
    for (long i = 0; i < list->table()->row_count(); ++i)
        CHECK(text(list->table()->cell(i, 0)).find("Riz") != std::string::npos);
    screenshot(list, "stock_products");
    list->sort_by(3);  // by stock on hand
    for (std::size_t i = 1; i < list->rows().size(); ++i) CHECK(list->rows()[i - 1].on_hand <= list->rows()[i].on_hand);
    list->sort_by(3);  // and back, descending
    CHECK(list->rows().front().on_hand >= list->rows().back().on_hand);
    {
        std::ofstream bad(w.dir + "/produits.csv");
        bad << "nom;categorie;valeur;codes_barres\nThé vert;epicerie;2,10;3017620422004\n";
    }
    const std::string refused = text(list->import_file(w.dir + "/produits.csv"));
    CHECK(refused.find("Rien n'a été importé (1 erreur(s))") == 0);
    CHECK(refused.find("produits.csv:2: codes_barres") != std::string::npos);
    const core::Product riz = list->rows().front().product;
    list->Destroy();

    auto* edit = new ui::ProductEditDialog(w.frame, *w.store, paul(), riz);
    w.show(edit);
    edit->barcodes_field()->AppendText("\n3017620422004");
    CHECK_FALSE(edit->save());
    INFO(text(edit->problem()->GetLabel()));
    CHECK(text(edit->problem()->GetLabel()).find("chiffre de contrôle invalide") != std::string::npos);
    screenshot(edit, "stock_product_edit_refused");
    edit->Destroy();

    auto* loss = new ui::LossDialog(w.frame, *w.store, w.clock, paul());
    w.show(loss);
    loss->find(riz.barcodes.front());
    REQUIRE_FALSE(loss->lots().empty());
    const auto lot = loss->lots().front();
    loss->quantity_field()->ChangeValue("1");
    loss->reason_choice()->SetSelection(1);  // broken
    REQUIRE(loss->record());
    CHECK(w.store->stock().lot(lot.lot_id)->remaining == lot.remaining - 1);
    screenshot(loss, "stock_loss");
    loss->Destroy();

    auto* trace = new ui::StockTraceDialog(w.frame, *w.store, paul(), w.clock);
    w.show(trace);
    trace->show_lot("#" + std::to_string(lot.lot_id));
    const std::string shown = text(trace->output()->GetValue());
    CHECK(shown.find("casse (paul)") != std::string::npos);
    CHECK(shown.find("Lot #" + std::to_string(lot.lot_id) + " « ") == 0);
    screenshot(trace, "stock_trace");
    trace->show_period(w.today.plus_days(-100).french(), w.today.french());
    CHECK(text(trace->output()->GetValue()).find("FSE+") != std::string::npos);
    screenshot(trace, "stock_trace_period");
    trace->Destroy();
}

TEST_CASE("the categories' food-bank families are imported, edited and cleared from the products screen", "[gui][stock]") {
    StockWorld w;
    auto* list = new ui::ProductListDialog(w.frame, *w.store, paul());
    w.show(list);
    bool opened = false;
    wxTEST_DIALOG(press(list->search_field(), WXK_F4), wxExpectModal<ui::CategoryFamilyDialog>([&](ui::CategoryFamilyDialog*) {
                      opened = true;
                      return wxID_CANCEL;
                  }));
    CHECK(opened);
    list->Destroy();

    auto* families = new ui::CategoryFamilyDialog(w.frame, *w.store, paul());
    w.show(families);
    REQUIRE(families->table()->row_count() == 11);
    CHECK(text(families->table()->cell(0, 1)) == "Sans famille");
    {
        std::ofstream csv(w.dir + "/familles.csv");
        csv << "categorie;code_famille;famille;code_sous_famille;sous_famille\n"
               "feculents;EP;Épicerie;EP01;Féculents\n"
               "produits_sucres;EP;Épicerie;EP03;Produits sucrés\n"
               "hygiene;HE;Hygiène et entretien;HE01;Hygiène corporelle\n"
               "entretien;HE;Hygiène et entretien;HE02;Entretien de la maison\n";
    }
    CHECK(text(families->import_file(w.dir + "/familles.csv")) == "4 catégories rangées ; les autres sont sans famille.");
    const auto row_of = [&](const std::string& name) {
        for (long i = 0; i < families->table()->row_count(); ++i)
            if (text(families->table()->cell(i, 0)) == name) return i;
        return -1L;
    };
    const long hygiene = row_of("Hygiène");
    REQUIRE(hygiene >= 0);
    CHECK(text(families->table()->cell(hygiene, 1)) == "HE Hygiène et entretien");
    CHECK(text(families->table()->cell(hygiene, 2)) == "HE01 Hygiène corporelle");
    screenshot(families, "stock_families");

    const long baby = row_of("Bébé");
    REQUIRE(baby >= 0);
    families->table()->select_row(baby);
    wxTEST_DIALOG(press(families->table(), WXK_F2), wxExpectModal<ui::FamilyEditDialog>([](ui::FamilyEditDialog* form) {
        form->family_code_field()->ChangeValue("HE");
        form->family_field()->ChangeValue("Droguerie");
        form->subfamily_code_field()->ChangeValue("HE03");
        form->subfamily_field()->ChangeValue(ui::to_wx("Bébé"));
        CHECK_FALSE(form->save());
        INFO(text(form->problem()->GetLabel()));
        CHECK(text(form->problem()->GetLabel()).find("la famille HE s'appelle déjà « Hygiène et entretien »") != std::string::npos);
        form->Show();
        screenshot(form, "stock_family_edit_refused");
        form->family_field()->ChangeValue(ui::to_wx("Hygiène et entretien"));
        CHECK(form->save());
        form->Hide();
        return wxID_OK;
    }));
    CHECK(text(families->table()->cell(baby, 2)) == "HE03 Bébé");
    CHECK(text(families->strip()->GetLabel()) == "Famille enregistrée pour Bébé");

    families->table()->select_row(hygiene);
    press(families->table(), WXK_F8);
    CHECK(text(families->table()->cell(hygiene, 1)) == "Sans famille");
    CHECK_FALSE(storage::category_families(*w.store)->of(w.store->catalogue().find_category("hygiene")->id));
    families->Destroy();
}

