// socle-cli merge BASE.socle MINE.socle THEIRS.socle [MORE.socle ...] -o OUT.socle [--format table|json]
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "assessment/assessment_io.h"
#include "assessment/merge.h"
#include "assessment/merge_many.h"
#include "common/json_writer.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli merge BASE.socle MINE.socle THEIRS.socle -o OUT.socle\n"
    "                 [--format table|json]\n\n"
    "Merges two copies of one assessment edited offline from BASE, field by\n"
    "field: a change on one side is taken, the same change on both sides is\n"
    "taken once, and different changes to one field are conflicts: OUT keeps\n"
    "MINE's value there and every conflict is listed with its BASE, MINE and\n"
    "THEIRS values, so nothing is lost. See docs/assessment-format.md.\n"
    "Exit code 0 when clean, 1 when conflicts remain (OUT is written) or an\n"
    "input does not load or uses another framework (nothing written).\n"
    "JSON keys: output, clean, from_mine, from_theirs, from_both,\n"
    "conflicts [{field, base, mine, theirs}] (null when absent on that side).\n\n"
    "Break-out groups: name more copies after THEIRS (BASE A B C ... -o OUT).\n"
    "They are merged in the order given, each into the copies before it; a\n"
    "conflict keeps the earlier copies' value and is listed with the copy that\n"
    "disagreed (JSON: from_first, from_later, from_several, conflicts\n"
    "[{copy, field, base, earlier, copy_value}]).\n";

std::string shown(const std::optional<std::string>& value) { return value ? "\"" + *value + "\"" : "(none)"; }

void write_json(const assessment::MergeResult& result, const std::string& out) {
    common::JsonWriter json;
    json.begin_object().key("output").value(out).key("clean").value(result.clean());
    json.key("from_mine").value(result.from_mine).key("from_theirs").value(result.from_theirs);
    json.key("from_both").value(result.from_both).key("conflicts").begin_array();
    for (const auto& conflict : result.conflicts) {
        json.begin_object().key("field").value(conflict.field);
        for (const auto& [name, value] : {std::pair{"base", &conflict.base}, std::pair{"mine", &conflict.mine},
                                          std::pair{"theirs", &conflict.theirs}}) {
            json.key(name);
            *value ? json.value(**value) : json.null();
        }
        json.end_object();
    }
    json.end_array().end_object();
    std::cout << json.str() << "\n";
}

void write_table(const assessment::MergeResult& result, const std::string& out) {
    std::cout << "Merged into " << out << ": " << result.from_mine << " changes from MINE, " << result.from_theirs
              << " from THEIRS, " << result.from_both << " made on both sides.\n";
    if (result.conflicts.empty()) return;
    std::cout << result.conflicts.size() << " conflicts, left with MINE's value for you to settle:\n";
    for (const auto& conflict : result.conflicts)
        std::cout << "  " << conflict.field << "\n    base:   " << shown(conflict.base)
                  << "\n    mine:   " << shown(conflict.mine) << "\n    theirs: " << shown(conflict.theirs) << "\n";
}

void write_many_json(const assessment::ManyMergeResult& result, const std::vector<std::string>& copies,
                     const std::string& out) {
    common::JsonWriter json;
    json.begin_object().key("output").value(out).key("clean").value(result.clean());
    json.key("from_first").value(result.from_first).key("from_later").value(result.from_later);
    json.key("from_several").value(result.from_several).key("conflicts").begin_array();
    for (const auto& item : result.conflicts) {
        json.begin_object().key("copy").value(copies[item.copy]).key("field").value(item.conflict.field);
        for (const auto& [name, value] : {std::pair{"base", &item.conflict.base}, std::pair{"earlier", &item.conflict.mine},
                                          std::pair{"copy_value", &item.conflict.theirs}}) {
            json.key(name);
            *value ? json.value(**value) : json.null();
        }
        json.end_object();
    }
    json.end_array().end_object();
    std::cout << json.str() << "\n";
}

void write_many_table(const assessment::ManyMergeResult& result, const std::vector<std::string>& copies,
                      const std::string& out) {
    std::cout << "Merged " << copies.size() << " copies into " << out << ": " << result.from_first
              << " changes from " << copies.front() << ", " << result.from_later << " from the later copies, "
              << result.from_several << " made in several copies.\n";
    if (result.conflicts.empty()) return;
    std::cout << result.conflicts.size() << " conflicts, left with the earlier copies' value for you to settle:\n";
    for (const auto& item : result.conflicts)
        std::cout << "  " << item.conflict.field << " (" << copies[item.copy] << ")\n    base:    "
                  << shown(item.conflict.base) << "\n    earlier: " << shown(item.conflict.mine) << "\n    "
                  << copies[item.copy] << ": " << shown(item.conflict.theirs) << "\n";
}

// BASE A B C ...: every copy folded in turn (assessment/merge_many.h).
int merge_several(const std::vector<std::string>& files, const std::string& out, const std::string& format) {
    const auto base = load_assessment_or_report(files[0]);
    std::vector<std::optional<assessment::Assessment>> loaded;
    bool ok = base.has_value();
    for (std::size_t i = 1; i < files.size(); ++i) {
        loaded.push_back(load_assessment_or_report(files[i]));
        ok = ok && loaded.back().has_value();
    }
    if (!ok) return kInvalidInput;
    std::vector<const assessment::Assessment*> copies;
    for (const auto& copy : loaded) copies.push_back(&*copy);
    const std::vector<std::string> names(files.begin() + 1, files.end());
    const auto result = assessment::merge_many(*base, copies);
    if (!result.merged) {
        std::cerr << "socle-cli merge: " << names[result.refused_copy] << ": " << result.refusal << "\n";
        return kInvalidInput;
    }
    assessment::save_assessment_file(*result.merged, file_path(out));
    if (format == "json") write_many_json(result, names, out);
    else write_many_table(result, names, out);
    return result.conflicts.empty() ? kOk : kInvalidInput;
}

}  // namespace

int run_merge(const CommandArgs& raw) {
    const auto opened = open_command("merge", raw, {{"-o", true}, {"--format", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() < 3) return usage_error("merge", "name BASE, MINE and THEIRS .socle files (and any more copies)");
    const auto out = args->value("-o");
    if (!out) return usage_error("merge", "name the merged file with -o OUT.socle");
    const std::string format = args->value_or("--format", "table");
    if (!check_format("merge", format, {"table", "json"})) return kUsage;

    const auto& files = args->positional();
    if (files.size() > 3) return merge_several(files, *out, format);
    const auto base = load_assessment_or_report(files[0]);
    const auto mine = load_assessment_or_report(files[1]);
    const auto theirs = load_assessment_or_report(files[2]);
    if (!base || !mine || !theirs) return kInvalidInput;
    const auto result = assessment::merge_assessments(*base, *mine, *theirs);
    if (!result.merged) {
        std::cerr << "socle-cli merge: " << result.refusal << "\n";
        return kInvalidInput;
    }
    assessment::save_assessment_file(*result.merged, file_path(*out));
    if (format == "json") write_json(result, *out);
    else write_table(result, *out);
    return result.conflicts.empty() ? kOk : kInvalidInput;
}

}  // namespace socle::cli
