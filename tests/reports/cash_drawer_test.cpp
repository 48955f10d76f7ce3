// The cash drawer on the thermal printer's port: the kick's golden bytes, when a receipt carries
// it (an original paid in cash, never a duplicate, never without a drawer), and its settings.
#include "report_fixtures.hpp"
#include "reports/escpos.hpp"
#include "reports/receipt_printer.hpp"

#include <catch2/catch.hpp>

using namespace cabas::reports;
using namespace cabas::reports::test;
using cabas::core::Money;

namespace {

PrinterSettings device_with_drawer(const std::filesystem::path& device, int pin) {
    PrinterSettings s;
    s.mode = PrinterSettings::EscposDevice;
    s.device_path = device.string();
    s.drawer_pin = pin;
    return s;
}

} // namespace

TEST_CASE("the drawer kick is ESC p, the pin, 50 ms on and 500 ms off", "[report][drawer]") {
    CHECK(escpos_drawer_kick(2) == std::string("\x1B\x70\x00\x19\xFA", 5));
    CHECK(escpos_drawer_kick(5) == std::string("\x1B\x70\x01\x19\xFA", 5));
    CHECK_THROWS(escpos_drawer_kick(3));
}

TEST_CASE("a receipt paid in cash opens the drawer first; a duplicate or a card payment does not", "[report][drawer]") {
    TempDir dir;
    const auto device = dir.path() / "lp0";
    write_file(device, "");
    const std::string receipt = render_receipt_escpos(sample_receipt(), 42);
    struct Case {
        const char* what;
        int pin;
        bool duplicate;
        Money cash;
        std::string expected_prefix;
    };
    const Case cases[] = {
        {"cash, drawer on pin 2", 2, false, Money::from_cents(500), std::string("\x1B\x70\x00\x19\xFA", 5)},
        {"cash, drawer on pin 5", 5, false, Money::from_cents(500), std::string("\x1B\x70\x01\x19\xFA", 5)},
        {"cash, no drawer", 0, false, Money::from_cents(500), ""},
        {"cash, duplicate", 2, true, Money::from_cents(500), ""},
        {"paid by card", 2, false, Money{}, ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        ReceiptModel model = sample_receipt();
        model.duplicate = c.duplicate;
        model.cash_given = c.cash;
        const std::string expected = c.expected_prefix + render_receipt_escpos(model, 42);
        CHECK(receipt_job(model, device_with_drawer(device, c.pin)) == expected);
        write_file(device, "");
        REQUIRE(print_receipt(model, device_with_drawer(device, c.pin), FontPaths{}).ok);
        CHECK(read_file(device) == expected);
    }
}

TEST_CASE("the drawer opens alone on a manager's key, and says so when none is set", "[report][drawer]") {
    TempDir dir;
    const auto device = dir.path() / "lp0";
    write_file(device, "");
    const PrintResult opened = open_drawer(device_with_drawer(device, 2));
    CHECK(opened.ok);
    CHECK(opened.message == "Tiroir-caisse ouvert");
    CHECK(read_file(device) == std::string("\x1B\x70\x00\x19\xFA", 5));
    const PrintResult none = open_drawer(device_with_drawer(device, 0));
    CHECK_FALSE(none.ok);
    CHECK(none.message == "Aucun tiroir-caisse n'est réglé (Paramètres, F8)");
    const PrintResult unplugged = open_drawer(device_with_drawer(dir.path() / "absent", 5));
    CHECK_FALSE(unplugged.ok);
    CHECK(unplugged.message.find("Imprimante hors ligne ou débranchée") == 0);
}

TEST_CASE("drawer settings: none, pin 2 or pin 5, and only with a thermal printer", "[report][drawer]") {
    CHECK(from_settings({}).drawer_pin == 0);
    CHECK(from_settings({{"printer.mode", "escpos-device"}, {"drawer.mode", "pin2"}}).drawer_pin == 2);
    CHECK(from_settings({{"printer.mode", "escpos-device"}, {"drawer.mode", "pin5"}}).drawer_pin == 5);
    CHECK_THROWS_WITH(from_settings({{"printer.mode", "escpos-device"}, {"drawer.mode", "usb"}}),
                      Catch::Contains("drawer.mode") && Catch::Contains("none, pin2 ou pin5"));
    CHECK_THROWS_WITH(from_settings({{"drawer.mode", "pin2"}}), Catch::Contains("choisissez une imprimante thermique"));
}
