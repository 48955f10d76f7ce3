// Checked integer money arithmetic, rounding rules and strict French parsing/formatting.
#include "core/money.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

#include <limits>

namespace cabas::core {

namespace {

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) throw InternalError(tr("dépassement de capacité (addition de montants)"));
    return r;
}

std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw InternalError(tr("dépassement de capacité (multiplication de montants)"));
    return r;
}

} // namespace

Money Money::from_euros(std::int64_t euros) { return Money(checked_mul(euros, 100)); }
Money Money::operator+(Money other) const { return Money(checked_add(m_cents, other.m_cents)); }
Money Money::operator-(Money other) const {
    if (other.m_cents == std::numeric_limits<std::int64_t>::min())
        throw InternalError(tr("dépassement de capacité (soustraction de montants)"));
    return Money(checked_add(m_cents, -other.m_cents));
}
Money Money::operator-() const { return Money() - *this; }
Money Money::times(std::int64_t count) const { return Money(checked_mul(m_cents, count)); }

std::int64_t divide_half_up(std::int64_t numerator, std::int64_t denominator) {
    if (denominator <= 0) throw InternalError(tr("division par un dénominateur nul ou négatif"));
    const bool negative = numerator < 0;
    // Work on the magnitude so halves round away from zero on both sides.
    const std::uint64_t n = negative ? 0 - static_cast<std::uint64_t>(numerator) : static_cast<std::uint64_t>(numerator);
    const std::uint64_t d = static_cast<std::uint64_t>(denominator);
    std::uint64_t q = n / d;
    if ((n % d) * 2 >= d) ++q;
    // Negate in unsigned arithmetic: -2^63 (a valid result) has no positive int64 counterpart.
    return static_cast<std::int64_t>(negative ? 0 - q : q);
}

Money apply_rate(Money value, Rate rate) {
    return Money::from_cents(divide_half_up(checked_mul(value.cents(), rate.bp), 10000));
}

Money price_by_weight(Money per_kg, std::int64_t grams) {
    return Money::from_cents(divide_half_up(checked_mul(per_kg.cents(), grams), 1000));
}

Money round_up_to(Money amount, Money step) {
    if (step.cents() <= 0) throw InternalError(tr("pas d'arrondi nul"));
    std::int64_t c = amount.cents();
    std::int64_t rem = c % step.cents();
    if (rem == 0) return amount;
    return Money::from_cents(c >= 0 ? checked_add(c - rem, step.cents()) : c - rem);
}

Money round_to_nearest(Money amount, Money step) {
    if (step.cents() <= 0) throw InternalError(tr("pas d'arrondi nul"));
    return Money::from_cents(checked_mul(divide_half_up(amount.cents(), step.cents()), step.cents()));
}

namespace {

/// Strips a trailing "€" or "EUR" and surrounding spaces; returns the core text.
std::string normalise_spaces(std::string_view text) {
    // Map no-break (C2 A0) and narrow no-break (E2 80 AF) spaces to plain spaces.
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            out += ' ';
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(text[i + 2]) == 0xAF) {
            out += ' ';
            i += 2;
        } else if (c == '\t') {
            out += ' ';
        } else {
            out += static_cast<char>(c);
        }
    }
    out = trim(out);
    for (std::string_view suffix : {std::string_view("€"), std::string_view("EUR"), std::string_view("eur")}) {
        if (out.size() >= suffix.size() && out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0) {
            out.erase(out.size() - suffix.size());
            out = trim(out);
            break;
        }
    }
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The whole UTF-8 character starting at `i`, so an error never quotes half of "€" or "é".
std::string char_at(const std::string& s, std::size_t i) { return s.substr(i, utf8::decode_at(s, i).length); }

[[noreturn]] void unexpected(const std::string& s, std::size_t i, std::string_view original) {
    throw ValidationError(tr("montant"), tr("caractère inattendu « {0} » dans {1}", char_at(s, i), quoted(original)));
}

/// Checks that an integer part with separators groups digits by three.
std::string integer_digits(const std::string& part, char separator, std::string_view original) {
    if (part.empty()) throw ValidationError(tr("montant"), tr("chiffres manquants avant la virgule dans {0}", quoted(original)));
    if (part.find(separator) == std::string::npos) {
        for (std::size_t i = 0; i < part.size(); ++i)
            if (!is_digit(part[i])) unexpected(part, i, original);
        return part;
    }
    std::string digits;
    std::size_t group = 0;
    bool first = true;
    for (std::size_t i = 0; i <= part.size(); ++i) {
        if (i == part.size() || part[i] == separator) {
            if (group == 0 || group > 3 || (!first && group != 3))
                throw ValidationError(tr("montant"), tr("groupes de milliers mal formés dans {0}", quoted(original)));
            first = false;
            group = 0;
            continue;
        }
        if (!is_digit(part[i])) unexpected(part, i, original);
        digits += part[i];
        ++group;
    }
    return digits;
}

} // namespace

