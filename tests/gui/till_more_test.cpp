// More of the till, each test asserting what the screen shows and what the database holds:
// a session left open from an earlier day, a manager's override of a limit, search by name,
// weighed items, a basket with nothing to pay, several payments, the duplicate receipt, the
// cancelled sale and a Z report the printer refused. Keys go through wxEVT_CHAR_HOOK and codes
// through ChangeValue + Enter (the fast path); till_flow_test.cpp types real keystrokes.
#include "support/test_login.hpp"
#include "gui_fixture.hpp"

#include "pos/card_banner.hpp"
#include "pos/totals_panel.hpp"
#include "services/till/till_service.hpp"
#include "services/login.hpp"

#include <wx/listbox.h>
#include <wx/msgdlg.h>

#include <fstream>

using namespace cabas;
using namespace cabas::gui_testing;
using Catch::Contains;

namespace {

using Found = std::pair<std::string, core::Product>;

/// The first product with a barcode, in stock (`min_stock` pieces or grams), with no lot near
/// its date, that also passes `wanted`.
std::optional<Found> find_product(TillWorld& world, std::int64_t min_stock,
                                  const std::function<bool(const core::Product&)>& wanted) {
    for (const auto& product : world.store->catalogue().products()) {
        if (product.barcodes.empty() || !wanted(product)) continue;
        bool fresh = true;
        std::int64_t stock = 0;
        for (const auto& lot : world.store->stock().lots_of(product.id)) {
            stock += lot.remaining;
            if (lot.remaining > 0 && lot.expiry_on && *lot.expiry_on <= world.today.plus_days(10)) fresh = false;
        }
        if (fresh && stock >= min_stock) return Found{product.barcodes.front(), product};
    }
    return std::nullopt;
}

/// Logs in, scans a green card with at least 20 € of credit left.
ui::TillPanel* serve_a_household(TillWorld& world) {
    const std::string card = world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20));
    ui::TillPanel* till = world.log_in();
    scan_fast(till, card);
    REQUIRE(text(till->banner()->title_text()).rfind("Carte valide", 0) == 0);
    return till;
}

/// The payment dialog answered by `act`, opened with F12.
void pay_with(ui::TillPanel* till, std::function<void(ui::PaymentDialog*)> act) {
    wxTEST_DIALOG(press(till->scan_field(), WXK_F12),
                  wxExpectModal<ui::PaymentDialog>([&act](ui::PaymentDialog* dialog) {
                      act(dialog);
                      return dialog->GetReturnCode();
                  }));
}

/// Pays what is due in cash with Enter (the amount is already in the field).
void pay_exact_cash(ui::TillPanel* till) {
    pay_with(till, [](ui::PaymentDialog* dialog) { enter_in(dialog->amount_field()); });
    REQUIRE(till->last_sale_id() != 0);
}

wxExpectModal<ui::OverrideDialog> override_by(const std::string& login, const std::string& pin,
                                              const std::string& reason, const std::string& shot = {}) {
    return wxExpectModal<ui::OverrideDialog>([=](ui::OverrideDialog* dialog) {
        dialog->manager_field()->ChangeValue(ui::to_wx(login));
        dialog->pin_field()->ChangeValue(ui::to_wx(pin));
        dialog->reason_field()->ChangeValue(ui::to_wx(reason));
        if (!shot.empty()) screenshot_dialog(dialog, shot);
        enter_in(dialog->reason_field());
        return dialog->GetReturnCode();
    });
}

storage::SaleRecord only_sale(TillWorld& world) {
    const auto session = world.frame->till()->current_session();
    REQUIRE(session);
    const auto sales = world.store->sales().sales_of_session(session->id);
    REQUIRE(sales.size() == 1);
    const auto sale = world.store->sales().sale(sales.front().id);
    REQUIRE(sale);
    return *sale;
}

} // namespace

TEST_CASE("a session left open from an earlier day is flagged at login", "[gui]") {
    TillWorld world;
    const auto marie = cabas::testing::log_in_now(*world.store, "marie", "1111");
    REQUIRE(marie);
    const core::Date yesterday = world.today.plus_days(-1);
    const services::FixedClock yesterdays_clock(yesterday);
    services::till::TillService earlier(*world.store, yesterdays_clock, "caisse-1", *marie);
    const auto left_open = earlier.open_session(core::Money::from_euros(30));

    ui::TillPanel* till = world.log_in();  // no float asked: a session is open
    const std::string warning = text(till->session_warning());
    CHECK_THAT(warning, Contains("restée ouverte"));
    CHECK_THAT(warning, Contains(text(ui::local_date(left_open.opened_at))));
    CHECK_THAT(warning, Contains("F11"));
    const auto session = world.frame->till()->current_session();
    REQUIRE(session);
    CHECK(session->id == left_open.id);
    CHECK(session->from_earlier_day);
    const auto stored = world.store->sales().open_session_of("caisse-1");
    REQUIRE(stored);
    CHECK(stored->id == left_open.id);
    screenshot(world.frame, "07_session_left_open");
}

