// Printing: settings parsing, and each delivery mode (PDF file, device node, CUPS raw queue
// through a fake lp) succeeding or failing with a French message, never an exception.
#include "core/error.hpp"
#include "report_fixtures.hpp"
#include "reports/escpos.hpp"
#include "reports/receipt_printer.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

/// Sets (or, with nullptr, unsets) an environment variable for the scope of a test.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name), m_had(std::getenv(name) != nullptr) {
        if (m_had) m_old = std::getenv(name);
        if (value) ::setenv(name, value, 1);
        else ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_had) ::setenv(m_name.c_str(), m_old.c_str(), 1);
        else ::unsetenv(m_name.c_str());
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    std::string m_name;
    bool m_had;
    std::string m_old;
};

// A stand-in for CUPS's lp: records its arguments and stdin, fails when asked to.
void write_fake_lp(const std::filesystem::path& dir, int exit_code) {
    const auto lp = dir / "lp";
    write_file(lp, "#!/bin/sh\n"
                   "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n"
                   "cat > \"$(dirname \"$0\")/job\"\n"
                   "[ " + std::to_string(exit_code) + " -eq 0 ] || echo 'lp: The printer or class does not exist.' >&2\n"
                   "exit " + std::to_string(exit_code) + "\n");
    std::filesystem::permissions(lp, std::filesystem::perms::owner_all);
}

PrinterSettings pdf_into(const std::filesystem::path& dir) {
    PrinterSettings s;
    s.mode = PrinterSettings::Pdf;
    s.pdf_directory = dir.string();
    return s;
}

} // namespace

TEST_CASE("printer settings default to PDF tickets in the user's data directory", "[report]") {
    const ScopedEnv home("HOME", "/home/benevole");
    {
        const ScopedEnv xdg("XDG_DATA_HOME", nullptr);
        const PrinterSettings s = from_settings({});
        CHECK(s.mode == PrinterSettings::Pdf);
        CHECK(s.columns == 42);
        CHECK(s.device_path == "/dev/usb/lp0");
        CHECK(s.pdf_directory == "/home/benevole/.local/share/cabas/tickets");
    }
    const ScopedEnv xdg("XDG_DATA_HOME", "/srv/data");
    CHECK(from_settings({}).pdf_directory == "/srv/data/cabas/tickets");
}

TEST_CASE("printer settings read the mode, device, queue and columns", "[report]") {
    const PrinterSettings device = from_settings({{"printer.mode", "escpos-device"}, {"printer.device", "/dev/usb/lp1"},
                                                  {"printer.columns", "48"}});
    CHECK(device.mode == PrinterSettings::EscposDevice);
    CHECK(device.device_path == "/dev/usb/lp1");
    CHECK(device.columns == 48);
    const PrinterSettings cups = from_settings({{"printer.mode", "escpos-cups"}, {"printer.queue", "tm-t20"}});
    CHECK(cups.mode == PrinterSettings::EscposCupsQueue);
    CHECK(cups.cups_queue == "tm-t20");
    CHECK(from_settings({{"printer.pdf_dir", "/srv/tickets"}}).pdf_directory == "/srv/tickets");
}

TEST_CASE("printer settings refuse an unknown mode or a silly column count, naming the key", "[report]") {
    CHECK_THROWS_WITH(from_settings({{"printer.mode", "laser"}}), Catch::Contains("printer.mode"));
    CHECK_THROWS_WITH(from_settings({{"printer.columns", "4x"}}), Catch::Contains("printer.columns"));
    CHECK_THROWS_WITH(from_settings({{"printer.columns", "500"}}), Catch::Contains("printer.columns"));
    CHECK_THROWS_WITH(from_settings({{"printer.mode", "escpos-cups"}}), Catch::Contains("printer.queue"));
}

TEST_CASE("printing to a device writes exactly the ESC/POS bytes", "[report]") {
    TempDir dir;
    const auto device = dir.path() / "lp0";
    write_file(device, "");  // a device node exists before we print; we never create one
    PrinterSettings s;
    s.mode = PrinterSettings::EscposDevice;
    s.device_path = device.string();
    const PrintResult result = print_receipt(sample_receipt(), s, FontPaths{});
    INFO(result.message);
    CHECK(result.ok);
    CHECK(read_file(device) == render_receipt_escpos(sample_receipt(), 42));
}

