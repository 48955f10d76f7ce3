// Where the command line takes a PIN from, most private first: a prompt on the terminal (typed
// without echo), the CABAS_PIN variable, a --pin-file, and last --pin, which stays for old
// scripts although every other account on the PC sees it in `ps` and it lands in the shell's
// history.
#pragma once

#include <string>

namespace cabas::cli {

class Arguments;

/// The PIN for `login`: --pin, else --pin-file (its first line), else CABAS_PIN, else a prompt
/// when stdin is a terminal. UsageError naming the four ways when none gives one; ValidationError
/// naming the file when --pin-file cannot be read or is empty.
std::string pin_for(const Arguments&, const std::string& login);

/// The new PIN of `user add` / `user pin`: --new-pin, else typed twice at a prompt when stdin is
/// a terminal. UsageError when neither; ValidationError when the two typed differ.
std::string new_pin_for(const Arguments&, const std::string& login);

} // namespace cabas::cli
