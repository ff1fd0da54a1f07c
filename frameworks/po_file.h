#pragma once
// The gettext PO files of the translators' round trip: the element path as
// msgctxt, the English as msgid, the current translation as msgstr, and the
// review status as a translator comment ("# status: reviewed", "# reviewer:
// NAME"), which Poedit and Weblate keep. A draft is also marked fuzzy, so
// that those tools show it as needing work.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/translation_units.h"

namespace socle::frameworks {

struct PoEntry {
    std::string context;
    std::string source;
    std::string translation;
    bool fuzzy = false;
    std::optional<std::string> status;  // as written in "# status:", checked by the import
    std::string reviewer;
    std::string comment;  // "# comment:" lines, the reviewer's remarks
    int line = 0;         // where the entry starts
};

struct PoFile {
    std::string language;  // from the header's Language field
    std::vector<PoEntry> entries;  // the header excluded
};

// The PO text for lang of a framework (whose file name goes in the
// references).
std::string write_translation_po(const TranslationUnits& units, std::string_view lang, const std::string& file_name);

// Reads a PO file (UTF-8). Syntax problems are errors at their line; the
// entries read before and after them are kept.
PoFile read_po(std::string_view text, const std::string& file, common::Diagnostics& diagnostics);

}  // namespace socle::frameworks
