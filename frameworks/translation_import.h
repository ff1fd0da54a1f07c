#pragma once
// Bringing a translators' file back into a framework: every entry checked
// (the key still exists, the English has not changed, the text is in the
// language's script and keeps the numbers and placeholders, the review
// status is one Socle knows and names its reviewer), then merged by
// rewriting only the lines of that language, so that the file keeps its
// layout: one element per line, languages in the order en fr ru lo tg.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/po_file.h"
#include "frameworks/translation_units.h"

namespace socle::frameworks {

// One translation as it comes back, wherever it comes from (a PO entry, a
// workbook row); file, line and column say where, for the diagnostics.
struct IncomingTranslation {
    std::string key;
    std::string source;  // the English the translator saw
    std::string text;
    std::string status;  // as written; empty means draft
    std::string reviewer;
    std::string file;
    int line = 0;
    int column = 0;
};

std::vector<IncomingTranslation> incoming_from_po(const PoFile& po, const std::string& file);

struct TranslationImport {
    std::string xml;  // the merged framework
    std::size_t total = 0;
    std::size_t translated = 0;  // units with a text in the language after the merge
    std::size_t changed = 0;     // texts added or rewritten
    std::size_t draft = 0, reviewed = 0, approved = 0;
    std::vector<std::string> missing;  // keys still without a translation
};

// Merges into xml; problems go to diagnostics (errors mean: do not save).
TranslationImport merge_translations(std::string_view xml, const TranslationUnits& units, std::string_view lang,
                                     const std::vector<IncomingTranslation>& incoming,
                                     common::Diagnostics& diagnostics);

}  // namespace socle::frameworks
