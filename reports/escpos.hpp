// Receipts and Z reports as raw ESC/POS bytes for 80 mm thermal printers (Epson TM-T20 and
// the many compatibles), sent as they are to a device or to a CUPS raw queue.
#pragma once

#include "reports/receipt_model.hpp"

#include <string>

namespace cabas::reports {

/// The whole job: ESC @, code page PC858 (ESC t 19), the text in CP858, feed and partial cut.
/// `columns` is the paper width in Font A characters (42 at 80 mm, 32 at 58 mm; clamped to
/// 32..64). Deterministic: the same model always gives the same bytes.
std::string render_receipt_escpos(const ReceiptModel& receipt, int columns = 42);
std::string render_z_report_escpos(const ZReportModel& report, int columns = 42);

/// The pulse that opens a cash drawer plugged into the printer's RJ11 drawer port: ESC p m t1 t2
/// with m = 0 for connector pin 2 (most drawers) or 1 for pin 5, on for 50 ms, off for 500 ms
/// (t in 2 ms units: 25 and 250), within what drawer solenoids are rated for.
/// InternalError for any other pin.
std::string escpos_drawer_kick(int pin);

} // namespace cabas::reports
