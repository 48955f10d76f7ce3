// The whole evening at the till, driven like a volunteer: log in, open the session, scan a
// card and three products (real keystrokes for the card and the first product), pay cash,
// check the screen and the database, try to pay twice, close the session and read the Z report.
#include "gui_fixture.hpp"

#include "pos/card_banner.hpp"
#include "pos/login_panel.hpp"
#include "pos/totals_panel.hpp"

using namespace cabas;
using namespace cabas::gui_testing;

TEST_CASE("a volunteer serves a household with the keyboard and closes the session", "[gui]") {
    TillWorld world;
    const std::string card = world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20));
    const auto products = world.find_products(3);
    std::vector<std::int64_t> stock_before;
    for (const auto& [code, product] : products) stock_before.push_back(world.store->stock().quantity_on_hand(product.id));
    const auto journal_before = world.store->journal().head();

    // Login: a wrong PIN first, then marie / 1111 typed on the keyboard.
    ui::LoginPanel* login = world.frame->login_panel();
    login->user_field()->ChangeValue("marie");
    login->pin_field()->ChangeValue("9999");
    login->submit();
    CHECK(text(login->error_text()) == "Identifiant ou code incorrect");
    screenshot(world.frame, "01_login");
    login->focus_user();
    REQUIRE(wait_for([&] { return login->user_field()->HasFocus(); }));
    wxTEST_DIALOG(
        (scan_keys("marie"), wait_for([&] { return login->pin_field()->HasFocus(); }), scan_keys("1111"),
         wait_for([&] { return world.frame->till_panel() != nullptr; })),
        wxExpectModal<ui::EntryDialog>("50,00"));
    ui::TillPanel* till = world.frame->till_panel();
    REQUIRE(till != nullptr);
    CHECK_THAT(text(till->header_text()), Catch::Contains("Session ouverte"));
    CHECK_THAT(text(till->header_text()), Catch::Contains("Marie"));
    CHECK(text(till->banner()->title_text()) == "Scannez la carte du foyer");
    const auto session = world.frame->till()->current_session();
    REQUIRE(session);
    CHECK(session->float_amount == core::Money::from_euros(50));

    // The card and the first product as a scanner types them; the scan field keeps the focus.
    REQUIRE(wait_for([&] { return till->scan_field()->HasFocus(); }));
    scan_keys(card);
    wait_for([&] { return till->scan_field()->GetValue().empty() && !till->banner()->title_text().StartsWith("Scan"); });
    INFO("banner: " << text(till->banner()->title_text()) << " / strip: " << text(till->message_text()) << " / field: " << text(till->scan_field()->GetValue()));
    REQUIRE(wait_for([&] { return text(till->banner()->title_text()).rfind("Carte valide — ", 0) == 0; }));
    CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Ok));
    CHECK_THAT(text(till->banner()->details_text()), Catch::Contains("Crédit du mois"));
    scan_keys(products[0].first);
    REQUIRE(wait_for([&] { return till->basket()->row_count() == 1; }));
    CHECK(till->scan_field()->HasFocus());
    scan_fast(till, products[1].first);
    scan_fast(till, products[2].first);
    REQUIRE(till->basket()->row_count() == 3);
    CHECK(till->scan_field()->GetValue().empty());

    core::Money value;
    for (const auto& [code, product] : products) value += product.retail_value;
    const core::Money due = world.frame->till()->amount_due();
    CHECK(text(till->totals()->value_text()) == core::format_euros(value));
    CHECK(text(till->totals()->to_pay_text()) == core::format_euros(due));
    CHECK(text(till->totals()->savings_text()) == core::format_euros(value - due));
    CHECK(text(till->basket()->cell(0, 0)) == products[0].second.name);
    screenshot(world.frame, "02_green_card_basket");

    // F12, 20 € cash, Enter twice: one sale, the change shown.
    const core::Money given = core::Money::from_euros(20);
    wxTEST_DIALOG((wxUIActionSimulator().Char(WXK_F12), wait_for([&] { return till->last_sale_id() != 0; })),
                  wxExpectModal<ui::PaymentDialog>([&](ui::PaymentDialog* dialog) {
                      dialog->amount_field()->SetValue("20");
                      dialog->Show();
                      dialog->Raise();
                      screenshot(dialog, "04_payment");
                      CHECK(text(dialog->change_text()) == core::format_euros(given - due));
                      dialog->confirm();
                      dialog->confirm();  // the double Enter
                      dialog->Hide();
                      return dialog->GetReturnCode();
                  }));
    REQUIRE(till->last_sale_id() != 0);
    CHECK_THAT(text(till->message_text()), Catch::Contains("enregistrée"));
    // Printing is set to PDF files: the strip says where the ticket is, never "imprimé"; the
    // change appears once.
    const std::string strip = text(till->message_text());
    CHECK_THAT(strip, Catch::Contains("Ticket enregistré (PDF) : " + world.tickets_dir + "/ticket-caisse-1-"));
    CHECK(strip.find("imprimé") == std::string::npos);
    const auto first_change = strip.find("Rendu");
    CHECK(first_change != std::string::npos);
    CHECK(strip.find("Rendu", first_change + 1) == std::string::npos);
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Ok));
    CHECK(till->basket()->row_count() == 0);

    // A second F12 on the emptied basket records nothing.
    wxUIActionSimulator().Char(WXK_F12);
    REQUIRE(wait_for([&] { return text(till->message_text()).find("Rien à payer") != std::string::npos; }));

    const auto sales = world.store->sales().sales_of_session(session->id);
    REQUIRE(sales.size() == 1);
    const auto sale = world.store->sales().sale(sales.front().id);
    REQUIRE(sale);
    CHECK(sale->lines.size() == 3);
    CHECK(sale->total_value == value);
    CHECK(sale->total_paid == due);
    REQUIRE(sale->payments.size() == 1);
    CHECK(sale->payments.front().method == core::PaymentMethod::Cash);
    CHECK(sale->payments.front().amount == due);
    for (std::size_t i = 0; i < products.size(); ++i)
        CHECK(world.store->stock().quantity_on_hand(products[i].second.id) == stock_before[i] - 1);
    const auto journal_after = world.store->journal().head();
    REQUIRE(journal_after);
    CHECK(journal_after->kind == "sale");
    CHECK(journal_after->sequence == (journal_before ? journal_before->sequence : 0) + 1);

    // F11: counted cash = float + what was paid; the Z report shows it, then back to login.
    // The report is printed as the session closes; F7 in the dialog reprints it as a duplicate.
    reports::ZReportModel z;
    wxString status;
    wxColour status_colour;
    wxString reprint_status;
    const wxString counted = ui::to_wx(core::format_decimal(core::Money::from_euros(50) + due));
    wxTEST_DIALOG((wxUIActionSimulator().Char(WXK_F11), wait_for([&] { return z.session_id != 0; })),
                  wxExpectModal<ui::EntryDialog>(counted),
                  wxExpectModal<ui::ZReportDialog>([&](ui::ZReportDialog* dialog) {
                      z = dialog->report();
                      status = dialog->status_text();
                      status_colour = dialog->status_colour();
                      screenshot_dialog(dialog, "05_z_report");
                      press(dialog->FindWindow(wxID_OK), WXK_F7);
                      reprint_status = dialog->status_text();
                      return wxID_OK;
                  }));
    const std::string z_name = "z-caisse-1-" + std::to_string(session->id);
    CHECK_THAT(text(status), Catch::Contains("Ticket Z enregistré (PDF) : " + world.tickets_dir + "/z-caisse-1-"));
    CHECK(status_colour == ui::palette().background(ui::Tone::Ok));
    CHECK_THAT(text(reprint_status), Catch::Contains("Duplicata du ticket Z enregistré (PDF) : "));
    const auto printed = world.printed();
    CHECK(std::count(printed.begin(), printed.end(), z_name + ".pdf") == 1);
    CHECK(std::count(printed.begin(), printed.end(), z_name + "-duplicata.pdf") == 1);
    CHECK(z.sales_count == 1);
    CHECK(z.total_value == value);
    CHECK(z.total_paid == due);
    CHECK(z.savings == value - due);
    CHECK(z.cash_float == core::Money::from_euros(50));
    CHECK(z.cash_expected == core::Money::from_euros(50) + due);
    CHECK(z.cash_counted == core::Money::from_euros(50) + due);
    CHECK(z.difference.is_zero());
    REQUIRE(wait_for([&] { return world.frame->till_panel() == nullptr && login->IsShown(); }));
    CHECK_FALSE(world.store->sales().open_session_of("caisse-1"));
}
