// ESC/POS receipts: byte-for-byte against an approved file, and the CP858 conversion that
// makes é, € and œ print on a French thermal printer.
#include "report_fixtures.hpp"
#include "reports/cp858.hpp"
#include "reports/escpos.hpp"

#include <catch2/catch.hpp>

#include <iomanip>

using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

const std::filesystem::path approved_dir = std::filesystem::path(CABAS_SOURCE_DIR) / "tests" / "approved";

std::string hex_around(const std::string& bytes, std::size_t at) {
    std::ostringstream out;
    const std::size_t from = at < 16 ? 0 : at - 16;
    for (std::size_t i = from; i < std::min(bytes.size(), at + 16); ++i)
        out << (i == at ? "[" : "") << std::hex << std::setw(2) << std::setfill('0')
            << static_cast<int>(static_cast<unsigned char>(bytes[i])) << (i == at ? "]" : "") << ' ';
    return out.str();
}

// Compares with tests/approved/<name>; on mismatch says where, and leaves the received bytes
// next to it (<name>.received) so that `cmp` or a hex viewer can show the whole difference.
void check_approved(const std::string& name, const std::string& received) {
    const auto approved_path = approved_dir / name;
    if (!std::filesystem::exists(approved_path)) {
        write_file(std::filesystem::path(approved_path).concat(".received"), received);
        FAIL("no approved file " << approved_path.string() << ": inspect " << name << ".received, then rename it");
    }
    const std::string approved = read_file(approved_path);
    if (approved == received) return;
    std::size_t at = 0;
    while (at < approved.size() && at < received.size() && approved[at] == received[at]) ++at;
    write_file(std::filesystem::path(approved_path).concat(".received"), received);
    FAIL("differs from " << approved_path.string() << " at byte " << at << " (approved " << approved.size()
                         << " bytes, received " << received.size() << ")\n approved: " << hex_around(approved, at)
                         << "\n received: " << hex_around(received, at) << "\n received bytes written to "
                         << approved_path.string() << ".received");
}

// Every command the renderer emits before text on a line (ESC @, ESC t, ESC a, ESC E, GS !).
const std::vector<std::string> printer_commands = {
    "\x1B@", "\x1Bt\x13", std::string("\x1B" "a") + '\0', "\x1B" "a\x01", std::string("\x1B" "E") + '\0',
    "\x1B" "E\x01", std::string("\x1D!") + '\0', "\x1D!\x01", "\x1D!\x11"};

} // namespace

TEST_CASE("the ESC/POS bytes of a fixed receipt match the approved file", "[report]") {
    check_approved("receipt_fixed.escpos", render_receipt_escpos(sample_receipt()));
}

TEST_CASE("the ESC/POS bytes of a fixed Z report match the approved file", "[report]") {
    check_approved("z_report_fixed.escpos", render_z_report_escpos(sample_z_report()));
}

TEST_CASE("an ESC/POS receipt starts with init and code page 858 and ends with a partial cut", "[report]") {
    const std::string bytes = render_receipt_escpos(sample_receipt());
    CHECK(bytes.rfind(std::string("\x1B@\x1Bt\x13"), 0) == 0);
    const std::string cut = std::string("\x1DVB") + '\0';
    CHECK(bytes.substr(bytes.size() - cut.size()) == cut);
    CHECK(bytes == render_receipt_escpos(sample_receipt()));
}

TEST_CASE("a reprint shows DUPLICATA in double size only on duplicates", "[report]") {
    CHECK(render_receipt_escpos(sample_receipt()).find("DUPLICATA") == std::string::npos);
    ReceiptModel receipt = sample_receipt();
    receipt.duplicate = true;
    receipt.reprint_number = 3;
    const std::string bytes = render_receipt_escpos(receipt);
    CHECK(bytes.find("\x1D!\x11" "DUPLICATA n\xF8 3\n") != std::string::npos);
}

TEST_CASE("UTF-8 text becomes CP858 with the euro sign at 0xD5", "[report]") {
    CHECK(utf8_to_cp858("é") == "\x82");
    CHECK(utf8_to_cp858("É") == "\x90");
    CHECK(utf8_to_cp858("à ç è ê ô ù û ï") == "\x85 \x87 \x8A \x88 \x93 \x97 \x96 \x8B");
    CHECK(utf8_to_cp858("€") == "\xD5");
    CHECK(utf8_to_cp858("n°") == "n\xF8");
    CHECK(utf8_to_cp858("« »") == "\xAE \xAF");
}

TEST_CASE("characters CP858 lacks are spelled out or replaced by a question mark", "[report]") {
    CHECK(utf8_to_cp858("Bœuf Œuf") == "Boeuf OEuf");
    CHECK(utf8_to_cp858("l’œil — fin…") == "l'oeil - fin...");
    CHECK(utf8_to_cp858("1\u202F234,50\u00A0€") == "1 234,50 \xD5");
    CHECK(utf8_to_cp858("日本") == "??");
    CHECK(utf8_to_cp858("\xC3") == "?");  // truncated sequence
}

TEST_CASE("control characters in names cannot smuggle printer commands", "[report]") {
    CHECK(utf8_to_cp858("a\x1B@b\x1DV") == "a?@b?V");
    ReceiptModel receipt = sample_receipt();
    receipt.customer = "Eve\x1D" "V\x42";
    const std::string bytes = render_receipt_escpos(receipt);
    CHECK(bytes.find("Client : Eve?VB") != std::string::npos);
}

TEST_CASE("receipt lines fit the paper width for 42 and 32 columns", "[report]") {
    for (int columns : {42, 32}) {
        const std::string bytes = render_receipt_escpos(sample_receipt(), columns);
        std::size_t start = 0;
        while (start < bytes.size()) {
            const std::size_t end = bytes.find('\n', start);
            if (end == std::string::npos) break;
            std::string line = bytes.substr(start, end - start);
            for (const std::string& command : printer_commands)
                for (std::size_t at; (at = line.find(command)) != std::string::npos;) line.erase(at, command.size());
            INFO("columns " << columns << ": [" << line << "]");
            CHECK(line.size() <= static_cast<std::size_t>(columns));
            start = end + 1;
        }
    }
}
