// The PIN's sources (see pin_input.hpp). The prompt talks to /dev/tty, not to stdout, so that
// a command whose output is redirected still asks on the screen and the PIN never reaches the file.
#include "cli/pin_input.hpp"

#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace cabas::cli {

namespace {

std::string first_line(std::string text) {
    if (const auto end = text.find_first_of("\r\n"); end != std::string::npos) text.resize(end);
    return text;
}

// Ctrl-C while the echo is off must not leave the terminal silent: the handler puts the echo
// back (tcsetattr is async-signal-safe) and lets the signal end the program as it would have.
volatile sig_atomic_t g_restore_fd = -1;
termios g_restore_mode{};

extern "C" void restore_echo_and_die(int signal_number) {
    if (g_restore_fd >= 0) ::tcsetattr(g_restore_fd, TCSAFLUSH, &g_restore_mode);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

/// Closes the terminal and puts its echo back whatever happens while reading.
class Terminal {
public:
    Terminal() : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) {}
    ~Terminal() {
        if (m_echo_off) ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        if (g_restore_fd == m_fd) {
            g_restore_fd = -1;
            for (int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) std::signal(signal_number, SIG_DFL);
        }
        if (m_fd >= 0) ::close(m_fd);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    bool open() const { return m_fd >= 0; }

    std::optional<std::string> ask(const std::string& prompt) {
        if (::write(m_fd, prompt.data(), prompt.size()) < 0) return std::nullopt;
        if (::tcgetattr(m_fd, &m_saved) == 0) {
            g_restore_mode = m_saved;
            g_restore_fd = m_fd;
            for (int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) std::signal(signal_number, restore_echo_and_die);
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_echo_off = ::tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
        std::string typed;
        char c = 0;
        // A PIN is at most 12 digits: a longer line is read to its end but not kept whole.
        while (::read(m_fd, &c, 1) == 1 && c != '\n' && c != '\r')
            if (typed.size() < 64) typed.push_back(c);
        (void)!::write(m_fd, "\n", 1);
        return typed;
    }

private:
    int m_fd = -1;
    termios m_saved{};
    bool m_echo_off = false;
};

std::optional<std::string> ask_on_terminal(const std::string& prompt) {
    if (!::isatty(STDIN_FILENO)) return std::nullopt;
    Terminal terminal;
    if (!terminal.open()) return std::nullopt;
    return terminal.ask(prompt);
}

} // namespace

std::string pin_for(const Arguments& args, const std::string& login) {
    if (auto pin = args.option("pin")) return *pin;
    if (auto file = args.option("pin-file")) {
        const std::string pin = first_line(read_input_file(*file, 256));
        if (pin.empty()) throw ValidationError(*file, core::tr("le fichier ne contient pas de code sur sa première ligne"));
        return pin;
    }
    if (const char* from_environment = std::getenv("CABAS_PIN"); from_environment != nullptr && *from_environment)
        return from_environment;
    if (auto typed = ask_on_terminal(core::tr("Code de {0} : ", login))) return *typed;
    throw UsageError{core::tr("--user {0} : donnez son code (tapé à l'invite dans un terminal, variable CABAS_PIN, "
                                "--pin-file FICHIER, ou --pin, visible des autres comptes du poste)",
                                login)};
}

std::string new_pin_for(const Arguments& args, const std::string& login) {
    if (auto pin = args.option("new-pin")) return *pin;
    const auto first = ask_on_terminal(core::tr("Nouveau code de {0} : ", login));
    if (!first) throw UsageError{core::tr("indiquez le nouveau code de {0} avec --new-pin (ou lancez la commande dans un terminal)", login)};
    const auto again = ask_on_terminal(core::tr("Le même code, encore une fois : "));
    if (!again || *again != *first) throw ValidationError(core::tr("nouveau code"), core::tr("les deux codes tapés diffèrent : rien n'est changé"));
    return *first;
}

} // namespace cabas::cli
