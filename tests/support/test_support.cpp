#include "tests/support/test_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#if !defined(_WIN32)
#include <sys/wait.h>
#endif

#include "common/atomic_file.h"
#include "common/path_text.h"

namespace fs = std::filesystem;

namespace socle::test {

fs::path data_path(const std::string& relative) { return fs::path(SOCLE_TEST_DATA_DIR) / relative; }
fs::path source_path(const std::string& relative) { return fs::path(SOCLE_SOURCE_DIR) / relative; }

ScratchDir::ScratchDir() {
    std::random_device device;
    path_ = fs::temp_directory_path() / ("socle-test-" + std::to_string(device()) + std::to_string(device()));
    fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

std::string read_text(const fs::path& path) { return common::read_file(path); }

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

namespace {
#if defined(_WIN32)
// std::system's shell is cmd.exe on Windows (and under Wine). `cmd /c`
// strips one pair of quotes around the whole line, hence the outer pair.
constexpr const char* kNullDevice = "NUL";

int run_shell(const std::string& command) {
    return ::_wsystem(common::path_from_utf8("\"" + command + "\"").c_str());
}

std::string env_prefix(const std::vector<std::string>& env) {
    std::string prefix;
    for (const auto& assignment : env) prefix += "set " + shell_quoted(assignment) + " && ";
    return prefix;
}
#else
constexpr const char* kNullDevice = "/dev/null";

int run_shell(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string env_prefix(const std::vector<std::string>& env) {
    if (env.empty()) return "";
    std::string prefix = "env ";
    for (const auto& assignment : env) prefix += shell_quoted(assignment) + " ";
    return prefix;
}
#endif
}  // namespace

namespace {

ProcessResult run_cli_command(std::string command, const std::vector<std::string>& args) {
    ScratchDir scratch;
    for (const auto& arg : args) command += " " + shell_quoted(arg);
    command += " >" + shell_quoted(common::path_to_utf8(scratch / "out")) + " 2>" +
               shell_quoted(common::path_to_utf8(scratch / "err")) + " <" + kNullDevice;
    ProcessResult result;
    result.exit_code = run_shell(command);
    result.out = read_text(scratch / "out");
    result.err = read_text(scratch / "err");
    return result;
}

}  // namespace

ProcessResult run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    return run_cli_command(env_prefix(env) + shell_quoted(SOCLE_CLI_PATH), args);
}

ProcessResult run_cli_with_stack_limit(int stack_kib, const std::vector<std::string>& args) {
#if defined(_WIN32)
    (void)stack_kib;
    return run_cli(args);
#else
    return run_cli_command("ulimit -s " + std::to_string(stack_kib) + " && exec " + shell_quoted(SOCLE_CLI_PATH), args);
#endif
}

std::string shell_quoted(const std::string& arg) {
#if defined(_WIN32)
    std::string quoted = "\"";
    for (char c : arg) {
        if (c == '"') quoted += "\\\"";
        else quoted.push_back(c);
    }
    return quoted + "\"";
#else
    std::string quoted = "'";
    for (char c : arg) {
        if (c == '\'') quoted += "'\\''";
        else quoted.push_back(c);
    }
    return quoted + "'";
#endif
}

int run_command(const std::string& command, std::string* out) {
    ScratchDir scratch;
    const int status = run_shell(command + " >" + shell_quoted(common::path_to_utf8(scratch / "out")) + " <" + kNullDevice);
    if (out) *out = read_text(scratch / "out");
    return status;
}

}  // namespace socle::test
