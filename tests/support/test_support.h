#pragma once
// Helpers shared by the tests: fixture paths, scratch folders, and running
// the real socle-cli binary as a user would.
#include <filesystem>
#include <string>
#include <vector>

namespace socle::test {

std::filesystem::path data_path(const std::string& relative);  // tests/data/...
std::filesystem::path source_path(const std::string& relative);  // repository root

// A fresh empty folder, removed when the object goes away.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs socle-cli with the arguments (no shell quoting issues: each argument
// is quoted). Extra environment assignments may be given as "NAME=value".
ProcessResult run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

// The same with the main thread's stack limited to `stack_kib` (ulimit -s),
// to stand for Windows' 1 MB default on Linux. On Windows the program's own
// stack size applies.
ProcessResult run_cli_with_stack_limit(int stack_kib, const std::vector<std::string>& args);

// Runs a shell command; returns its exit code, with stdout in `out`.
int run_command(const std::string& command, std::string* out = nullptr);
// `arg` in single quotes for the shell.
std::string shell_quoted(const std::string& arg);

std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);

// Lines of text, without the trailing newline.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace socle::test
