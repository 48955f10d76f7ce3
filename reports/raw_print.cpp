// POSIX plumbing for raw printing. Non-blocking writes with a poll() timeout so that a printer
// out of paper cannot freeze the till; MSG_NOSIGNAL so that an lp that dies early cannot kill
// the till with SIGPIPE.
#include "reports/raw_print.hpp"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>

extern char** environ;

namespace cabas::reports::raw_print {
namespace {

constexpr int write_timeout_ms = 10000;  // a printer that accepts nothing for 10 s is stuck

std::string reason(int error_number) { return std::generic_category().message(error_number); }

Outcome failure(std::string message) { return Outcome{false, std::move(message)}; }

// Writes all of `bytes`, waiting (bounded) when the device or socket is full.
// Returns 0 or the errno of the failure (ETIMEDOUT when the reader stopped reading).
int write_all(int fd, const std::string& bytes, bool is_socket) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const char* data = bytes.data() + done;
        const std::size_t left = bytes.size() - done;
        const ssize_t n = is_socket ? ::send(fd, data, left, MSG_NOSIGNAL) : ::write(fd, data, left);
        if (n > 0) { done += static_cast<std::size_t>(n); continue; }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return errno;
        pollfd p{fd, POLLOUT, 0};
        const int ready = ::poll(&p, 1, write_timeout_ms);
        if (ready == 0) return ETIMEDOUT;
        if (ready < 0 && errno != EINTR) return errno;
    }
    return 0;
}

std::string read_all(int fd) {
    std::string text;
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
        else if (n < 0 && errno == EINTR) continue;
        else break;
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

// Starts lp with its stdin on `input` and its stderr on `errors`; returns the pid or -errno.
pid_t spawn_lp(const std::string& queue, int input, int errors) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errors, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);  // "request id is …"
    std::string program = "lp", d = "-d", queue_arg = queue, o = "-o", raw = "raw";
    char* argv[] = {program.data(), d.data(), queue_arg.data(), o.data(), raw.data(), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, "lp", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -rc;
}

} // namespace

Outcome to_device(const std::string& device_path, const std::string& bytes) {
    // O_NONBLOCK: opening a parallel or USB printer that is off can otherwise block forever.
    const int fd = ::open(device_path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return failure("Imprimante hors ligne ou débranchée : " + device_path + " (" + reason(errno) + ")");
    const int error = write_all(fd, bytes, false);
    const int close_error = ::close(fd) == 0 ? 0 : errno;
    if (error == ETIMEDOUT)
        return failure("L'imprimante ne répond pas (papier, capot ouvert ?) : " + device_path);
    if (error != 0 || close_error != 0)
        return failure("Impression interrompue : " + device_path + " (" + reason(error != 0 ? error : close_error) + ")");
    return Outcome{true, "Ticket imprimé sur " + device_path};
}

Outcome to_cups_queue(const std::string& queue, const std::string& bytes) {
    int input[2];   // a socket pair rather than a pipe, for send(MSG_NOSIGNAL)
    int errors[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0)
        return failure("Impression impossible : " + reason(errno));
    if (::pipe2(errors, O_CLOEXEC) != 0) {
        const int e = errno;
        ::close(input[0]);
        ::close(input[1]);
        return failure("Impression impossible : " + reason(e));
    }
    const pid_t pid = spawn_lp(queue, input[1], errors[1]);
    ::close(input[1]);
    ::close(errors[1]);
    if (pid < 0) {
        ::close(input[0]);
        ::close(errors[0]);
        return failure("La commande lp (CUPS) est introuvable ou ne démarre pas (" + reason(-pid) +
                       ") : installez le paquet cups-client");
    }
    const int write_error = write_all(input[0], bytes, true);
    ::close(input[0]);  // end of file for lp
    const std::string lp_says = read_all(errors[0]);
    ::close(errors[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    const bool exited_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!exited_ok || write_error != 0)
        return failure("L'impression vers la file CUPS « " + queue + " » a échoué" +
                       (lp_says.empty() ? std::string() : " (lp : " + lp_says + ")"));
    return Outcome{true, "Ticket envoyé à la file d'impression " + queue};
}

} // namespace cabas::reports::raw_print
