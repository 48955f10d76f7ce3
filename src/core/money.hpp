// Money, rates and weights as integers: cents, basis points and grams. No floating point
// anywhere a euro is counted; each rounding is explicit and happens in one named function.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace cabas::core {

/// An amount in euro cents (int64). Arithmetic is checked: overflow throws InternalError.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
    static Money from_euros(std::int64_t euros);

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool is_zero() const { return m_cents == 0; }
    constexpr bool is_negative() const { return m_cents < 0; }

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    /// Multiplies by a whole count (units of a product). Checked.
    Money times(std::int64_t count) const;

    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t cents) : m_cents(cents) {}
    std::int64_t m_cents = 0;
};

/// A rate in basis points: 10 % = 1000, 100 % = 10000.
struct Rate {
    std::int32_t bp = 0;
    constexpr auto operator<=>(const Rate&) const = default;
    static constexpr Rate percent(std::int32_t p) { return Rate{p * 100}; }
};

/// Divides `numerator / denominator` rounding half away from zero (the "half-up" of
/// French price display: 0,125 -> 0,13 and -0,125 -> -0,13). Denominator must be > 0.
std::int64_t divide_half_up(std::int64_t numerator, std::int64_t denominator);

/// value × rate, rounded half-up to the cent. The only place a participation is rounded.
Money apply_rate(Money value, Rate rate);

/// Price of `grams` of a product sold per kilogram, rounded half-up to the cent.
Money price_by_weight(Money per_kg, std::int64_t grams);

/// Smallest multiple of `step` not below `amount` (weekly cap "rounded up to the next 0,50 €").
Money round_up_to(Money amount, Money step);

/// Nearest multiple of `step`, halves rounded up (monthly credit "rounded to 5 €").
Money round_to_nearest(Money amount, Money step);

/// Parses a French amount strictly: "12,50", "12", "1 234,5 €", "-3,20" when negatives are
/// allowed. Spaces (including no-break spaces) group thousands by three. A dot is accepted as
/// the decimal mark only when the text is unambiguous ("12.50"). Throws ValidationError with the
/// reason (e.g. "caractère inattendu « O »") on anything else.
Money parse_amount(std::string_view text, bool allow_negative = false);

/// "1 234,50 €" with a narrow no-break space as thousands separator and a no-break space
/// before the euro sign: the French way, whatever the system locale.
std::string format_euros(Money amount);

/// "1234,50": for CSV exports and compact CLI output (no grouping, no symbol).
std::string format_decimal(Money amount);

/// Parses a rate written as a percentage: "10", "10 %", "12,5 %". Throws ValidationError.
Rate parse_percent(std::string_view text);
/// "10 %", "12,5 %".
std::string format_percent(Rate rate);

} // namespace cabas::core
