// Compile-guard control: reports/ sees core and itself, so this probe must compile; it proves
// the failing probes fail for the include alone.
#include "core/money.hpp"
#include "reports/report_document.hpp"
