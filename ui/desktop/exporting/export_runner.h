#pragma once
// The testable core of the export actions (export_actions.h): write the
// workbook or the CSV tables on a worker thread over a copy of the
// assessment, while the calling (UI) thread keeps running a callback that
// shows progress and handles events; and the file name to suggest.
#include <filesystem>
#include <functional>
#include <string>

#include "assessment/assessment.h"
#include "scoring/assessment_figures.h"

namespace socle::desktop {

class Document;

enum class ExportKind { Workbook, CsvTables, Report };

struct ExportResult {
    bool ok = false;
    std::filesystem::path target;  // the file (workbook) or folder (CSV)
    std::string error;             // what went wrong, when !ok (UTF-8)
};

// Runs `write` on a worker thread while `waiting` runs on the calling
// thread about every 50 ms until it is done (never after this returns). An
// exception thrown by `write` (common::IoError names the path) comes back
// as the result's error, never thrown. Every export goes through it.
ExportResult run_in_background(const std::filesystem::path& target, const std::function<void()>& write,
                               const std::function<void()>& waiting);

// Writes `assessment` with its figures (Document::figures(): what the
// screen shows, so the files show the very same and nothing is computed
// twice) to `target`. Both are taken by value: the worker owns its copies,
// so the user may go on editing. `waiting` runs on the calling thread about
// every 50 ms until the worker is done; it is never called after the
// function returns. I/O failures come back in the result, never thrown.
ExportResult run_export(ExportKind kind, assessment::Assessment assessment, scoring::AssessmentFigures figures,
                        const std::filesystem::path& target, const std::function<void()>& waiting);

// "Lao PDR baseline 2026.xlsx" from the document's name (characters that
// are not allowed in file names replaced), "assessment.xlsx" when it has
// none; for CSV the folder name "NAME csv".
std::filesystem::path suggested_export_name(const Document& document, ExportKind kind);

}  // namespace socle::desktop
