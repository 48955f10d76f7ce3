// This process's memory as Linux reports it, for `cabas --measure-start-up` (read by
// cabas-bench): the peak resident set, VmHWM of /proc/self/status.
#pragma once

namespace cabas::services::io {

/// Peak resident memory of this process in MiB; 0 when /proc cannot be read.
double peak_resident_mib();

} // namespace cabas::services::io
