// Process spawning for CLI tests: fork/exec with stdout and stderr redirected to files.
#include "cli_runner.hpp"

#include "support/files.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace cabas::testing {

namespace {

int run_process(const std::vector<std::string>& argv, const std::string& out_path, const std::string& err_path,
                const std::string& home, const Environment& environment) {
    pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        FILE* out = std::freopen(out_path.c_str(), "w", stdout);
        FILE* err = std::freopen(err_path.c_str(), "w", stderr);
        FILE* in = std::freopen("/dev/null", "r", stdin);
        if (out == nullptr || err == nullptr || in == nullptr) _exit(127);
        // No controlling terminal: a command missing its PIN must fail, never wait at a prompt
        // when the tests are run from a terminal (pin_prompt_test gives it one on purpose).
        ::setsid();
        ::unsetenv("CABAS_PIN");
        // French, as on a fresh Debian machine, whatever the developer's own locale: a test that
        // wants English says so with --lang en or its own LANG.
        for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}) ::unsetenv(name);
        ::setenv("LANG", "C.UTF-8", 1);
        for (const auto& [name, value] : environment) ::setenv(name.c_str(), value.c_str(), 1);
        // Keep the user's real data directory out of reach of the tests.
        setenv("HOME", home.c_str(), 1);
        setenv("XDG_DATA_HOME", (home + "/data").c_str(), 1);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

CliSandbox::CliSandbox() {
    std::string templ = (std::filesystem::temp_directory_path() / "cabas-cli-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    m_dir = templ;
}

CliSandbox::~CliSandbox() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

void CliSandbox::write(const std::string& name, const std::string& bytes) const {
    std::ofstream out(path(name), std::ios::binary);
    out << bytes;
}

CliResult CliSandbox::run(const std::vector<std::string>& args, bool add_db, const Environment& environment) const {
    const char* cli = CABAS_CLI_PATH;
    std::vector<std::string> argv{cli};
    if (add_db) {
        argv.push_back("--db");
        argv.push_back(db());
    }
    argv.insert(argv.end(), args.begin(), args.end());
    CliResult r;
    r.exit_code = run_process(argv, path(".out"), path(".err"), m_dir, environment);
    r.out = file_bytes(path(".out"));
    r.err = file_bytes(path(".err"));
    return r;
}

std::string sqlite_query(const std::string& db, const std::string& sql) {
    std::string tmp = db + ".query.out";
    std::string cmd = "sqlite3 -readonly '" + db + "' \"" + sql + "\" > '" + tmp + "' 2>&1";
    int rc = std::system(cmd.c_str());
    std::string out = file_bytes(tmp);
    std::filesystem::remove(tmp);
    if (rc != 0) throw std::runtime_error("sqlite3 failed: " + out);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

const CliSandbox& demo() {
    static CliSandbox box;
    static bool seeded = false;
    if (!seeded) {
        const CliResult r = box.run({"init", "--demo"});
        if (r.exit_code != 0) throw std::runtime_error("cabas-cli init --demo failed: " + r.err);
        seeded = true;
    }
    return box;
}

void sqlite_write(const std::string& db, const std::string& sql) {
    const std::string script = db + ".script.sql";
    const std::string tmp = db + ".script.out";
    {
        std::ofstream file(script, std::ios::binary);
        file << sql << ";\n";
    }
    const std::string cmd = "sqlite3 '" + db + "' < '" + script + "' > '" + tmp + "' 2>&1";
    const int rc = std::system(cmd.c_str());
    const std::string out = file_bytes(tmp);
    std::filesystem::remove(tmp);
    std::filesystem::remove(script);
    if (rc != 0) throw std::runtime_error("sqlite3 failed: " + out);
}

} // namespace cabas::testing
