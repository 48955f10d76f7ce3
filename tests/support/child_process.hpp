// A child process for tests that kill programs halfway: started with fork/exec, its standard
// output read line by line through a pipe as it comes, killed with any signal, reaped.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace cabas::testing {

class ChildProcess {
public:
    /// Starts `argv[0]` with `argv`; stderr goes to `stderr_path` (or is discarded when
    /// empty). `environment` entries ("NAME=value") are added to the parent's.
    explicit ChildProcess(const std::vector<std::string>& argv, const std::string& stderr_path = {},
                          const std::vector<std::string>& environment = {});
    ~ChildProcess();  ///< kills and reaps a child still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// The next complete line of stdout (without '\n'), waiting at most `timeout`; nullopt
    /// on timeout or when the child closed its output.
    std::optional<std::string> read_line(std::chrono::milliseconds timeout);
    /// Every complete line that arrived so far, without waiting.
    std::vector<std::string> take_lines();

    void kill(int signal);
    /// Waits for the end; returns the exit code, or 128 + signal for a killed child.
    int wait();

private:
    void fill(int timeout_ms);

    pid_t m_pid = -1;
    int m_stdout = -1;
    std::string m_buffer;
    bool m_closed = false;
    std::optional<int> m_status;
};

} // namespace cabas::testing
