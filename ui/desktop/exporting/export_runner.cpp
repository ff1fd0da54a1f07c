#include "ui/desktop/exporting/export_runner.h"

#include <atomic>
#include <chrono>
#include <exception>
#include <thread>

#include "common/error.h"
#include "common/path_text.h"
#include "common/user_paths.h"
#include "exports/csv_export.h"
#include "exports/report.h"
#include "exports/workbook.h"
#include "frameworks/practice_catalog.h"
#include "ui/desktop/document/document.h"

namespace socle::desktop {

ExportResult run_in_background(const std::filesystem::path& target, const std::function<void()>& write,
                               const std::function<void()>& waiting) {
    ExportResult result;
    result.target = target;
    std::atomic<bool> done = false;
    std::string error;
    std::thread worker([&] {
        try {
            write();
        } catch (const std::exception& e) {
            error = e.what();
            if (error.empty()) error = "unknown error";
        } catch (...) {
            error = "unknown error";
        }
        done = true;
    });
    while (!done) {
        if (waiting) waiting();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    worker.join();
    result.ok = error.empty();
    result.error = std::move(error);
    return result;
}

ExportResult run_export(ExportKind kind, assessment::Assessment assessment, scoring::AssessmentFigures figures,
                        const std::filesystem::path& target, const std::function<void()>& waiting) {
    return run_in_background(
        target,
        [&] {
            // The session's language; the roadmap cites the cases of the
            // built-in and the user's practice libraries (a broken user file
            // is left out, as socle-cli does).
            if (kind == ExportKind::Workbook) {
                exports::WorkbookOptions options;
                options.practices = frameworks::PracticeCatalog::discover(common::user_practices_dir()).libraries;
                exports::write_workbook(assessment, figures, target, options);
            } else if (kind == ExportKind::Report) {
                exports::ReportOptions options;
                options.practices = frameworks::PracticeCatalog::discover(common::user_practices_dir()).libraries;
                exports::write_report(assessment, figures, target, options);
            } else
                exports::write_csv_tables(assessment, figures, target);
        },
        waiting);
}

std::filesystem::path suggested_export_name(const Document& document, ExportKind kind) {
    return file_name_from(document.display_name(), kind == ExportKind::Workbook ? ".xlsx"
                                                   : kind == ExportKind::Report ? ".docx"
                                                                                 : " csv");
}

}  // namespace socle::desktop
