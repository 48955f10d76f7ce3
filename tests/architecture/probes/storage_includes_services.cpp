// Compile-guard probe: src/storage may not see services. Must fail with "No such file".
#include "services/access_control.hpp"
