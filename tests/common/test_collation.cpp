// Alphabetical order by language, on lists of real names: byte order put
// Ғ Қ Ҳ Ҷ after Я, Ё after Я, capitals before every small letter and Lao
// words under the vowel written first.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/collation.h"

using socle::common::collate_less;
using socle::common::collation_key;
using socle::common::fold_case;

namespace {

std::vector<std::string> sorted(std::vector<std::string> names, std::string_view lang) {
    std::sort(names.begin(), names.end(),
              [&](const std::string& a, const std::string& b) { return collate_less(a, b, lang); });
    return names;
}

// The same order through the keys, as a long list would be sorted.
std::vector<std::string> sorted_by_key(std::vector<std::string> names, std::string_view lang) {
    std::sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
        return collation_key(a, lang) < collation_key(b, lang);
    });
    return names;
}

}  // namespace

TEST_CASE("collation: Russian names follow the Russian alphabet, Ё after Е") {
    const std::vector<std::string> expected = {"Абрамов", "Егоров", "Ершов", "Ёлкина", "Жуков", "иванов",
                                               "Иванов", "Иванова", "Щербаков", "Эргашев", "Юсупов"};
    std::vector<std::string> shuffled = {"Юсупов", "Ёлкина", "Иванова", "Щербаков", "Абрамов", "Иванов",
                                         "Эргашев", "иванов", "Жуков", "Ершов", "Егоров"};
    CHECK(sorted(shuffled, "ru") == expected);
    CHECK(sorted_by_key(shuffled, "ru") == expected);
    // Byte order, for the record of what was wrong: Ё (U+0401) before А.
    std::sort(shuffled.begin(), shuffled.end());
    CHECK(shuffled.front() == "Ёлкина");
}

TEST_CASE("collation: Tajik names follow the Tajik alphabet") {
    // А Б В Г Ғ Д Е Ё Ж З И Ӣ Й К Қ Л М Н О П Р С Т У Ӯ Ф Х Ҳ Ч Ҷ Ш Ъ Э Ю Я
    const std::vector<std::string> expected = {"Гулов",  "Ғуломов", "Исматов",  "Каримов", "Қаюмов",
                                               "Умаров", "Ӯлмасов", "Холов",    "Ҳайдаров", "Чориев",
                                               "Ҷалилов", "Шарипов"};
    const std::vector<std::string> shuffled = {"Шарипов", "Ҷалилов", "Ҳайдаров", "Ғуломов", "Қаюмов", "Ӯлмасов",
                                               "Умаров",  "Чориев",  "Холов",    "Каримов", "Исматов", "Гулов"};
    CHECK(sorted(shuffled, "tg") == expected);
    CHECK(sorted_by_key(shuffled, "tg") == expected);
    // Tajik letters in capitals and small letters are one letter at the first level.
    CHECK(collate_less("ҳайдаров", "Ҳайдаров", "tg"));
    CHECK(collate_less("Ҳайдаров", "ҳайдарова", "tg"));
    CHECK_FALSE(collate_less("Ҷалилов", "Ҷалилов", "tg"));
}

TEST_CASE("collation: French ignores accents first, then sorts by them") {
    const std::vector<std::string> expected = {"Cote", "coté", "côte", "Élise", "Emma", "Ève", "Zoé"};
    const std::vector<std::string> shuffled = {"Zoé", "Ève", "côte", "Emma", "Élise", "coté", "Cote"};
    // "Cote" before "coté": the accent (second level) outweighs the capital (third).
    CHECK(sorted(shuffled, "fr") == expected);
    CHECK(sorted_by_key(shuffled, "fr") == expected);
    CHECK(collate_less("Ærø", "Afar", "fr"));  // æ counts as a e
    CHECK(collate_less("Strasse", "Straße", "de"));
    CHECK(collate_less("Straße", "Strassen", "de"));
}

TEST_CASE("collation: Lao follows the consonants of the Lao alphabet") {
    // ແກ້ວ files under ກ (its vowel is written first), ສ comes right after ຈ.
    const std::vector<std::string> expected = {"ແກ້ວ", "ຄຳ", "ຈັນ", "ສີສະຫວາດ", "ຊາຍ", "ດວງ", "ບຸນມີ", "ໝັ້ນ"};
    const std::vector<std::string> shuffled = {"ໝັ້ນ", "ດວງ", "ສີສະຫວາດ", "ບຸນມີ", "ຊາຍ", "ຄຳ", "ແກ້ວ", "ຈັນ"};
    CHECK(sorted(shuffled, "lo") == expected);
    CHECK(sorted_by_key(shuffled, "lo") == expected);
    // Tone marks count after the letters.
    CHECK(collate_less("ກາ", "ກ່າ", "lo"));
    CHECK(collate_less("ກ່າ", "ກາກ", "lo"));
}

TEST_CASE("collation: the session's script comes first") {
    CHECK(collate_less("Anna", "Яна", "en"));
    CHECK(collate_less("Яна", "Anna", "ru"));
    CHECK(collate_less("Яна", "Anna", "tg"));
    CHECK(collate_less("ຄຳ", "Anna", "lo"));
    CHECK(collate_less("Anna", "ຄຳ", "fr"));
    // Digits before letters, a shorter name before a longer one.
    CHECK(collate_less("2 Ministry", "Ministry", "en"));
    CHECK(collate_less("MIS", "MIS 2", "en"));
    CHECK(collate_less("", "a", "en"));
}

TEST_CASE("fold_case lowers Latin, accented Latin and Cyrillic, Tajik letters included") {
    CHECK(fold_case("ҲИФЗИ ИҶТИМОӢ ҚӮҒ") == "ҳифзи иҷтимоӣ қӯғ");
    CHECK(fold_case("ЁЛКА") == "ёлка");
    CHECK(fold_case("ÉLISE ŒUVRE") == "élise œuvre");
    CHECK(fold_case("ການປົກປ້ອງ MIS") == "ການປົກປ້ອງ mis");
}
