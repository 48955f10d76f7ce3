// fork/exec with a pipe on stdout and poll(2) for bounded reads.
#include "support/child_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace cabas::testing {

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::string& stderr_path,
                           const std::vector<std::string>& environment) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    m_pid = ::fork();
    if (m_pid < 0) throw std::runtime_error("fork failed");
    if (m_pid == 0) {
        ::dup2(pipe_fds[1], STDOUT_FILENO);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        const std::string err = stderr_path.empty() ? "/dev/null" : stderr_path;
        const int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) ::dup2(fd, STDERR_FILENO);
        for (const auto& entry : environment) ::putenv(const_cast<char*>(entry.c_str()));
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    m_stdout = pipe_fds[0];
}

ChildProcess::~ChildProcess() {
    if (!m_status) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
    if (m_stdout >= 0) ::close(m_stdout);
}

void ChildProcess::fill(int timeout_ms) {
    if (m_closed) return;
    pollfd p{m_stdout, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return;
    char chunk[4096];
    const ssize_t n = ::read(m_stdout, chunk, sizeof chunk);
    if (n <= 0) m_closed = true;
    else m_buffer.append(chunk, static_cast<std::size_t>(n));
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (const auto end = m_buffer.find('\n'); end != std::string::npos) {
            std::string line = m_buffer.substr(0, end);
            m_buffer.erase(0, end + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (m_closed || left.count() <= 0) return std::nullopt;
        fill(static_cast<int>(left.count()));
    }
}

std::vector<std::string> ChildProcess::take_lines() {
    std::vector<std::string> lines;
    while (!m_closed) {
        const std::size_t before = m_buffer.size();
        fill(0);
        if (m_buffer.size() == before) break;
    }
    for (auto end = m_buffer.find('\n'); end != std::string::npos; end = m_buffer.find('\n')) {
        lines.push_back(m_buffer.substr(0, end));
        m_buffer.erase(0, end + 1);
    }
    return lines;
}

void ChildProcess::kill(int signal) {
    if (!m_status) ::kill(m_pid, signal);
}

int ChildProcess::wait() {
    if (m_status) return *m_status;
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return *m_status;
}

} // namespace cabas::testing
