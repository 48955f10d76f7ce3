// Compile-guard probe: src/core may not see storage. Must fail with "No such file".
#include "storage/store.hpp"
