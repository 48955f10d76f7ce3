// Compile-guard probe: src/services may not see the till. Must fail with "No such file".
#include "pos/main_frame.hpp"
