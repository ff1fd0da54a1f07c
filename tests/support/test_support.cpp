#include "tests/support/test_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

#include "common/atomic_file.h"

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
std::string shell_quote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) {
        if (c == '\'') quoted += "'\\''";
        else quoted.push_back(c);
    }
    return quoted + "'";
}
}  // namespace

ProcessResult run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    ScratchDir scratch;
    std::string command;
    if (!env.empty()) command += "env ";
    for (const auto& assignment : env) command += shell_quote(assignment) + " ";
    command += shell_quote(SOCLE_CLI_PATH);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    command += " >" + shell_quote((scratch / "out").string()) + " 2>" + shell_quote((scratch / "err").string()) +
               " </dev/null";
    const int status = std::system(command.c_str());
    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(scratch / "out");
    result.err = read_text(scratch / "err");
    return result;
}

std::string shell_quoted(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) {
        if (c == '\'') quoted += "'\\''";
        else quoted.push_back(c);
    }
    return quoted + "'";
}

int run_command(const std::string& command, std::string* out) {
    ScratchDir scratch;
    const auto out_file = scratch / "out";
    const int status = std::system((command + " >" + shell_quoted(out_file.string()) + " </dev/null").c_str());
    if (out) *out = read_text(out_file);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace socle::test
