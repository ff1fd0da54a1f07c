#pragma once
// Translations of N_() labels for the core's own output (the workbooks),
// from the interface catalogs po/<lang>.po that the desktop app shows: one
// translation per label, wherever it appears. The core has no gettext; the
// build compiles the catalogs into a table (docs/architecture.md,
// "One catalog for the screen and the workbook").
#include <string>
#include <string_view>
#include <vector>

namespace socle::common {

// english in lang ("fr", "ru"; a region such as "fr_FR" or "ru-RU" is
// accepted), or english itself when the catalog lacks it or there is no
// catalog for lang (English, and Lao and Tajik until theirs are written).
std::string_view translate(std::string_view english, std::string_view lang);

// Whether lang's catalog has a translation of english.
bool has_translation(std::string_view english, std::string_view lang);

// The languages with a catalog, as po/ names them ("fr", "ru").
std::vector<std::string> catalog_languages();

}  // namespace socle::common
