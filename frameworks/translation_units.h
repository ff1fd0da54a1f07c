#pragma once
// The translatable texts of a framework file, seen the way translators see
// them: one unit per text of the default language, named by a stable key
// (its element path with ids, such as domain[D1]/indicator[D1.1]/descriptor[3])
// and carrying each language's version with its review status and where it
// sits in the file, so that an import can rewrite those lines and nothing else.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"
#include "frameworks/localized_text.h"

namespace socle::frameworks {

struct TranslatedText {
    std::string lang;
    std::string text;  // whitespace folded
    ReviewStatus status = ReviewStatus::Unstated;
    std::string reviewer;
    std::size_t begin = 0;  // the element's bytes in the source: [begin, end)
    std::size_t end = 0;
    int line = 0;
};

struct TranslationUnit {
    std::string key;
    std::string element;  // the element name (title, question, descriptor, ...)
    // The default-language element's attributes other than lang, status and
    // reviewer, in source order (a descriptor's level), kept on new lines.
    std::vector<std::pair<std::string, std::string>> attributes;
    std::vector<TranslatedText> texts;  // in source order, the default language among them
    const TranslatedText* find(std::string_view lang) const;
};

struct TranslationUnits {
    std::string framework_id;
    std::string version;
    std::string default_lang;
    std::vector<TranslationUnit> units;  // only keys that have a default-language text
};

// Reads the framework XML (UTF-8 bytes). Nothing, with diagnostics, when it
// is not well-formed or is not a framework.
std::optional<TranslationUnits> collect_translation_units(std::string_view xml, const std::string& file,
                                                          common::Diagnostics& diagnostics);

// Languages in the order the framework files keep them; a language not listed
// goes after these.
inline constexpr std::string_view kLanguageOrder[] = {"en", "fr", "ru", "lo", "tg"};
std::size_t language_rank(std::string_view lang);

}  // namespace socle::frameworks
