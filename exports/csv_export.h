#pragma once
// `socle-cli export --csv DIR`: the assessment as tidy CSV tables (UTF-8,
// header row, one observation a row) for R, Stata, Python or a database:
// indicators.csv, domains.csv, roadmap.csv, systems.csv and flows.csv.
// Text starting with = + - @, a tab or a carriage return gets a leading
// single quote so that a spreadsheet never runs it as a formula (numbers
// such as -1.5 are left alone); CsvCells::Raw writes every field exactly as
// recorded (see docs/workbook.md).
#include <filesystem>

#include "assessment/assessment.h"
#include "common/csv.h"
#include "scoring/assessment_figures.h"

namespace socle::exports {

// Writes the five tables into dir (created if missing), each atomically.
// Throws common::IoError when the folder or a file cannot be written.
void write_csv_tables(const assessment::Assessment& assessment, const std::filesystem::path& dir,
                      common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);
// The same with the figures already computed (scoring::compute_figures).
void write_csv_tables(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                      const std::filesystem::path& dir,
                      common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);

}  // namespace socle::exports
