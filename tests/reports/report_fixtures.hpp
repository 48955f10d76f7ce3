// Fixed receipt and Z report models, plus small helpers to run poppler/qpdf on rendered files.
#pragma once

#include "reports/receipt_model.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace cabas::reports::test {

using core::Money;

inline ReceiptModel sample_receipt() {
    ReceiptModel r;
    r.shop_name = "Épicerie solidaire du Château";
    r.shop_address = "12 rue de l'Église, 69003 Lyon";
    r.till_id = "caisse-1";
    r.sequence = 128;
    r.date_time = "23/11/2026 15:47";
    r.served_by = "Hélène";
    r.customer = "Fatou";
    r.lines = {
        {"Pâtes coquillettes 500 g", "2", Money::from_cents(190), "10 %", Money::from_cents(19)},
        {"Crème fraîche épaisse 20 cl", "1", Money::from_cents(145), "FSE+ 0 %", Money::from_cents(0)},
        {"Œufs frais plein air de la ferme du Bœuf Couronné, boîte de douze", "1", Money::from_cents(420), "BA 10 %",
         Money::from_cents(42)},
        {"Pommes Golden", "1,250 kg", Money::from_cents(312), "30 %", Money::from_cents(94)},
        {"Lessive liquide", "1", Money::from_cents(123456), "gratuit", Money::from_cents(0)},
    };
    r.total_value = Money::from_cents(124523);
    r.total_paid = Money::from_cents(155);
    r.savings = Money::from_cents(124368);
    r.payments = {{"Espèces", Money::from_cents(155)}};
    r.cash_given = Money::from_cents(500);
    r.change = Money::from_cents(345);
    r.credit_left_month = Money::from_cents(2845);
    r.has_week_credit = true;
    r.credit_left_week = Money::from_cents(650);
    r.short_hash = "1a2b3c4d";
    return r;
}

inline ZReportModel sample_z_report() {
    ZReportModel z;
    z.shop_name = "Épicerie solidaire du Château";
    z.till_id = "caisse-1";
    z.session_id = 42;
    z.opened_at = "23/11/2026 14:02";
    z.opened_by = "Hélène";
    z.closed_at = "23/11/2026 18:31";
    z.closed_by = "Jérôme";
    z.sales_count = 27;
    z.corrections_count = 1;
    z.total_value = Money::from_cents(84250);
    z.total_paid = Money::from_cents(9870);
    z.savings = Money::from_cents(74380);
    z.by_payment = {{"Espèces", 18, Money::from_cents(6120)},
                    {"Carte bancaire", 7, Money::from_cents(3250)},
                    {"Chèque", 1, Money::from_cents(500)}};
    z.cash_float = Money::from_cents(5000);
    z.cash_expected = Money::from_cents(11120);
    z.cash_counted = Money::from_cents(11020);
    z.difference = Money::from_cents(-100);
    z.journal_sequence = 3187;
    z.short_hash = "9f8e7d6c";
    z.perpetual_total = core::Money::from_cents(1234567);
    return z;
}

/// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / ("cabas-reports-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct CommandResult {
    int status = -1;
    std::string output;
};

/// Runs a shell command (test paths only, no user input), capturing stdout and stderr.
inline CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
    result.status = ::pclose(pipe);
    return result;
}

} // namespace cabas::reports::test
