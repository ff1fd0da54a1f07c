// common::translate reads the interface catalogs po/fr.po, ru.po, lo.po and tg.po,
// compiled into the core at build time (cmake/po_table.cpp): the workbook
// says what the screen says.
#include <doctest/doctest.h>

#include "common/translations.h"

using socle::common::catalog_languages;
using socle::common::has_translation;
using socle::common::translate;

TEST_CASE("translations: the catalogued languages are the po files") {
    CHECK(catalog_languages() == std::vector<std::string>{"fr", "ru", "lo", "tg"});
}

TEST_CASE("translations: a label takes the interface's wording") {
    // The workbook used to say "Fiabilité" where the screen said "Confiance".
    CHECK(translate("Confidence", "fr") == "Confiance");
    CHECK(translate("Summary", "fr") == "Synth\u00e8se");
    CHECK(translate("Summary", "ru") == "\u0421\u0432\u043e\u0434\u043a\u0430");
}

TEST_CASE("translations: a region or encoding after the language is ignored") {
    CHECK(translate("Summary", "fr_FR") == "Synth\u00e8se");
    CHECK(translate("Summary", "ru-RU") == translate("Summary", "ru"));
    CHECK(translate("Summary", "ru_RU.UTF-8") == translate("Summary", "ru"));
}

TEST_CASE("translations: English, uncatalogued languages and unknown labels fall back to English") {
    CHECK(translate("Summary", "en") == "Summary");
    CHECK(translate("Summary", "km") == "Summary");  // Khmer: no catalog
    CHECK(translate("Summary", "") == "Summary");
    CHECK(translate("No such label in any catalog", "fr") == "No such label in any catalog");
    CHECK_FALSE(has_translation("No such label in any catalog", "fr"));
    CHECK_FALSE(has_translation("Summary", "en"));
    CHECK(has_translation("Summary", "ru"));
}

TEST_CASE("translations: Lao and Tajik have catalogs of their own (drafts)") {
    CHECK(has_translation("Summary", "lo"));
    CHECK(has_translation("Summary", "tg"));
    CHECK(translate("Summary", "lo") != translate("Summary", "tg"));
    CHECK(translate("Summary", "lo_LA") == translate("Summary", "lo"));
}

TEST_CASE("translations: quotes, line breaks and long entries survive the build step") {
    // An escaped quote in the msgid, guillemets in the msgstr, wrapped over
    // several lines in the po file.
    CHECK(translate("Completeness = rated indicators / applicable indicators (relevant and not \"not applicable\").",
                    "fr") ==
          "Compl\u00e9tude = indicateurs \u00e9valu\u00e9s / indicateurs applicables (pertinents et non "
          "\u00ab sans objet \u00bb).");
    const std::string_view english =
        "These assessments cannot be compared:\n\n%s\n\nEvery file must load and all must use the same framework.";
    const std::string_view with_breaks = translate(english, "fr");
    CHECK(with_breaks != english);
    CHECK(with_breaks.find("\n\n%s\n\n") != std::string_view::npos);
}
