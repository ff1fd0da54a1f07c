#pragma once
// Sheet and column labels of the workbook export in the languages Socle's
// sessions run in. The core has no gettext, so the French and Russian tables
// live in workbook_labels.cpp; every English label is marked N_() where it is
// used, so xgettext also finds it for the desktop's catalogs. Lao and Tajik
// fall back to English until their tables are written. Framework content
// (questions, levels, actions) carries its own languages and is not here.
#include <string>
#include <string_view>
#include <vector>

namespace socle::exports {

// The label in lang ("fr", "ru"; a region such as "fr_FR" is accepted), or
// the English text itself when there is no translation.
std::string_view workbook_label(std::string_view english, std::string_view lang);

// Whether the table has an entry for this English label.
bool has_workbook_label(std::string_view english);

// The languages with a label table besides English.
std::vector<std::string> workbook_label_languages();

// English labels that lack a translation in one of the languages above
// (for tests: every label in the table must be complete).
std::vector<std::string> incomplete_workbook_labels();

}  // namespace socle::exports
