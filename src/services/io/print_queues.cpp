// Listing CUPS queues (see print_queues.hpp).
#include "services/io/print_queues.hpp"

#include "core/messages.hpp"

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sstream>

extern char** environ;

namespace cabas::services::io {

namespace {

constexpr std::size_t max_output = 64 * 1024;  // hundreds of queues; more is not lpstat talking

bool plausible_queue_name(const std::string& name) {
    if (name.empty() || name.size() > 127) return false;
    for (const unsigned char c : name)
        if (c <= ' ' || c == '/' || c == '#' || c == 0x7F) return false;
    return true;
}

} // namespace

PrintQueues cups_queues() {
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) return {{}, core::tr("liste des imprimantes indisponible")};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::string program = "lpstat", e = "-e";
    char* argv[] = {program.data(), e.data(), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, "lpstat", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (rc != 0) {
        ::close(out[0]);
        return {{}, core::tr("la commande lpstat (CUPS) est introuvable : installez le paquet cups-client")};
    }
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n > 0 && text.size() < max_output) text.append(buffer, static_cast<std::size_t>(n));
        else if (n < 0 && errno == EINTR) continue;
        else if (n <= 0) break;
    }
    ::close(out[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    PrintQueues queues;
    std::istringstream lines(text.substr(0, max_output));
    for (std::string line; std::getline(lines, line);)
        if (plausible_queue_name(line)) queues.names.push_back(line);
    if (queues.names.empty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        queues.problem = core::tr("CUPS ne répond pas (le service cups est-il démarré ?)");
    return queues;
}

} // namespace cabas::services::io
