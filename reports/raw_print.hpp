// Delivery of raw printer bytes (ESC/POS) to a device node or a CUPS raw queue. Internal to
// reports/: receipt_printer.cpp decides what to print, this file only delivers bytes.
#pragma once

#include <string>

namespace cabas::reports::raw_print {

struct Outcome {
    bool ok = false;
    std::string message;  ///< French, for the till's status line
};

/// Writes every byte to `device_path` (e.g. /dev/usb/lp0), which must already exist: it is
/// never created, so a missing printer cannot leave a stray file where the device should be.
Outcome to_device(const std::string& device_path, const std::string& bytes);

/// Pipes the bytes to `lp -d QUEUE -o raw` (no shell, so a queue name cannot inject commands).
Outcome to_cups_queue(const std::string& queue, const std::string& bytes);

} // namespace cabas::reports::raw_print
