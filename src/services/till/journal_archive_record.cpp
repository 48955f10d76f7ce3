// The archive record's text (see journal_archive_record.hpp).
#include "services/till/journal_archive_record.hpp"

#include "services/till/journal_content.hpp"

#include <algorithm>
#include <charconv>

namespace cabas::services::till {

namespace {

std::optional<std::int64_t> number(const std::string& text) {
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

bool is_hex_hash(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool is_month(const std::string& text) {
    return text.size() == 7 && text[4] == '-' && number(text.substr(0, 4)) && number(text.substr(5, 2));
}

std::string open_months_text(const std::map<std::string, MonthSums>& months) {
    std::string out;
    for (const auto& [month, sums] : months) {
        if (!out.empty()) out += ',';
        std::string payments = sums.payments_text();
        std::replace(payments.begin(), payments.end(), ';', '+');
        out += month + '/' + std::to_string(sums.value.cents()) + '/' + std::to_string(sums.paid.cents()) + '/' + payments;
    }
    return out;
}

std::optional<std::map<std::string, MonthSums>> parse_open_months(const std::string& text) {
    std::map<std::string, MonthSums> months;
    for (const std::string& item : split_text(text, ',')) {
        const auto parts = split_text(item, '/');
        if (parts.size() < 3 || parts.size() > 4 || !is_month(parts[0])) return std::nullopt;
        const auto value = number(parts[1]), paid = number(parts[2]);
        if (!value || !paid) return std::nullopt;
        MonthSums sums{core::Money::from_cents(*value), core::Money::from_cents(*paid), {}};
        for (const std::string& payment : split_text(parts.size() == 4 ? parts[3] : std::string(), '+')) {
            const auto colon = payment.find(':');
            const auto cents = colon == std::string::npos ? std::nullopt : number(payment.substr(colon + 1));
            if (!cents || colon == 0) return std::nullopt;
            sums.payments[payment.substr(0, colon)] = *cents;
        }
        months[parts[0]] = sums;
    }
    return months;
}

} // namespace

bool is_plain_file_name(const std::string& name) {
    return !name.empty() && name.size() <= 120 && name.front() != '.' &&
           std::all_of(name.begin(), name.end(), [](unsigned char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '-' || c == '_';
           });
}

std::string archive_extra_text(const ArchiveStatement& a) {
    return std::to_string(a.first_sequence) + ';' + std::to_string(a.last_sequence) + ';' + a.head_hash + ';' +
           a.file_name + ';' + a.file_digest + ';' + a.first_at + ';' + a.last_at + ';' +
           std::to_string(a.end.grand_total.cents()) + ';' + a.end.last_closed_month + ';' +
           open_months_text(a.end.open_months);
}

std::optional<ArchiveStatement> parse_archive_extra(const std::string& extra) {
    auto parts = split_text(extra, ';');
    if (parts.size() == 9) parts.emplace_back();  // no open month: the text ends with ';'
    if (parts.size() != 10) return std::nullopt;
    ArchiveStatement a;
    const auto first = number(parts[0]), last = number(parts[1]), grand_total = number(parts[7]);
    const auto months = parse_open_months(parts[9]);
    if (!first || !last || !grand_total || !months || *first < 1 || *last < *first || !is_hex_hash(parts[2]) ||
        !is_plain_file_name(parts[3]) || !is_hex_hash(parts[4]) || (!parts[8].empty() && !is_month(parts[8])))
        return std::nullopt;
    a.first_sequence = *first;
    a.last_sequence = *last;
    a.head_hash = parts[2];
    a.file_name = parts[3];
    a.file_digest = parts[4];
    a.first_at = parts[5];
    a.last_at = parts[6];
    a.end.next_sequence = *last + 1;
    a.end.previous_hash = a.head_hash;
    a.end.grand_total = core::Money::from_cents(*grand_total);
    a.end.last_closed_month = parts[8];
    a.end.open_months = *months;
    return a;
}

JournalEntry archive_entry(const ArchiveStatement& a, const std::string& now_utc) {
    JournalEntry e;
    e.kind = "archive";
    e.occurred_at = now_utc;
    e.number = a.last_sequence;
    e.extra = archive_extra_text(a);
    return e;
}

} // namespace cabas::services::till