Money parse_amount(std::string_view original, bool allow_negative) {
    std::string text = normalise_spaces(original);
    if (text.empty()) throw ValidationError(tr("montant"), tr("montant vide"));
    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        text.erase(0, 1);
        while (!text.empty() && text[0] == ' ') text.erase(0, 1);
        if (negative && !allow_negative) throw ValidationError(tr("montant"), tr("montant négatif refusé : {0}", quoted(original)));
    }
    const auto comma = text.find(',');
    const auto dot = text.find('.');
    std::string integer_part = text;
    std::string fraction;
    char thousands = ' ';
    if (comma != std::string::npos) {
        if (text.find(',', comma + 1) != std::string::npos)
            throw ValidationError(tr("montant"), tr("plusieurs virgules dans {0}", quoted(original)));
        integer_part = text.substr(0, comma);
        fraction = text.substr(comma + 1);
        if (dot != std::string::npos) {
            if (dot > comma) throw ValidationError(tr("montant"), tr("point après la virgule dans {0}", quoted(original)));
            thousands = '.';
            if (integer_part.find(' ') != std::string::npos)
                throw ValidationError(tr("montant"), tr("séparateurs de milliers mélangés dans {0}", quoted(original)));
        }
    } else if (dot != std::string::npos) {
        // "12.50" is a decimal; "1.234" could be a thousand or a decimal: refuse it.
        if (text.find('.', dot + 1) != std::string::npos)
            throw ValidationError(tr("montant"), tr("montant ambigu {0} : écrivez 1234,56", quoted(original)));
        fraction = text.substr(dot + 1);
        integer_part = text.substr(0, dot);
        if (fraction.size() == 3)
            throw ValidationError(tr("montant"), tr("montant ambigu {0} : écrivez 1234,56", quoted(original)));
    }
    if (integer_part.empty() && !fraction.empty()) integer_part = "0";
    std::string digits = integer_digits(integer_part, thousands, original);
    if (comma != std::string::npos || dot != std::string::npos) {
        if (fraction.empty()) throw ValidationError(tr("montant"), tr("chiffres manquants après la virgule dans {0}", quoted(original)));
        if (fraction.size() > 2) throw ValidationError(tr("montant"), tr("plus de deux décimales dans {0}", quoted(original)));
        for (std::size_t i = 0; i < fraction.size(); ++i)
            if (!is_digit(fraction[i])) unexpected(fraction, i, original);
    }
    if (fraction.size() == 1) fraction += '0';
    if (fraction.empty()) fraction = "00";
    if (digits.size() > 15) throw ValidationError(tr("montant"), tr("montant trop grand : {0}", quoted(original)));
    std::int64_t cents = std::stoll(digits) * 100 + std::stoll(fraction);
    return Money::from_cents(negative ? -cents : cents);
}

std::string format_decimal(Money amount) {
    std::int64_t c = amount.cents();
    std::string sign = c < 0 ? "-" : "";
    std::uint64_t mag = c < 0 ? 0 - static_cast<std::uint64_t>(c) : static_cast<std::uint64_t>(c);
    std::string frac = std::to_string(mag % 100);
    if (frac.size() == 1) frac = "0" + frac;
    return sign + std::to_string(mag / 100) + "," + frac;
}

std::string format_euros(Money amount) {
    std::int64_t c = amount.cents();
    std::uint64_t mag = c < 0 ? 0 - static_cast<std::uint64_t>(c) : static_cast<std::uint64_t>(c);
    std::string units = std::to_string(mag / 100);
    std::string grouped;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (i > 0 && (units.size() - i) % 3 == 0) grouped += "\u202F";
        grouped += units[i];
    }
    std::string frac = std::to_string(mag % 100);
    if (frac.size() == 1) frac = "0" + frac;
    return (c < 0 ? "-" : "") + grouped + "," + frac + "\u00A0€";
}

Rate parse_percent(std::string_view text) {
    // Only one trailing "%" is allowed: "10 % x" or "10 €" must not pass as 10 %.
    // (normalise_spaces would strip a euro sign, so look for it first.)
    const bool has_currency = text.find("€") != std::string_view::npos || text.find("EUR") != std::string_view::npos ||
                              text.find("eur") != std::string_view::npos;
    std::string t = normalise_spaces(text);
    if (!t.empty() && t.back() == '%') t.pop_back();
    for (char c : t)
        if (has_currency || (!is_digit(c) && c != ',' && c != '.' && c != ' '))
            throw ValidationError(tr("taux"), tr("taux illisible {0} (attendu par exemple 10 ou 12,5 %)", quoted(text)));
    Money as_hundredths;
    try {
        as_hundredths = parse_amount(t);  // "12,5" -> 1250 hundredths of a percent
    } catch (const ValidationError& e) {
        throw ValidationError(tr("taux"), e.reason());
    }
    if (as_hundredths.cents() > 10000) throw ValidationError(tr("taux"), tr("taux supérieur à 100 % : {0}", quoted(text)));
    return Rate{static_cast<std::int32_t>(as_hundredths.cents())};
}

std::string format_percent(Rate rate) {
    std::string s = format_decimal(Money::from_cents(rate.bp));
    while (s.back() == '0') s.pop_back();
    if (s.back() == ',') s.pop_back();
    return s + "\u00A0%";
}

} // namespace cabas::core
