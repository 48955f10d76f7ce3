// Card numbers: GS1 check digits, generation under the épicerie's prefix, classification of a
// scanned code.
#include "core/card_number.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"

namespace cabas::core {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

void check_prefix(std::string_view prefix) {
    if (prefix.empty() || prefix.size() > 4 || !all_digits(prefix) || prefix[0] != '2')
        throw ValidationError("card_prefix", tr("doit compter de 1 à 4 chiffres et commencer par 2"));
}

} // namespace

int gs1_check_digit(std::string_view digits) {
    if (!all_digits(digits)) throw ValidationError("code", tr("le code ne doit contenir que des chiffres"));
    // Weights 3,1,3,... from the rightmost data digit, whatever the length (EAN-8, UPC-A, EAN-13).
    int sum = 0;
    int weight = 3;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool has_valid_gs1_check_digit(std::string_view code) {
    if (code.size() != 8 && code.size() != 12 && code.size() != 13) return false;
    if (!all_digits(code)) return false;
    return gs1_check_digit(code.substr(0, code.size() - 1)) == code.back() - '0';
}

std::uint64_t max_card_serial(std::string_view prefix) {
    check_prefix(prefix);
    std::uint64_t max = 1;
    for (std::size_t i = prefix.size(); i < 12; ++i) max *= 10;
    return max - 1;
}

std::string make_card_number(std::string_view prefix, std::uint64_t serial) {
    if (serial > max_card_serial(prefix))
        throw ValidationError("numero_carte", tr("numéro de série trop grand pour le préfixe {0}", prefix));
    std::string digits = std::to_string(serial);
    std::string body = std::string(prefix) + std::string(12 - prefix.size() - digits.size(), '0') + digits;
    return body + static_cast<char>('0' + gs1_check_digit(body));
}

std::string parse_card_number(std::string_view text) {
    const std::string number = trim(text);
    if (number.empty()) throw ValidationError(tr("numéro de carte"), tr("numéro vide : 13 chiffres attendus"));
    if (!all_digits(number))
        throw ValidationError(tr("numéro de carte"), tr("{0} : 13 chiffres attendus, sans lettre ni signe", quoted(number)));
    if (number.size() != 13)
        throw ValidationError(tr("numéro de carte"),
                              tr("{0} : {1} chiffres, une carte en compte 13", quoted(number), number.size()));
    return number;
}

CardCodeKind classify_card_code(std::string_view code, std::string_view prefix) {
    // Only a full 13-digit code under our prefix can be a card: product codes of other 2x
    // prefixes (weighed items in shops) or of other lengths are products.
    if (code.size() != 13 || !all_digits(code) || prefix.empty() || code.substr(0, prefix.size()) != prefix)
        return CardCodeKind::NotACard;
    return has_valid_gs1_check_digit(code) ? CardCodeKind::Card : CardCodeKind::CardBadCheckDigit;
}

} // namespace cabas::core
