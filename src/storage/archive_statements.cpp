// The archive's deletions (see archive_statements.hpp).
#include "storage/archive_statements.hpp"

namespace cabas::storage {

std::vector<std::string> archive_deletions(std::int64_t last_sequence, const std::vector<std::int64_t>& session_ids) {
    std::vector<std::string> out;
    if (!session_ids.empty()) {
        std::string ids;
        for (const std::int64_t id : session_ids) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
        const std::string sales = "(SELECT id FROM sales WHERE session_id IN (" + ids + "))";
        out.push_back("INSERT INTO archived_tills (till_id, last_sale_number, last_session_id) "
                      "SELECT t.till_id, COALESCE(MAX(s.sequence), 0), MAX(t.id) FROM till_sessions t "
                      "LEFT JOIN sales s ON s.session_id = t.id WHERE t.id IN (" + ids + ") GROUP BY t.till_id "
                      "ON CONFLICT (till_id) DO UPDATE SET last_sale_number = CASE WHEN excluded.last_sale_number > "
                      "archived_tills.last_sale_number THEN excluded.last_sale_number ELSE archived_tills.last_sale_number END, "
                      "last_session_id = CASE WHEN excluded.last_session_id > archived_tills.last_session_id "
                      "THEN excluded.last_session_id ELSE archived_tills.last_session_id END");
        out.push_back("UPDATE stock_movements SET sale_line_id = NULL WHERE sale_line_id IN "
                      "(SELECT id FROM sale_lines WHERE sale_id IN " + sales + ")");
        out.push_back("DELETE FROM receipt_reprints WHERE sale_id IN " + sales);
        out.push_back("DELETE FROM payments WHERE sale_id IN " + sales);
        out.push_back("DELETE FROM sale_lines WHERE sale_id IN " + sales);
        out.push_back("DELETE FROM sales WHERE session_id IN (" + ids + ")");
        out.push_back("DELETE FROM till_sessions WHERE id IN (" + ids + ")");
    }
    const std::string last = std::to_string(last_sequence);
    out.push_back("DELETE FROM journal_signatures WHERE sequence <= " + last);
    out.push_back("DELETE FROM journal WHERE sequence <= " + last);
    return out;
}

} // namespace cabas::storage