TEST_CASE("a manager overrides a per-visit limit with a PIN and a reason, a volunteer cannot", "[gui]") {
    TillWorld world;
    const auto limited = world.find_products(1, true).front();
    ui::TillPanel* till = serve_a_household(world);
    const std::int64_t limit = *limited.second.limit.per_visit;
    for (std::int64_t i = 0; i <= limit; ++i) scan_fast(till, limited.first);
    REQUIRE(till->message_colour() == ui::palette().background(ui::Tone::Refused));
    REQUIRE(text(till->basket()->cell(0, 1)) == std::to_string(limit));

    // marie is a volunteer: refused, nothing added.
    wxTEST_DIALOG(press(till->scan_field(), WXK_F6), override_by("marie", "1111", "Famille nombreuse"));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Refused));
    CHECK_THAT(text(till->message_text()), Contains("responsable"));
    CHECK(text(till->basket()->cell(0, 1)) == std::to_string(limit));

    // paul, the manager: the line goes past its limit, marked.
    const std::string reason = "Famille nombreuse, accord de la CESF";
    wxTEST_DIALOG(press(till->scan_field(), WXK_F6), override_by("paul", "2222", reason, "08_override_dialog"));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Warning));  // amber: sold past a limit
    CHECK_THAT(text(till->message_text()), Contains("dérogation accordée par Paul"));
    REQUIRE(till->basket()->row_count() == 1);
    CHECK(text(till->basket()->cell(0, 1)) == std::to_string(limit + 1));
    CHECK_THAT(text(till->basket()->cell(0, 0)), Contains("(dérogation)"));
    screenshot(world.frame, "09_override_granted");

    pay_exact_cash(till);
    const auto sale = only_sale(world);
    CHECK(sale.override_by == std::optional<std::string>("paul"));
    CHECK(sale.override_reason == std::optional<std::string>(reason));
    std::int64_t sold = 0;
    for (const auto& line : sale.lines) sold += line.product_id == limited.second.id ? line.quantity : 0;
    CHECK(sold == limit + 1);
}

TEST_CASE("F3 finds a product by name and adds it without scanning", "[gui]") {
    TillWorld world;
    const auto product = world.find_products(1).front().second;
    ui::TillPanel* till = serve_a_household(world);
    std::size_t results = 0;
    wxTEST_DIALOG(press(till->scan_field(), WXK_F3), wxExpectModal<ui::SearchDialog>([&](ui::SearchDialog* dialog) {
                      dialog->text_field()->ChangeValue(ui::to_wx(product.name));
                      enter_in(dialog->text_field());
                      results = dialog->results()->GetCount();
                      for (unsigned i = 0; i < dialog->results()->GetCount(); ++i)
                          if (dialog->results()->GetString(i).StartsWith(ui::to_wx(product.name + "  ")))
                              dialog->results()->SetSelection(static_cast<int>(i));
                      enter_in(dialog->text_field());
                      return dialog->GetReturnCode();
                  }));
    CHECK(results >= 1);
    REQUIRE(till->basket()->row_count() == 1);
    CHECK(text(till->basket()->cell(0, 0)) == product.name);
    REQUIRE(world.frame->till()->lines().size() == 1);
    CHECK(world.frame->till()->lines().front().product_id == product.id);
    CHECK(text(till->totals()->value_text()) == core::format_euros(product.retail_value));

    pay_exact_cash(till);
    const auto sale = only_sale(world);
    REQUIRE_FALSE(sale.lines.empty());
    CHECK(sale.lines.front().product_id == product.id);
}

