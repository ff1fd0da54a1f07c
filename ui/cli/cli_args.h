#pragma once
// A small, strict argument parser: every command declares its options, and
// anything else is a usage error (exit 2) rather than silently ignored.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::cli {

// A file named on the command line (UTF-8) as a path. A std::string must
// never become a path by itself: on Windows that conversion goes through the
// ANSI code page and garbles Cyrillic and Lao names.
std::filesystem::path file_path(const std::string& utf8);

enum ExitCode { kOk = 0, kInvalidInput = 1, kUsage = 2, kFailure = 3 };

struct OptionSpec {
    std::string name;  // "--format", "-o"
    bool takes_value = false;
};

class Args {
public:
    // Parses args (without the program and command names). On a usage error
    // returns nullopt and sets error.
    static std::optional<Args> parse(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                                     std::string& error);

    const std::vector<std::string>& positional() const { return positional_; }
    bool has(std::string_view name) const { return options_.count(std::string(name)) > 0; }
    std::optional<std::string> value(std::string_view name) const;
    std::string value_or(std::string_view name, std::string fallback) const {
        return value(name).value_or(std::move(fallback));
    }
    // Every value of a repeatable option, in order.
    std::vector<std::string> values(std::string_view name) const;

private:
    std::vector<std::string> positional_;
    std::multimap<std::string, std::string> options_;
};

// The opening every command shares: parses the arguments against `specs`
// (--help and -h are added), prints `help` on --help, reports a usage error.
// `args` is set when the command goes on; otherwise return `exit_code`.
struct OpenedCommand {
    std::optional<Args> args;
    int exit_code = kOk;
};
OpenedCommand open_command(std::string_view command, const std::vector<std::string>& raw, std::vector<OptionSpec> specs,
                           std::string_view help);

// Shared by every command: prints "socle-cli CMD: MESSAGE" and the usage hint.
int usage_error(std::string_view command, std::string_view message);

// Checks that a --format value is one of the allowed ones.
bool check_format(std::string_view command, const std::string& format, std::initializer_list<std::string_view> allowed);

}  // namespace socle::cli
