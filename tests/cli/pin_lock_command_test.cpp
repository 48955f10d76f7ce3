// The PIN on the command line: from a prompt without echo, CABAS_PIN or --pin-file rather than
// --pin; five wrong PINs lock the login across runs (each run is a new process), the admin sees
// the lock in `user list` and lifts it with `user unlock`.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using cabas::testing::CliSandbox;

namespace {

void add_team(const CliSandbox& box) {
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "marie", "--name", "Marie", "--role", "volunteer", "--new-pin", "1111", "--user",
                     "claire", "--pin", "9876"})
                .exit_code == 0);
}

struct TerminalRun {
    int exit_code = -1;
    std::string screen;   ///< everything the terminal showed
    bool echo_on = false; ///< the terminal echoes again once the program is gone
};

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

/// Runs cabas-cli on a pseudo-terminal and types the next of `answers` at each prompt.
TerminalRun run_on_terminal(const CliSandbox& box, const std::vector<std::string>& args,
                            const std::vector<std::string>& answers) {
    std::vector<std::string> argv{CABAS_CLI_PATH, "--db", box.db()};
    argv.insert(argv.end(), args.begin(), args.end());
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::setenv("HOME", box.dir().c_str(), 1);
        ::unsetenv("CABAS_PIN");
        std::vector<char*> raw;
        for (auto& a : argv) raw.push_back(a.data());
        raw.push_back(nullptr);
        ::execv(raw[0], raw.data());
        _exit(127);
    }
    TerminalRun run;
    std::size_t typed = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    char buffer[512];
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd ready{master, POLLIN, 0};
        if (::poll(&ready, 1, 200) <= 0) continue;
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0) break;  // EIO: the child closed the terminal
        run.screen.append(buffer, static_cast<std::size_t>(n));
        if (typed < answers.size() && count_of(run.screen, " : ") > typed) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let it turn the echo off
            const std::string& answer = answers[typed++];
            REQUIRE(::write(master, answer.data(), answer.size()) == static_cast<ssize_t>(answer.size()));
        }
    }
    if (std::chrono::steady_clock::now() >= deadline) ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    termios mode{};
    run.echo_on = ::tcgetattr(master, &mode) == 0 && (mode.c_lflag & ECHO) != 0;
    ::close(master);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

} // namespace

TEST_CASE("the PIN comes from CABAS_PIN or --pin-file, and its absence says every way", "[cli][login]") {
    CliSandbox box;
    add_team(box);
    const auto from_environment = box.run({"user", "list", "--user", "claire"}, true, {{"CABAS_PIN", "9876"}});
    INFO(from_environment.err);
    CHECK(from_environment.exit_code == 0);
    CHECK(from_environment.out.find("marie\tMarie") != std::string::npos);

    box.write("code.txt", "9876\n");
    CHECK(box.run({"user", "list", "--user", "claire", "--pin-file", box.path("code.txt")}).exit_code == 0);
    box.write("vide.txt", "\n");
    const auto empty = box.run({"user", "list", "--user", "claire", "--pin-file", box.path("vide.txt")});
    CHECK(empty.exit_code == 2);
    CHECK(empty.err.find(box.path("vide.txt") + ": le fichier ne contient pas de code") != std::string::npos);
    const auto missing = box.run({"user", "list", "--user", "claire", "--pin-file", box.path("absent.txt")});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("absent.txt") != std::string::npos);

    const auto none = box.run({"user", "list", "--user", "claire"});
    CHECK(none.exit_code == 2);
    CHECK(none.err.find("CABAS_PIN, --pin-file FICHIER, ou --pin, visible des autres comptes du poste") !=
          std::string::npos);
}

TEST_CASE("in a terminal the PIN is asked without echo and never reaches the output", "[cli][login]") {
    CliSandbox box;
    add_team(box);
    const auto good = run_on_terminal(box, {"user", "list", "--user", "claire"}, {"9876\n"});
    INFO(good.screen);
    CHECK(good.exit_code == 0);
    CHECK(good.screen.find("Code de claire : ") != std::string::npos);
    CHECK(good.screen.find("9876") == std::string::npos);
    CHECK(good.screen.find("marie\tMarie") != std::string::npos);

    CHECK(good.echo_on);

    // Ctrl-C at the prompt ends the command and gives the terminal its echo back.
    const auto interrupted = run_on_terminal(box, {"user", "list", "--user", "claire"}, {"\x03"});
    INFO(interrupted.screen);
    CHECK(interrupted.exit_code == 128 + SIGINT);
    CHECK(interrupted.echo_on);

    const std::vector<std::string> pin_command{"user", "pin", "marie", "--user", "claire", "--pin", "9876"};
    const auto differ = run_on_terminal(box, pin_command, {"2468\n", "2469\n"});
    INFO(differ.screen);
    CHECK(differ.exit_code == 2);
    CHECK(differ.screen.find("Nouveau code de marie : ") != std::string::npos);
    CHECK(differ.screen.find("les deux codes tapés diffèrent : rien n'est changé") != std::string::npos);
    CHECK(box.run({"user", "pin", "marie", "--new-pin", "1111", "--user", "marie", "--pin", "1111"}).exit_code == 0);

    const auto changed = run_on_terminal(box, pin_command, {"2468\n", "2468\n"});
    INFO(changed.screen);
    CHECK(changed.exit_code == 0);
    CHECK(changed.screen.find("2468") == std::string::npos);
    CHECK(box.run({"user", "pin", "marie", "--new-pin", "2468", "--user", "marie", "--pin", "2468"}).exit_code == 0);
}

TEST_CASE("five wrong PINs lock a login across runs until the delay or an admin's unlock", "[cli][login]") {
    CliSandbox box;
    add_team(box);
    for (int i = 1; i <= 5; ++i) {
        const auto wrong = box.run({"summary", "--user", "marie", "--pin", "0000"});
        CAPTURE(i, wrong.err);
        CHECK(wrong.exit_code == 1);
        CHECK((wrong.err.find("verrouillé") != std::string::npos) == (i == 5));
    }
    const auto right = box.run({"summary", "--user", "marie", "--pin", "1111"});
    CHECK(right.exit_code == 1);
    CHECK(right.err.find("Trop de codes erronés : « marie » est verrouillé jusqu'à") != std::string::npos);

    const auto list = box.run({"user", "list", "--user", "claire", "--pin", "9876"});
    CHECK(list.out.find("marie\tMarie\tbénévole\tverrouillé jusqu'à") != std::string::npos);
    CHECK(list.out.find("(5 codes erronés)") != std::string::npos);
    const auto log = box.run({"access-log", "list", "--login", "marie", "--user", "claire", "--pin", "9876"});
    CHECK(log.out.find("login_failed") != std::string::npos);
    CHECK(log.out.find("login_locked") != std::string::npos);
    CHECK(log.out.find("ligne de commande") != std::string::npos);

    CHECK(box.run({"user", "unlock", "marie", "--user", "marie", "--pin", "1111"}).exit_code == 1);
    const auto unlocked = box.run({"user", "unlock", "marie", "--user", "claire", "--pin", "9876"});
    CHECK(unlocked.exit_code == 0);
    CHECK(unlocked.out == "Déverrouillé : marie\n");
    CHECK(box.run({"user", "pin", "marie", "--new-pin", "1357", "--user", "marie", "--pin", "1111"}).exit_code == 0);
}
