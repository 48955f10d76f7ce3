// Compile-guard probe: reports/ may not see storage. Must fail with "No such file".
#include "storage/report_queries.hpp"
