#include "exports/csv_export.h"

#include "assessment/system_csv.h"
#include "common/atomic_file.h"
#include "common/csv.h"
#include "common/error.h"
#include "common/path_text.h"
#include "exports/roadmap_csv.h"
#include "exports/scores_csv.h"
#include "scoring/assessment_scores.h"
#include "scoring/roadmap.h"

namespace socle::exports {

void write_csv_tables(const assessment::Assessment& assessment, const std::filesystem::path& dir,
                      common::CsvCells cells) {
    write_csv_tables(assessment, scoring::compute_figures(assessment), dir, cells);
}

void write_csv_tables(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                      const std::filesystem::path& dir, common::CsvCells cells) {
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec))
        throw common::UnwritablePathError(common::path_to_utf8(dir),
                                          "this is a file; the CSV tables go into a folder: give a folder's name");
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        throw common::IoError(common::path_to_utf8(dir), "cannot create the folder: " + (ec ? ec.message() : "not a folder"));
    const auto& scores = figures.scores;
    const auto& plan = figures.plan;
    common::write_file_atomically(dir / "indicators.csv", common::csv_file_content(indicators_csv(assessment, scores, cells)));
    common::write_file_atomically(dir / "domains.csv", common::csv_file_content(domains_csv(assessment, scores, cells)));
    common::write_file_atomically(dir / "roadmap.csv", common::csv_file_content(roadmap_csv(assessment, plan, cells)));
    // The map's own CSV format: the keys (social_registry, api), so the
    // files read back into Socle with the system-map import.
    common::write_file_atomically(dir / "systems.csv", common::csv_file_content(assessment::systems_csv(assessment.systems, cells)));
    common::write_file_atomically(dir / "flows.csv", common::csv_file_content(assessment::flows_csv(assessment.systems, cells)));
}

}  // namespace socle::exports
