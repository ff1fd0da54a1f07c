#include "exports/scores_csv.h"

#include "common/csv.h"
#include "common/text.h"

namespace socle::exports {

namespace {
std::string number(const std::optional<double>& value) { return value ? common::format_number(*value, 4) : ""; }
std::string number(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }
}  // namespace

std::string indicators_csv(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores,
                           common::CsvCells cells) {
    const auto& framework = assessment.framework();
    const auto& lang = assessment.metadata.language;
    std::string out = common::csv_line({"indicator", "domain", "question", "status", "level", "source", "target",
                                        "gap", "spread", "disagreement", "level_votes", "na_votes", "unknown_votes",
                                        "confidence", "weight"});
    for (const auto& score : scores.indicators) {
        const auto* indicator = framework.find_indicator(score.id);
        const char* source = score.source == scoring::LevelSource::Agreed   ? "agreed"
                             : score.source == scoring::LevelSource::Median ? "median"
                                                                            : "";
        out += common::csv_line({score.id, score.domain_id, indicator ? framework.text(indicator->question, lang) : "",
                                 std::string(scoring::indicator_status_key(score)), number(score.level), source,
                                 std::to_string(score.target), number(score.gap), std::to_string(score.spread),
                                 score.disagreement ? "yes" : "no", std::to_string(score.level_votes),
                                 std::to_string(score.na_votes), std::to_string(score.unknown_votes),
                                 std::string(assessment::confidence_key(score.confidence)),
                                 common::format_number(score.weight)},
                                cells);
    }
    return out;
}

std::string domains_csv(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores,
                        common::CsvCells cells) {
    const auto& framework = assessment.framework();
    const auto& lang = assessment.metadata.language;
    std::string out = common::csv_line({"domain", "name", "weight", "level", "stage", "index", "target_level",
                                        "weakest", "weakest_indicator", "completeness", "rated", "applicable",
                                        "indicators"});
    for (const auto& score : scores.domains) {
        const auto* domain = framework.find_domain(score.id);
        out += common::csv_line({score.id, domain ? framework.text(domain->name, lang) : "",
                                 common::format_number(score.weight), number(score.level), number(score.stage),
                                 number(score.index), number(score.target_level), number(score.weakest),
                                 score.weakest_indicator, number(score.completeness), std::to_string(score.rated),
                                 std::to_string(score.applicable), std::to_string(score.indicators)},
                                cells);
    }
    return out;
}

}  // namespace socle::exports
