// The words of a receipt and of a Z report, in French, as a list of typed rows: one place
// decides what a ticket says, and the ESC/POS and PDF renderers only decide how it looks.
#pragma once

#include "reports/receipt_model.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

/// One row of a ticket. Renderers map each kind to their own type sizes and alignment.
struct TicketRow {
    enum class Kind {
        Title,       ///< big bold centred line (shop name, "Ticket Z")
        Centred,     ///< normal centred line
        Banner,      ///< must not be missed: DUPLICATA, correction (double size, boxed)
        Text,        ///< left-aligned line
        Pair,        ///< label on the left, value on the right
        ItemHeader,  ///< column headings of the basket lines
        Item,        ///< a basket line: name on its own line(s), then the four columns
        Rule,        ///< horizontal separator
    };
    Kind kind = Kind::Text;
    std::string text;     ///< Title, Centred, Banner, Text; the label of a Pair; the item name
    std::string value;    ///< the value of a Pair
    bool emphasis = false;  ///< bold (and taller on paper) for the figures that matter most
    // Item columns: quantity, retail value, rate, amount paid.
    std::string quantity;
    std::string item_value;
    std::string rate;
    std::string paid;
};

std::vector<TicketRow> receipt_rows(const ReceiptModel& receipt);
std::vector<TicketRow> z_report_rows(const ZReportModel& report);

/// "+1,00 €", "-2,50 €", "0,00 €": a cash difference always shows its sign when not zero.
std::string format_signed_euros(core::Money amount);

} // namespace cabas::reports
