#pragma once
// The system map's CSV files from the menu: import (both files, all or
// nothing, every problem shown with its file and line) and export (both
// files into a folder). The *_files functions take paths and do the work,
// so tests drive exactly what the menu does without file dialogs.
#include <filesystem>
#include <utility>

#include "common/diagnostics.h"

class wxWindow;

namespace socle::assessment {
class Assessment;
}

namespace socle::desktop {

class Document;

struct SystemCsvImportOutcome {
    bool imported = false;
    std::size_t systems = 0;
    std::size_t flows = 0;
    common::Diagnostics diagnostics;
};

// Reads both files and, when they are valid, replaces the map through one
// undoable edit. Throws common::IoError when a file cannot be read.
SystemCsvImportOutcome import_system_csv_files(Document& document, const std::filesystem::path& systems,
                                               const std::filesystem::path& flows);

// As above, telling the user: the problems in a dialog (one row per
// problem, with file, line and column), a read failure in a message box.
// Returns whether the map was replaced.
bool import_system_csv_with_report(wxWindow* parent, Document& document, const std::filesystem::path& systems,
                                   const std::filesystem::path& flows);
// Asks for the systems file, then the flows file (next to it by default).
bool import_system_csv_interactively(wxWindow* parent, Document& document);

// The problems dialog on its own (modal; named "import_problems_dialog",
// its list "import_problems").
void show_import_problems(wxWindow* parent, const common::Diagnostics& diagnostics);

// Writes systems.csv and flows.csv into `folder` (atomically); returns the
// two paths. Throws common::IoError.
std::pair<std::filesystem::path, std::filesystem::path> export_system_csv_files(
    const assessment::Assessment& assessment, const std::filesystem::path& folder);
void export_system_csv_interactively(wxWindow* parent, const Document& document);

}  // namespace socle::desktop