TEST_CASE("printing to an unplugged printer fails with a French message and creates nothing", "[report]") {
    TempDir dir;
    PrinterSettings s;
    s.mode = PrinterSettings::EscposDevice;
    s.device_path = (dir.path() / "lp0").string();
    const PrintResult result = print_receipt(sample_receipt(), s, FontPaths{});
    CHECK_FALSE(result.ok);
    CHECK(result.message.find("Imprimante hors ligne ou débranchée : " + s.device_path + " (") == 0);
    CHECK_FALSE(std::filesystem::exists(s.device_path));
}

TEST_CASE("printing in PDF mode writes the ticket file into the directory", "[report]") {
    TempDir dir;
    const auto tickets = dir.path() / "tickets";  // created on demand
    const PrintResult result = print_receipt(sample_receipt(), pdf_into(tickets), FontPaths{});
    INFO(result.message);
    REQUIRE(result.ok);
    CHECK(result.pdf_path == (tickets / "ticket-caisse-1-128.pdf").string());
    CHECK(read_file(result.pdf_path).rfind("%PDF-", 0) == 0);

    ReceiptModel reprint = sample_receipt();
    reprint.duplicate = true;
    reprint.reprint_number = 2;
    CHECK(print_receipt(reprint, pdf_into(tickets), FontPaths{}).pdf_path ==
          (tickets / "ticket-caisse-1-128-duplicata-2.pdf").string());
}

TEST_CASE("printing a Z report in PDF mode names the file after till and session", "[report]") {
    TempDir dir;
    const PrintResult result = print_z_report(sample_z_report(), pdf_into(dir.path()), FontPaths{});
    INFO(result.message);
    REQUIRE(result.ok);
    CHECK(result.pdf_path == (dir.path() / "z-caisse-1-42.pdf").string());
    CHECK(std::filesystem::file_size(result.pdf_path) > 1000);
}

TEST_CASE("a PDF ticket that cannot be produced is a failed result, not an exception", "[report]") {
    TempDir dir;
    FontPaths fonts;
    fonts.bold = "/nonexistent/Bold.ttf";
    const PrintResult result = print_receipt(sample_receipt(), pdf_into(dir.path()), fonts);
    CHECK_FALSE(result.ok);
    CHECK(result.message.find("Impression impossible") == 0);
}

TEST_CASE("printing to a CUPS queue pipes the raw bytes to lp -d QUEUE -o raw", "[report]") {
    TempDir dir;
    write_fake_lp(dir.path(), 0);
    const ScopedEnv path("PATH", (dir.path().string() + ":/usr/bin:/bin").c_str());  // the fake lp first, then its tools
    const PrinterSettings s = from_settings({{"printer.mode", "escpos-cups"}, {"printer.queue", "tm-t20"}});
    const PrintResult result = print_z_report(sample_z_report(), s, FontPaths{});
    INFO(result.message);
    CHECK(result.ok);
    CHECK(read_file(dir.path() / "args") == "-d\ntm-t20\n-o\nraw\n");
    CHECK(read_file(dir.path() / "job") == render_z_report_escpos(sample_z_report(), 42));
}

TEST_CASE("a CUPS queue that lp refuses gives a failed result with lp's words", "[report]") {
    TempDir dir;
    write_fake_lp(dir.path(), 1);
    const ScopedEnv path("PATH", (dir.path().string() + ":/usr/bin:/bin").c_str());
    const PrinterSettings s = from_settings({{"printer.mode", "escpos-cups"}, {"printer.queue", "absente"}});
    const PrintResult result = print_receipt(sample_receipt(), s, FontPaths{});
    CHECK_FALSE(result.ok);
    CHECK(result.message.find("« absente » a échoué") != std::string::npos);
    CHECK(result.message.find("does not exist") != std::string::npos);
}

TEST_CASE("a missing lp command gives a failed result that says to install cups-client", "[report]") {
    TempDir dir;  // empty: no lp in PATH
    const ScopedEnv path("PATH", dir.path().c_str());
    const PrinterSettings s = from_settings({{"printer.mode", "escpos-cups"}, {"printer.queue", "tm-t20"}});
    const PrintResult result = print_receipt(sample_receipt(), s, FontPaths{});
    CHECK_FALSE(result.ok);
    CHECK(result.message.find("lp (CUPS) est introuvable") != std::string::npos);
    CHECK(result.message.find("cups-client") != std::string::npos);
}
