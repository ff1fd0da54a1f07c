// socle-cli evidence add FILE.socle --title ... [--file PATH]
// socle-cli evidence list FILE.socle [--json]
#include <iostream>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "assessment/evidence_register.h"
#include "common/atomic_file.h"
#include "common/display_width.h"
#include "common/json_writer.h"
#include "common/sha256.h"
#include "common/text.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli evidence add FILE.socle --title TITLE --type TYPE --indicators D1.1,D4.2\n"
    "           [--issuer WHO] [--date YYYY-MM-DD] [--seen-by WHO] [--kept-at WHERE]\n"
    "           [--confidentiality public|internal|confidential] [--file PATH]\n"
    "       socle-cli evidence list FILE.socle [--json]\n\n"
    "The evidence register: the documents the team has seen and the indicators\n"
    "each supports. add records one (the next free id, doc1, doc2, ...) and saves\n"
    "FILE atomically (the previous version is kept as FILE.socle.bak). TYPE is\n"
    "law, policy, manual, report, system_documentation, agreement or other;\n"
    "confidentiality is internal unless given. The date may be YYYY-MM or YYYY\n"
    "when the day is not known. --file computes the SHA-256 of that file, so a\n"
    "reader can check later that a copy is the document the team saw (the file\n"
    "itself is not stored). An agreed level that at least one document supports\n"
    "is \"documented\" in socle-cli score --format json, otherwise \"stated\".\n"
    "list prints the register (--json: documents [{id, title, type, issuer,\n"
    "date, seen_by, kept_at, confidentiality, sha256, indicators}]).\n";

// "D1.1, D4.2" -> {"D1.1", "D4.2"}; blanks between commas are skipped.
std::vector<std::string> split_ids(std::string_view list) {
    std::vector<std::string> ids;
    while (true) {
        const auto comma = list.find(',');
        const auto id = common::trim(list.substr(0, comma));
        if (!id.empty()) ids.emplace_back(id);
        if (comma == std::string_view::npos) return ids;
        list.remove_prefix(comma + 1);
    }
}

int run_add(const Args& args) {
    const std::string socle_file = args.positional()[1];
    const auto title = args.value("--title");
    if (!title || common::trim(*title).empty()) return usage_error("evidence", "add needs --title TITLE");
    const auto indicators = args.value("--indicators");
    if (!indicators || split_ids(*indicators).empty())
        return usage_error("evidence", "add needs --indicators with the ids it supports, such as D1.1,D4.2");
    assessment::EvidenceDocument document;
    const auto type = assessment::parse_document_type(args.value_or("--type", "other"));
    if (!type)
        return usage_error("evidence", "--type is law, policy, manual, report, system_documentation, agreement or other");
    const auto confidentiality = assessment::parse_confidentiality(args.value_or("--confidentiality", "internal"));
    if (!confidentiality) return usage_error("evidence", "--confidentiality is public, internal or confidential");
    document.type = *type;
    document.confidentiality = *confidentiality;
    document.title = common::trim(*title);
    document.issuer = args.value_or("--issuer", "");
    document.date = args.value_or("--date", "");
    document.seen_by = args.value_or("--seen-by", "");
    document.kept_at = args.value_or("--kept-at", "");
    document.indicators = split_ids(*indicators);

    auto assessment = load_assessment_or_report(socle_file);
    if (!assessment) return kInvalidInput;
    if (const auto file = args.value("--file")) {
        common::Diagnostics diagnostics;
        const auto bytes = common::read_file_or_diagnose(file_path(*file), diagnostics);
        print_diagnostics(diagnostics);
        if (!bytes) return kInvalidInput;
        document.sha256 = common::sha256_hex(*bytes);
    }
    document.id = assessment::next_document_id(*assessment);
    const auto problems = assessment::document_problems(*assessment, document);
    for (const auto& problem : problems) std::cerr << socle_file << ": error: " << problem << "\n";
    if (!problems.empty()) {
        std::cerr << "nothing was added: correct the options above and run the command again\n";
        return kInvalidInput;
    }
    assessment::edits::add_document(*assessment, document).apply(*assessment);
    assessment::save_assessment_file(*assessment, file_path(socle_file));
    std::cout << "added " << document.id << " (" << document.title << "), supporting " << document.indicators.size()
              << (document.indicators.size() == 1 ? " indicator" : " indicators") << ", to " << socle_file << "\n";
    return kOk;
}

void write_json(const assessment::Assessment& assessment) {
    common::JsonWriter json;
    json.begin_object().key("documents").begin_array();
    for (const auto& d : assessment.evidence) {
        json.begin_object().key("id").value(d.id).key("title").value(d.title);
        json.key("type").value(assessment::document_type_key(d.type)).key("issuer").value(d.issuer);
        json.key("date").value(d.date).key("seen_by").value(d.seen_by).key("kept_at").value(d.kept_at);
        json.key("confidentiality").value(assessment::confidentiality_key(d.confidentiality));
        json.key("sha256");
        d.sha256.empty() ? json.null() : json.value(d.sha256);
        json.key("indicators").begin_array();
        for (const auto& id : d.indicators) json.value(id);
        json.end_array().end_object();
    }
    json.end_array().end_object();
    std::cout << json.str() << "\n";
}

void write_table(const assessment::Assessment& assessment) {
    using common::pad_to_width;
    std::cout << assessment.evidence.size() << (assessment.evidence.size() == 1 ? " document" : " documents")
              << " in the evidence register\n";
    if (assessment.evidence.empty()) return;
    std::cout << pad_to_width("id", 7) << pad_to_width("type", 22) << pad_to_width("date", 12)
              << pad_to_width("indicators", 18) << "title\n";
    for (const auto& d : assessment.evidence)
        std::cout << pad_to_width(d.id, 7) << pad_to_width(assessment::document_type_key(d.type), 22)
                  << pad_to_width(d.date.empty() ? "-" : d.date, 12) << pad_to_width(assessment::indicator_list(d, ","), 18)
                  << (d.title.empty() ? "-" : d.title) << "\n";
}

}  // namespace

int run_evidence(const CommandArgs& raw) {
    const auto opened = open_command("evidence", raw,
                                     {{"--title", true}, {"--issuer", true}, {"--date", true}, {"--seen-by", true},
                                      {"--kept-at", true}, {"--confidentiality", true}, {"--type", true},
                                      {"--indicators", true}, {"--file", true}, {"--json", false}},
                                     kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = *opened.args;
    if (args.positional().size() != 2) return usage_error("evidence", "name add or list and one .socle file");
    const auto& action = args.positional()[0];
    if (action == "add") {
        if (args.has("--json")) return usage_error("evidence", "--json goes with list");
        return run_add(args);
    }
    if (action != "list") return usage_error("evidence", "the action is add or list, not '" + action + "'");
    for (const char* option : {"--title", "--issuer", "--date", "--seen-by", "--kept-at", "--confidentiality", "--type",
                               "--indicators", "--file"})
        if (args.has(option)) return usage_error("evidence", std::string(option) + " goes with add");
    const auto assessment = load_assessment_or_report(args.positional()[1]);
    if (!assessment) return kInvalidInput;
    if (args.has("--json")) write_json(*assessment);
    else write_table(*assessment);
    return kOk;
}

}  // namespace socle::cli
