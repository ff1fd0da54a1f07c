// socle-cli score FILE.socle [--format table|json|csv]
#include <iomanip>
#include <iostream>

#include "common/display_width.h"
#include "common/json_writer.h"
#include "common/text.h"
#include "exports/scores_csv.h"
#include "scoring/assessment_scores.h"
#include "scoring/evidence_support.h"
#include "scoring/figure_text.h"
#include "scoring/headline_text.h"
#include "scoring/level_profile.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli score FILE.socle [--format table|json|csv [--raw-csv]]\n\n"
    "Scores an assessment with the method in docs/methodology.md. JSON keys:\n"
    "framework {id, version}, overall {level, stage, index, completeness},\n"
    "domains [{id, level, stage, index, weakest, completeness, ...}],\n"
    "indicators [{id, domain, status, level, target, gap, spread, votes,\n"
    "confidence, evidence_documents, support, ...}]; level is null when an\n"
    "indicator is not rated; evidence_documents counts the documents of the\n"
    "evidence register that support it; support is \"documented\" (an agreed\n"
    "level that at least one document supports), \"stated\" (an agreed level\n"
    "without one) or null (no agreed level);\n"
    "level_profile {overall, domains [{id, ...}]}: indicators counted by level\n"
    "(levels [n1, n2, ...]) and by status (not_applicable, unknown,\n"
    "not_relevant, unanswered, not_re_examined), with low_confidence and\n"
    "undocumented counts per level (self-reported or unmarked; no evidence,\n"
    "link or document). The index is the mean level on a 0-100 scale, not a\n"
    "percentage of targets met. Numbers "
    "are written in full (shortest exact form), never rounded. csv: the\n"
    "indicators table (see also socle-cli export --csv).\n"
    "In a round started from the last one (new --from), an indicator not yet\n"
    "rated anew has status not_re_examined and previous_level (the last round's\n"
    "level, or \"na\" / \"unknown\"); it is never counted as a rating.\n"
    "--raw-csv writes every CSV field exactly as recorded. By default a text\n"
    "field starting with = + - @, a tab or a carriage return gets a leading '\n"
    "so that a spreadsheet never runs it as a formula (numbers are left alone).\n";

void write_counts(common::JsonWriter& json, const scoring::LevelCounts& counts) {
    json.key("levels").begin_array();
    for (int count : counts.at_level) json.value(count);
    json.end_array();
    json.key("not_applicable").value(counts.not_applicable).key("unknown").value(counts.unknown);
    json.key("not_relevant").value(counts.not_relevant).key("unanswered").value(counts.unanswered);
    json.key("not_re_examined").value(counts.not_re_examined);
    // Beside each level: how many of its ratings are low confidence or undocumented.
    json.key("low_confidence").begin_array();
    for (int count : counts.low_confidence) json.value(count);
    json.end_array();
    json.key("undocumented").begin_array();
    for (int count : counts.undocumented) json.value(count);
    json.end_array();
}

