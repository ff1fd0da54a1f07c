#include "common/collation.h"

#include <array>
#include <cstdint>
#include <vector>

#include "common/utf8.h"

namespace socle::common {

namespace {

// One collation element: the weight of a letter at each level. A zero
// primary weight means "no letter": an accent or a tone mark that only
// counts at the second level.
struct Element {
    std::uint32_t primary = 0;
    std::uint32_t secondary = 1;
    std::uint32_t tertiary = 1;
};
constexpr std::uint32_t kSmall = 1;
constexpr std::uint32_t kCapital = 2;

// Primary weight ranges, all below 2^24 (a weight is written as 3 bytes).
constexpr std::uint32_t kPunctuationBase = 0x000100;  // spaces, dashes, dots: before letters
constexpr std::uint32_t kDigitBase = 0x001000;
constexpr std::uint32_t kFirstScript = 0x010000;  // then 0x020000, 0x030000 in the session's order
constexpr std::uint32_t kScriptSpan = 0x010000;
constexpr std::uint32_t kOtherBase = 0x400000;  // anything else, by code point, after the letters

// The base letter of U+00C0..U+00FF and U+0100..U+017F ('*': two letters,
// see expansion_of; '.': not a letter). Capitals are capital here.
constexpr std::string_view kLatin1Letters = "AAAAAA*CEEEEIIIIDNOOOOO.OUUUUY.*aaaaaa*ceeeeiiiidnooooo.ouuuuy.y";
constexpr std::string_view kLatinExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUu"
    "UuWwYyYZzZzZzs";
static_assert(kLatin1Letters.size() == 0x40 && kLatinExtendedA.size() == 0x80);

// The Russian alphabet with the Tajik letters after their base letter: the
// Tajik alphabet's order (А Б В Г Ғ Д Е Ё Ж З И Ӣ Й К Қ Л М Н О П Р С Т У Ӯ
// Ф Х Ҳ Ч Ҷ Ш Ъ Э Ю Я), and Russian's with Ё after Е.
constexpr std::u32string_view kCyrillicOrder = U"абвгғдеёжзиӣйкқлмнопрстуӯфхҳцчҷшщъыьэюя";

// The consonants of the Lao alphabet in its traditional order (ສ after ຈ,
// not where Unicode put it), as in the consonant chart of Wikipedia's "Lao
// script" article.
constexpr std::u32string_view kLaoConsonants = U"ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ";

bool is_lao_prevowel(char32_t c) { return c >= 0x0EC0 && c <= 0x0EC4; }  // ເ ແ ໂ ໃ ໄ
bool is_lao_tone_mark(char32_t c) { return c >= 0x0EC8 && c <= 0x0ECC; }
bool is_lao_ligature(char32_t c) { return c == 0x0EDC || c == 0x0EDD; }  // ໜ = ຫນ, ໝ = ຫມ
bool is_lao_consonant(char32_t c) { return kLaoConsonants.find(c) != std::u32string_view::npos || is_lao_ligature(c); }

char32_t latin_base(char32_t c) {
    if (c < 0x80) return c;
    if (c >= 0xC0 && c <= 0xFF) return static_cast<unsigned char>(kLatin1Letters[c - 0xC0]);
    if (c >= 0x100 && c <= 0x17F) return static_cast<unsigned char>(kLatinExtendedA[c - 0x100]);
    return 0;
}

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char32_t lower_cyrillic(char32_t c) {
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
    if (c == 0x04C0) return 0x04CF;
    if (((c >= 0x0460 && c <= 0x0481) || (c >= 0x048A && c <= 0x04BF) || (c >= 0x04D0 && c <= 0x04FF)) && c % 2 == 0)
        return c + 1;
    if (c >= 0x04C1 && c <= 0x04CE && c % 2 == 1) return c + 1;
    return c;
}

char32_t lower_latin(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c == 0x0130) return 'i';    // İ
    if (c == 0x0178) return 0x00FF;  // Ÿ
    const char32_t base = latin_base(c);
    const bool capital = base >= 'A' && base <= 'Z';
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return capital || base == '*' ? c + 0x20 : c;
    if (c >= 0x100 && c <= 0x17F && (capital || (base == '*' && c % 2 == 0))) return c + 1;
    return c;
}

char32_t lower(char32_t c) {
    if (c >= 0x0400 && c <= 0x04FF) return lower_cyrillic(c);
    return lower_latin(c);
}

struct ScriptBases {
    std::uint32_t latin;
    std::uint32_t cyrillic;
    std::uint32_t lao;
};

ScriptBases script_bases(std::string_view lang) {
    const auto nth = [](std::uint32_t n) { return kFirstScript + n * kScriptSpan; };
    if (lang == "ru" || lang == "tg") return {nth(1), nth(0), nth(2)};
    if (lang == "lo") return {nth(1), nth(2), nth(0)};
    return {nth(0), nth(1), nth(2)};
}

class ElementWriter {
public:
    explicit ElementWriter(std::string_view lang) : bases_(script_bases(lang)) {}

