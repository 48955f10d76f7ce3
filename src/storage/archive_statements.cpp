// The archive's deletions (see archive_statements.hpp).
#include "storage/archive_statements.hpp"

namespace cabas::storage {

std::vector<std::string> archive_deletions(std::int64_t last_sequence, const std::vector<std::int64_t>& session_ids) {
    std::vector<std::string> out;
    if (!session_ids.empty()) {
        std::string ids;
        for (const std::int64_t id : session_ids) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
        const std::string sales = "(SELECT id FROM sales WHERE session_id IN (" + ids + "))";
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
