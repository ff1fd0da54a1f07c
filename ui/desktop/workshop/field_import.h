#pragma once
// File > Import field submissions: the votes of a KoboToolbox or ODK
// Central export of the form `socle-cli xlsform` writes, or of the CSV
// template of the paper vote sheets (indicator,participant,vote,...), taken
// in as one undoable edit, all or nothing. import_field_file takes a path
// and does the work, so tests drive exactly what the menu does without a
// file dialog.
#include <filesystem>
#include <string>

#include "common/diagnostics.h"

class wxWindow;

namespace socle::desktop {

class Document;

struct FieldImportOutcome {
    bool imported = false;
    std::size_t votes = 0;
    std::size_t participants_added = 0;
    std::size_t set_aside = 0;  // earlier submissions of someone who submitted again
    common::Diagnostics diagnostics;  // errors when not imported; warnings either way
};

// Reads the file and applies the import when it is valid. Throws
// common::IoError when the file cannot be read.
FieldImportOutcome import_field_file(Document& document, const std::filesystem::path& csv);

// Asks for the file, imports it, and says what happened (the counts, or
// every problem with its line and column). Returns whether votes came in.
bool import_field_file_interactively(wxWindow* parent, Document& document);

}  // namespace socle::desktop
