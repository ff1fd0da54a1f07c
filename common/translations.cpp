#include "common/translations.h"

#include <algorithm>
#include <optional>

#include "common/detail/translation_table.h"

namespace socle::common {

namespace {

using detail::TranslatedMessage;

const detail::TranslationCatalog* catalog_for(std::string_view lang) {
    const std::string_view base = lang.substr(0, lang.find_first_of("_-.@"));
    for (const auto& catalog : detail::translation_catalogs())
        if (catalog.language == base) return &catalog;
    return nullptr;
}

std::optional<std::string_view> find(std::string_view english, std::string_view lang) {
    const auto* catalog = catalog_for(lang);
    if (!catalog) return std::nullopt;
    const auto messages = catalog->messages;
    const auto found = std::lower_bound(messages.begin(), messages.end(), english,
                                        [](const TranslatedMessage& m, std::string_view key) { return m.english < key; });
    if (found == messages.end() || found->english != english) return std::nullopt;
    return found->translated;
}

}  // namespace

std::string_view translate(std::string_view english, std::string_view lang) {
    return find(english, lang).value_or(english);
}

bool has_translation(std::string_view english, std::string_view lang) { return find(english, lang).has_value(); }

std::vector<std::string> catalog_languages() {
    std::vector<std::string> languages;
    for (const auto& catalog : detail::translation_catalogs()) languages.emplace_back(catalog.language);
    return languages;
}

}  // namespace socle::common