TEST_CASE("a weighed product asks its grams and is priced by weight", "[gui]") {
    TillWorld world;
    const auto weighed = find_product(world, 3000, [](const core::Product& p) {
        return p.unit == core::SaleUnit::Weight && (!p.limit.per_visit || *p.limit.per_visit >= 1250);
    });
    REQUIRE(weighed);
    const auto& product = weighed->second;
    const std::int64_t stock_before = world.store->stock().quantity_on_hand(product.id);
    ui::TillPanel* till = serve_a_household(world);
    wxTEST_DIALOG(scan_fast(till, weighed->first), wxExpectModal<ui::EntryDialog>("1250", "10_weight_dialog"));
    REQUIRE(till->basket()->row_count() == 1);
    const core::Money value = core::price_by_weight(product.retail_value, 1250);
    CHECK(text(till->basket()->cell(0, 1)) == "1,250 kg");
    CHECK(text(till->basket()->cell(0, 2)) == core::format_euros(value));
    CHECK(text(till->totals()->value_text()) == core::format_euros(value));
    CHECK(world.frame->till()->lines().front().quantity == 1250);
    screenshot(world.frame, "11_weighed_line");

    pay_exact_cash(till);
    const auto sale = only_sale(world);
    std::int64_t grams = 0;
    for (const auto& line : sale.lines) grams += line.quantity;
    CHECK(grams == 1250);
    CHECK(sale.total_value == value);
    CHECK(world.store->stock().quantity_on_hand(product.id) == stock_before - 1250);
}

TEST_CASE("a basket with nothing to pay validates with Enter", "[gui]") {
    TillWorld world;
    auto zero = find_product(world, 2, [](const core::Product& p) { return p.always_free && p.unit == core::SaleUnit::Piece; });
    if (!zero)
        zero = find_product(world, 2, [&](const core::Product& p) {
            const auto lots = world.store->stock().lots_of(p.id);
            return p.unit == core::SaleUnit::Piece && !lots.empty() &&
                   std::all_of(lots.begin(), lots.end(), [](const auto& lot) {
                       return lot.remaining == 0 || lot.origin == core::Origin::FsePlus;
                   });
        });
    REQUIRE(zero);
    ui::TillPanel* till = serve_a_household(world);
    scan_fast(till, zero->first);
    REQUIRE(till->basket()->row_count() == 1);
    REQUIRE(world.frame->till()->amount_due().is_zero());
    CHECK(text(till->totals()->to_pay_text()) == core::format_euros(core::Money()));

    wxString remaining;
    pay_with(till, [&](ui::PaymentDialog* dialog) {
        remaining = dialog->remaining_text();
        enter_in(dialog->amount_field());
    });
    CHECK(text(remaining) == core::format_euros(core::Money()));
    REQUIRE(till->last_sale_id() != 0);
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Ok));
    CHECK(till->basket()->row_count() == 0);
    const auto sale = only_sale(world);
    CHECK(sale.total_paid.is_zero());
    CHECK(sale.total_value == zero->second.retail_value);
    core::Money paid;
    for (const auto& payment : sale.payments) paid += payment.amount;
    CHECK(paid.is_zero());
}

TEST_CASE("part by bank card (F3), the rest in cash with change: two payments", "[gui]") {
    TillWorld world;
    const auto products = world.find_products(3);
    ui::TillPanel* till = serve_a_household(world);
    for (const auto& [code, product] : products) scan_fast(till, code);
    // Enough to split: add pieces of the first product until at least 1 € is due.
    for (int i = 0; i < 6 && world.frame->till()->amount_due() < core::Money::from_euros(1); ++i)
        scan_fast(till, products.front().first);
    const core::Money due = world.frame->till()->amount_due();
    REQUIRE(due >= core::Money::from_euros(1));
    const core::Money by_card = core::Money::from_cents(due.cents() / 2);
    const core::Money in_cash = due - by_card;
    const core::Money given = core::Money::from_euros(20);

    wxString still_due;
    wxString change;
    pay_with(till, [&](ui::PaymentDialog* dialog) {
        dialog->amount_field()->ChangeValue(ui::to_wx(core::format_decimal(by_card)));
        press(dialog->amount_field(), WXK_F3);
        still_due = dialog->remaining_text();
        dialog->amount_field()->SetValue("20");
        change = dialog->change_text();
        screenshot_dialog(dialog, "12_two_payments");
        enter_in(dialog->amount_field());
    });
    CHECK(text(still_due) == core::format_euros(in_cash));
    CHECK(text(change) == core::format_euros(given - in_cash));
    REQUIRE(till->last_sale_id() != 0);
    CHECK_THAT(text(till->message_text()), Contains("Rendu : " + core::format_euros(given - in_cash)));

    const auto sale = only_sale(world);
    CHECK(sale.total_paid == due);
    REQUIRE(sale.payments.size() == 2);
    auto payment_by = [&](core::PaymentMethod method) {
        for (const auto& payment : sale.payments)
            if (payment.method == method) return payment.amount;
        return core::Money::from_cents(-1);
    };
    CHECK(payment_by(core::PaymentMethod::Card) == by_card);
    CHECK(payment_by(core::PaymentMethod::Cash) == in_cash);
}

