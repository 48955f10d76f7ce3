// Compile-guard probe: src/services may not see the CLI. Must fail with "No such file".
#include "cli/arguments.hpp"
