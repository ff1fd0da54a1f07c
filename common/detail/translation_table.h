#pragma once
// The po/ catalogs as data, written at build time by cmake/po_table.cpp into
// <build>/generated/common/translation_table.cpp. Read it through
// common/translations.h.
#include <span>
#include <string_view>

namespace socle::common::detail {

struct TranslatedMessage {
    std::string_view english, translated;
};

struct TranslationCatalog {
    std::string_view language;                    // "fr", the po file's name
    std::span<const TranslatedMessage> messages;  // sorted by english, bytewise
};

std::span<const TranslationCatalog> translation_catalogs();

}  // namespace socle::common::detail
