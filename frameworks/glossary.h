#pragma once
// The glossary of the field's terms (social registry, programme MIS, proxy
// means test...) in every language Socle speaks: shipped as data
// (frameworks/builtin/glossary.xml), searched in the desktop's Help >
// Glossary, printed in the workbook and sent with the translators' files, so
// that a room, a report and a translator use the same words.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/localized_text.h"

namespace socle::frameworks {

struct GlossaryTerm {
    std::string id;
    LocalizedText name;  // the term in each language, with its review status
};

struct Glossary {
    std::vector<GlossaryTerm> terms;
    // The terms whose name in any language contains query (Latin and
    // Cyrillic letters compared without case, common::fold_case; Lao as
    // written), in glossary order.
    std::vector<const GlossaryTerm*> search(std::string_view query) const;
};

// Reads a glossary file. Nothing, with diagnostics at their line, when it is
// not one; a term with an id used twice, without English, or with a name not
// in its language's script is an error.
std::optional<Glossary> load_glossary(std::string_view bytes, const std::string& source_name,
                                      common::Diagnostics& diagnostics);

// The built-in glossary (compiled in; proved valid by the tests).
const Glossary& builtin_glossary();

// The glossary as CSV for the translators of lang: id, English, lang, then
// the other languages, with a header row.
std::string glossary_csv(const Glossary& glossary, std::string_view lang);

}  // namespace socle::frameworks
