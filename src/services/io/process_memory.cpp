#include "services/io/process_memory.hpp"

#include <fstream>
#include <string>

namespace cabas::services::io {

double peak_resident_mib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
    return 0;
}

} // namespace cabas::services::io