void write_level_profile(common::JsonWriter& json, const assessment::Assessment& assessment,
                         const scoring::AssessmentScores& scores) {
    const auto profile = scoring::level_profile(scores, assessment);
    json.key("level_profile").begin_object();
    json.key("overall").begin_object();
    write_counts(json, profile.overall);
    json.end_object();
    json.key("domains").begin_array();
    for (const auto& domain : profile.domains) {
        json.begin_object().key("id").value(domain.id);
        write_counts(json, domain.counts);
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

void write_json(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores) {
    common::JsonWriter json;
    json.begin_object();
    json.key("framework").begin_object().key("id").value(scores.framework_id);
    json.key("version").value(scores.framework_version).key("levels").value(scores.levels).end_object();
    json.key("method").value(scores.method);
    const auto& overall = scores.overall;
    json.key("overall").begin_object();
    json.key("level").value(overall.level, -1);
    json.key("stage");
    overall.stage ? json.value(*overall.stage) : json.null();
    json.key("index").value(overall.index, -1);
    // Said next to the figure, since JSON readers rarely open the docs.
    json.key("index_note").value("the mean level on a 0-100 scale (level 1 = 0, top level = 100), not a percentage of targets met");
    json.key("completeness").value(overall.completeness, -1);
    json.key("rated").value(overall.rated).key("applicable").value(overall.applicable);
    json.end_object();

    json.key("domains").begin_array();
    for (const auto& domain : scores.domains) {
        json.begin_object().key("id").value(domain.id).key("weight").value(domain.weight, -1);
        json.key("level").value(domain.level, -1);
        json.key("stage");
        domain.stage ? json.value(*domain.stage) : json.null();
        json.key("index").value(domain.index, -1);
        json.key("target_level").value(domain.target_level, -1);
        json.key("weakest");
        domain.weakest ? json.value(*domain.weakest) : json.null();
        json.key("weakest_indicator").value(domain.weakest_indicator);
        json.key("completeness").value(domain.completeness, -1);
        json.key("rated").value(domain.rated).key("applicable").value(domain.applicable);
        json.end_object();
    }
    json.end_array();

    json.key("indicators").begin_array();
    for (const auto& indicator : scores.indicators) {
        json.begin_object().key("id").value(indicator.id).key("domain").value(indicator.domain_id);
        json.key("status").value(scoring::indicator_status_key(indicator));
        if (indicator.not_re_examined()) {
            // The last round's result, beside (never as) this round's level.
            json.key("previous_level");
            indicator.previous->kind == assessment::VoteKind::Level ? json.value(indicator.previous->level)
                                                                    : json.value(assessment::vote_key(*indicator.previous));
        }
        json.key("level");
        indicator.level ? json.value(*indicator.level) : json.null();
        json.key("source").value(indicator.source == scoring::LevelSource::Agreed   ? "agreed"
                                 : indicator.source == scoring::LevelSource::Median ? "median"
                                                                                    : "none");
        json.key("target").value(indicator.target);
        json.key("gap");
        indicator.gap ? json.value(*indicator.gap) : json.null();
        json.key("spread").value(indicator.spread).key("disagreement").value(indicator.disagreement);
        json.key("votes").begin_object();
        for (std::size_t level = 0; level < indicator.votes_per_level.size(); ++level)
            json.key(std::to_string(level + 1)).value(indicator.votes_per_level[level]);
        json.key("na").value(indicator.na_votes).key("unknown").value(indicator.unknown_votes).end_object();
        json.key("confidence");
        const auto confidence = assessment::confidence_key(indicator.confidence);
        confidence.empty() ? json.null() : json.value(confidence);
        json.key("weight").value(indicator.weight, -1);
        json.key("evidence_documents").value(indicator.evidence_documents);
        json.key("support");
        const auto support = scoring::support_key(scoring::support_of(indicator));
        support.empty() ? json.null() : json.value(support);
        json.end_object();
    }
    json.end_array();
    write_level_profile(json, assessment, scores);
    json.end_object();
    std::cout << json.str() << "\n";
}

// The figures as the dashboard and the workbook show them (scoring/figure_text.h).
std::string level(const std::optional<double>& value) { return value ? scoring::level_text(*value) : "-"; }
std::string index(const std::optional<double>& value) { return value ? scoring::index_text(*value) : "-"; }
std::string percent(const std::optional<double>& value) { return value ? scoring::percent_text(*value) : "-"; }

// A count in a profile column: blank rather than 0, so the levels that
// hold indicators stand out.
std::string count_cell(int count) { return count ? std::to_string(count) : "."; }

// The headline: how many indicators sit at each level, per domain and
// overall, with the ratings that rest on weak ground flagged beside them.
void write_profile(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores) {
    const auto& framework = assessment.framework();
    const auto& lang = assessment.metadata.language;
    const auto profile = scoring::level_profile(scores, assessment);
    std::cout << "Level profile: indicators at each level (" << profile.overall.rated() << " rated of "
              << profile.overall.total() << ")\n";
    if (profile.overall.not_re_examined > 0)
        std::cout << profile.overall.not_re_examined
                  << " indicators not re-examined yet: the last round's levels, not counted here (see below)\n";
    std::cout << std::left << std::setw(8) << "domain";
    for (std::size_t level = 1; level <= profile.overall.at_level.size(); ++level)
        std::cout << std::setw(5) << ("L" + std::to_string(level));
    std::cout << std::setw(10) << "not rated" << std::setw(9) << "low conf" << std::setw(9) << "no evid" << "name\n";
    auto row = [&](const std::string& id, const scoring::LevelCounts& counts, const std::string& name) {
        std::cout << std::setw(8) << id;
        for (int count : counts.at_level) std::cout << std::setw(5) << count_cell(count);
        std::cout << std::setw(10) << count_cell(counts.total() - counts.rated()) << std::setw(9)
                  << count_cell(counts.low_confidence_total()) << std::setw(9) << count_cell(counts.undocumented_total())
                  << name << "\n";
    };
    for (const auto& domain : profile.domains) {
        const auto* model = framework.find_domain(domain.id);
        row(domain.id, domain.counts, model ? framework.text(model->name, lang) : "");
    }
    row("all", profile.overall, "");
    bool flagged = false;
    for (int level = 1; level <= static_cast<int>(profile.overall.at_level.size()); ++level) {
        const auto flags = scoring::rating_flags_at(profile.overall, level, "en");
        if (flags.empty()) continue;
        std::cout << (flagged ? "; " : "Flagged: ") << "level " << level << ": " << flags;
        flagged = true;
    }
    if (flagged) std::cout << "\n" << scoring::rating_flags_legend("en") << "\n";
}

// A round started from the last one: the indicators still waiting, each
// with the last round's result, apart from this round's figures.
void write_not_re_examined(const scoring::AssessmentScores& scores) {
    bool first = true;
    for (const auto& indicator : scores.indicators) {
        if (!indicator.not_re_examined()) continue;
        if (first) std::cout << "\nNot re-examined yet (not counted in the figures above):\n";
        first = false;
        std::cout << "  " << common::pad_to_width(indicator.id, 8) << scoring::not_re_examined_text(indicator, "en")
                  << "\n";
    }
}

void write_table(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores) {
    const auto& framework = assessment.framework();
    const auto& lang = assessment.metadata.language;
    const auto& overall = scores.overall;
    std::cout << (assessment.metadata.title.empty() ? "(untitled assessment)" : assessment.metadata.title) << "  ["
              << framework.id << " " << framework.version << "]\n\n";
    write_profile(assessment, scores);
    std::cout << "\nOverall: level " << level(overall.level) << ", stage "
              << (overall.stage ? std::to_string(*overall.stage) : "-") << ", "
              << (overall.index ? scoring::index_caption(*overall.index, "en") : std::string("no index"))
              << ", completeness " << percent(overall.completeness)
              << " (" << overall.rated << " of " << overall.applicable << " applicable indicators rated)\n\n";
    // Padded by display width, not bytes (std::setw), so that a column holding
    // Cyrillic or Lao would still line up.
    using common::pad_to_width;
    std::cout << pad_to_width("domain", 8) << pad_to_width("level", 7) << pad_to_width("stage", 6)
              << pad_to_width("index", 7) << pad_to_width("weakest", 8) << pad_to_width("complete", 10) << "name\n";
    for (const auto& domain : scores.domains) {
        const auto* model = framework.find_domain(domain.id);
        std::cout << pad_to_width(domain.id, 8) << pad_to_width(level(domain.level), 7)
                  << pad_to_width(domain.stage ? std::to_string(*domain.stage) : "-", 6)
                  << pad_to_width(index(domain.index), 7)
                  << pad_to_width(domain.weakest ? std::to_string(*domain.weakest) : "-", 8)
                  << pad_to_width(percent(domain.completeness), 10)
                  << (model ? framework.text(model->name, lang) : "") << "\n";
    }
    std::cout << "(index: the mean level on a 0-100 scale, level 1 = 0 and the top level = 100; not a percentage "
                 "of targets met)\n";
    write_not_re_examined(scores);
}

}  // namespace

int run_score(const CommandArgs& raw) {
    const auto opened = open_command("score", raw, {{"--format", true}, {"--raw-csv", false}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("score", "name one .socle file");
    const std::string format = args->value_or("--format", "table");
    if (!check_format("score", format, {"table", "json", "csv"})) return kUsage;
    if (args->has("--raw-csv") && format != "csv") return usage_error("score", "--raw-csv goes with --format csv");

    const auto assessment = load_assessment_or_report(args->positional().front());
    if (!assessment) return kInvalidInput;
    const auto scores = scoring::score_assessment(*assessment);
    if (format == "json") write_json(*assessment, scores);
    else if (format == "csv")
        std::cout << exports::indicators_csv(*assessment, scores,
                                             args->has("--raw-csv") ? common::CsvCells::Raw
                                                                    : common::CsvCells::SafeForSpreadsheets);
    else write_table(*assessment, scores);
    return kOk;
}

}  // namespace socle::cli