    std::vector<Element> elements_of(std::string_view text) const {
        std::u32string codes;
        for (std::size_t i = 0; i < text.size();) codes.push_back(next_code_point(text, i));
        std::vector<Element> out;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            // A Lao vowel written before its consonant is said after it, and a
            // dictionary sorts it there: ເກົ້າ files under ກ.
            if (is_lao_prevowel(codes[i]) && i + 1 < codes.size() && is_lao_consonant(codes[i + 1])) {
                add(out, codes[i + 1]);
                add(out, codes[i]);
                ++i;
                continue;
            }
            add(out, codes[i]);
        }
        return out;
    }

private:
    void add(std::vector<Element>& out, char32_t c) const {
        if (c >= '0' && c <= '9') {
            out.push_back({kDigitBase + (c - '0'), 1, kSmall});
        } else if (c >= 0x0ED0 && c <= 0x0ED9) {  // Lao digits: the same numbers as 0-9
            out.push_back({kDigitBase + (c - 0x0ED0), 2, kSmall});
        } else if (c >= 0x0300 && c <= 0x036F) {  // a combining accent: second level only
            out.push_back({0, 0x100 + (c - 0x0300), kSmall});
        } else if (c < 0x80 && !is_ascii_letter(c)) {
            out.push_back({kPunctuationBase + c, 1, kSmall});
        } else if (const char32_t base = latin_base(c); base != 0 && base != '.') {
            add_latin(out, c, base);
        } else if (c >= 0x0400 && c <= 0x04FF) {
            add_cyrillic(out, c);
        } else if (c >= 0x0E80 && c <= 0x0EFF) {
            add_lao(out, c);
        } else {
            out.push_back({kOtherBase + c, 1, kSmall});
        }
    }

    void add_latin(std::vector<Element>& out, char32_t c, char32_t base) const {
        const char32_t small = lower_latin(c);
        const std::uint32_t tertiary = small != c ? kCapital : kSmall;
        // The accent: none for a-z, else the small accented letter itself.
        const std::uint32_t secondary = c < 0x80 ? 1 : 0x1000 + small;
        const auto letter = [&](char ascii) {
            const auto index = static_cast<std::uint32_t>((ascii | 0x20) - 'a' + 1);
            out.push_back({bases_.latin + index * 4, secondary, tertiary});
        };
        if (base != '*') {
            letter(static_cast<char>(base));
            return;
        }
        switch (small) {
            case 0x00E6: letter('a'); letter('e'); break;  // æ
            case 0x0153: letter('o'); letter('e'); break;  // œ
            default: letter('s'); letter('s'); break;      // ß
        }
    }

    void add_cyrillic(std::vector<Element>& out, char32_t c) const {
        const char32_t small = lower_cyrillic(c);
        const std::uint32_t tertiary = small != c ? kCapital : kSmall;
        const auto at = kCyrillicOrder.find(small);
        const std::uint32_t index = at != std::u32string_view::npos ? static_cast<std::uint32_t>(at) + 1
                                                                     : 0x100 + static_cast<std::uint32_t>(small - 0x0400);
        out.push_back({bases_.cyrillic + index, 1, tertiary});
    }

    void add_lao(std::vector<Element>& out, char32_t c) const {
        if (is_lao_ligature(c)) {
            add_lao(out, U'ຫ');
            add_lao(out, c == 0x0EDC ? U'ນ' : U'ມ');
            return;
        }
        if (is_lao_tone_mark(c)) {
            out.push_back({0, 0x200 + (c - 0x0EC8), kSmall});
            return;
        }
        const auto at = kLaoConsonants.find(c);
        const std::uint32_t index = at != std::u32string_view::npos ? static_cast<std::uint32_t>(at) + 1
                                                                     : 0x100 + static_cast<std::uint32_t>(c - 0x0E80);
        out.push_back({bases_.lao + index, 1, kSmall});
    }

    ScriptBases bases_;
};

void append_weight(std::string& key, std::uint32_t weight) {
    key.push_back(static_cast<char>((weight >> 16) & 0xFF));
    key.push_back(static_cast<char>((weight >> 8) & 0xFF));
    key.push_back(static_cast<char>(weight & 0xFF));
}

}  // namespace

std::string collation_key(std::string_view text, std::string_view lang) {
    const auto elements = ElementWriter(lang).elements_of(text);
    std::string key;
    key.reserve(elements.size() * 9 + 6);
    // Level by level, each ended by a zero weight (no real weight is zero),
    // so a text that is a prefix of another sorts first at every level.
    for (const auto& element : elements)
        if (element.primary != 0) append_weight(key, element.primary);
    append_weight(key, 0);
    for (const auto& element : elements) append_weight(key, element.secondary);
    append_weight(key, 0);
    for (const auto& element : elements) append_weight(key, element.tertiary);
    return key;
}

bool collate_less(std::string_view a, std::string_view b, std::string_view lang) {
    return collation_key(a, lang) < collation_key(b, lang);
}

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) append_utf8(out, lower(next_code_point(text, i)));
    return out;
}

}  // namespace socle::common