TEST_CASE("F7 after a sale prints a duplicate receipt", "[gui]") {
    TillWorld world;
    const auto product = world.find_products(1).front();
    ui::TillPanel* till = serve_a_household(world);
    press(till->scan_field(), WXK_F7);
    CHECK_THAT(text(till->message_text()), Contains("Aucun ticket"));
    scan_fast(till, product.first);
    pay_exact_cash(till);
    const auto sale = only_sale(world);
    const std::string receipt = "ticket-caisse-1-" + std::to_string(sale.sequence);
    REQUIRE(world.printed() == std::vector<std::string>{receipt + ".pdf"});

    press(till->scan_field(), WXK_F7);
    CHECK_THAT(text(till->message_text()), Contains("Duplicata enregistré (PDF) : " + world.tickets_dir));
    const auto printed = world.printed();
    REQUIRE(printed.size() == 2);
    CHECK(std::count(printed.begin(), printed.end(), receipt + ".pdf") == 1);
    CHECK(std::count_if(printed.begin(), printed.end(), [&](const std::string& name) {
              return name.rfind(receipt + "-duplicata", 0) == 0;
          }) == 1);
    CHECK(only_sale(world).id == sale.id);  // a reprint records no sale
}

TEST_CASE("F9 asks before cancelling the sale, and nothing is recorded", "[gui]") {
    TillWorld world;
    const auto products = world.find_products(2);
    const auto journal_before = world.store->journal().head();
    const std::int64_t stock_before = world.store->stock().quantity_on_hand(products[0].second.id);
    ui::TillPanel* till = serve_a_household(world);
    for (const auto& [code, product] : products) scan_fast(till, code);
    REQUIRE(till->basket()->row_count() == 2);

    wxTEST_DIALOG(press(till->scan_field(), WXK_F9), wxExpectModal<ui::ConfirmDialog>([](ui::ConfirmDialog* dialog) {
                      CHECK(text(dialog->question()) == "Annuler cette vente ? Rien ne sera enregistré.");
                      screenshot_dialog(dialog, "14_cancel_sale_confirm");
                      press(dialog, WXK_ESCAPE);
                      return dialog->GetReturnCode();
                  }));
    CHECK(till->basket()->row_count() == 2);
    wxTEST_DIALOG(press(till->scan_field(), WXK_F9), wxExpectModal<ui::ConfirmDialog>([](ui::ConfirmDialog* dialog) {
                      press(dialog, WXK_F9);  // the same key again confirms
                      return dialog->GetReturnCode();
                  }));
    CHECK(till->basket()->row_count() == 0);
    CHECK_THAT(text(till->message_text()), Contains("rien n'a été enregistré"));
    CHECK(text(till->totals()->to_pay_text()) == core::format_euros(core::Money()));

    const auto session = world.frame->till()->current_session();
    REQUIRE(session);
    CHECK(world.store->sales().sales_of_session(session->id).empty());
    CHECK(world.store->stock().quantity_on_hand(products[0].second.id) == stock_before);
    const auto journal_after = world.store->journal().head();
    CHECK((journal_after ? journal_after->sequence : 0) == (journal_before ? journal_before->sequence : 0));
}

TEST_CASE("a Z report the printer refuses is said in amber and the session is closed anyway", "[gui]") {
    TillWorld world;
    ui::TillPanel* till = world.log_in();
    const auto session = world.frame->till()->current_session();
    REQUIRE(session);
    // The PDF directory lies under a plain file: writing the report must fail.
    std::ofstream(world.dir + "/not-a-directory") << "x";
    world.store->settings().set("printer.pdf_dir", world.dir + "/not-a-directory/tickets");

    wxString status;
    wxColour colour;
    bool printed_once = true;
    wxTEST_DIALOG(press(till->scan_field(), WXK_F11), wxExpectModal<ui::EntryDialog>("50,00"),
                  wxExpectModal<ui::ZReportDialog>([&](ui::ZReportDialog* dialog) {
                      status = dialog->status_text();
                      colour = dialog->status_colour();
                      printed_once = dialog->original_printed();
                      screenshot_dialog(dialog, "13_z_not_printed");
                      return wxID_OK;
                  }));
    CHECK_THAT(text(status), Contains("NON imprimé"));
    CHECK_THAT(text(status), Contains("F7"));
    CHECK(colour == ui::palette().background(ui::Tone::Warning));
    CHECK_FALSE(printed_once);
    CHECK(world.printed().empty());
    CHECK_FALSE(world.store->sales().open_session_of("caisse-1"));
    const auto closed = world.store->sales().session(session->id);
    REQUIRE(closed);
    REQUIRE(wait_for([&] { return world.frame->till_panel() == nullptr; }));
}
