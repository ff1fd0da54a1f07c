#include "ui/cli/cli_args.h"

#include "common/path_text.h"

#include <iostream>
#include <iterator>

namespace socle::cli {

std::filesystem::path file_path(const std::string& utf8) { return common::path_from_utf8(utf8); }

std::optional<Args> Args::parse(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                                std::string& error) {
    Args parsed;
    bool only_positional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positional || arg.size() < 2 || arg[0] != '-') {
            parsed.positional_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (const auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const auto& candidate : specs)
            if (candidate.name == name) spec = &candidate;
        if (!spec) {
            error = "unknown option '" + name + "'";
            return std::nullopt;
        }
        if (!spec->takes_value) {
            if (inline_value) {
                error = "option '" + name + "' takes no value";
                return std::nullopt;
            }
            parsed.options_.emplace(name, "");
            continue;
        }
        if (inline_value) {
            parsed.options_.emplace(name, *inline_value);
        } else if (i + 1 < args.size()) {
            parsed.options_.emplace(name, args[++i]);
        } else {
            error = "option '" + name + "' needs a value";
            return std::nullopt;
        }
    }
    return parsed;
}

std::optional<std::string> Args::value(std::string_view name) const {
    const auto range = options_.equal_range(std::string(name));
    if (range.first == range.second) return std::nullopt;
    return std::prev(range.second)->second;  // the last one wins
}

std::vector<std::string> Args::values(std::string_view name) const {
    std::vector<std::string> all;
    const auto range = options_.equal_range(std::string(name));
    for (auto it = range.first; it != range.second; ++it) all.push_back(it->second);
    return all;
}

OpenedCommand open_command(std::string_view command, const std::vector<std::string>& raw, std::vector<OptionSpec> specs,
                           std::string_view help) {
    specs.push_back({"--help", false});
    specs.push_back({"-h", false});
    std::string error;
    OpenedCommand opened;
    auto args = Args::parse(raw, specs, error);
    if (!args) {
        opened.exit_code = usage_error(command, error);
    } else if (args->has("--help") || args->has("-h")) {
        std::cout << help;
    } else {
        opened.args = std::move(args);
    }
    return opened;
}

int usage_error(std::string_view command, std::string_view message) {
    std::cerr << "socle-cli " << command << ": " << message << "\n"
              << "Try 'socle-cli " << command << " --help'.\n";
    return kUsage;
}

bool check_format(std::string_view command, const std::string& format, std::initializer_list<std::string_view> allowed) {
    for (auto name : allowed)
        if (format == name) return true;
    std::string list;
    for (auto name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
    usage_error(command, "unknown format '" + format + "' (use one of: " + list + ")");
    return false;
}

}  // namespace socle::cli
