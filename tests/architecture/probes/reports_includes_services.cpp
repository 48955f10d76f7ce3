// Compile-guard probe: reports/ may not see services. Must fail with "No such file".
#include "services/reports/monthly_report.hpp"
