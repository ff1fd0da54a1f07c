#include "frameworks/script_check.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "common/utf8.h"

namespace socle::frameworks {

namespace {

bool is_lao(char32_t c) { return c >= 0x0E80 && c <= 0x0EFF; }
bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }
bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower_latin(char32_t c) { return c >= 'a' && c <= 'z'; }
bool is_upper_cyrillic(char32_t c) { return (c >= 0x0400 && c <= 0x042F) || (c >= 0x0460 && c <= 0x04FF && c % 2 == 0); }
bool is_letter_or_digit(char32_t c) {
    return is_latin_letter(c) || (c >= '0' && c <= '9') || is_lao(c) || is_cyrillic(c) || c >= 0x00C0;
}

struct Word {
    std::u32string letters;
    std::string utf8;
};

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    Word current;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = common::next_code_point(text, i);
        if (is_letter_or_digit(c) || ((c == '.' || c == '-') && !current.letters.empty())) {
            current.letters.push_back(c);
            current.utf8.append(text.substr(start, i - start));
        } else if (!current.letters.empty()) {
            words.push_back(std::move(current));
            current = {};
        }
    }
    if (!current.letters.empty()) words.push_back(std::move(current));
    return words;
}

// An id or acronym: no lower-case Latin letter and no lower-case Cyrillic
// one (API, MIS, D5.1, R202, ЦРТ, eID counts as a word).
bool is_id_or_acronym(const Word& word) {
    return std::none_of(word.letters.begin(), word.letters.end(), [](char32_t c) {
        return is_lower_latin(c) || (is_cyrillic(c) && !is_upper_cyrillic(c));
    });
}

// Letters of Russian that Tajik does not use (its own are ӣ ӯ ҳ ҷ қ ғ).
bool is_russian_only(char32_t c) {
    switch (c) {
        case U'щ': case U'Щ': case U'ы': case U'Ы': case U'ь': case U'Ь': case U'ц': case U'Ц': return true;
        default: return false;
    }
}

std::string to_utf8(char32_t c) {
    std::string out;
    common::append_utf8(out, c);
    return out;
}

}  // namespace

std::optional<std::string> check_script(std::string_view lang, std::string_view text) {
    if (lang != "lo" && lang != "tg") return std::nullopt;
    const auto words = words_of(text);
    bool has_own_script = false;
    std::string foreign;
    for (const auto& word : words) {
        const bool own = std::any_of(word.letters.begin(), word.letters.end(),
                                     [&](char32_t c) { return lang == "lo" ? is_lao(c) : is_cyrillic(c); });
        has_own_script = has_own_script || own;
        if (lang == "tg" && !is_id_or_acronym(word)) {
            const auto russian = std::find_if(word.letters.begin(), word.letters.end(), is_russian_only);
            if (russian != word.letters.end())
                return "'" + word.utf8 + "' has the Russian letter '" + to_utf8(*russian) +
                       "', which Tajik does not use: write the Tajik word";
        }
        if (!own && !is_id_or_acronym(word) && foreign.empty()) foreign = word.utf8;
    }
    if (!has_own_script && !foreign.empty())
        return std::string("no ") + (lang == "lo" ? "Lao" : "Cyrillic") + " letter, only words such as '" + foreign +
               "': this looks like text left in another language";
    return std::nullopt;
}

namespace {

// Numbers (with their decimal point) and printf or brace placeholders.
std::vector<std::string> tokens_to_keep(std::string_view text) {
    std::string normalised;  // Lao digits as ASCII ones
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = common::next_code_point(text, i);
        if (c >= 0x0ED0 && c <= 0x0ED9) normalised.push_back(static_cast<char>('0' + (c - 0x0ED0)));
        else normalised.append(text.substr(start, i - start));
    }
    std::vector<std::string> tokens;
    for (std::size_t i = 0; i < normalised.size();) {
        const char c = normalised[i];
        if (c == '{') {
            const auto close = normalised.find('}', i);
            if (close != std::string::npos && close - i < 40) {
                tokens.push_back(normalised.substr(i, close - i + 1));
                i = close + 1;
                continue;
            }
        } else if (c == '%' && i + 1 < normalised.size() &&
                   std::string_view("sdfu123456789").find(normalised[i + 1]) != std::string_view::npos) {
            std::size_t j = i + 1;
            while (j < normalised.size() && (std::isdigit(static_cast<unsigned char>(normalised[j])) || normalised[j] == '$')) ++j;
            if (j < normalised.size() && std::isalpha(static_cast<unsigned char>(normalised[j]))) {
                tokens.push_back(normalised.substr(i, j - i + 1));
                i = j + 1;
                continue;
            }
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            while (j < normalised.size() &&
                   (std::isdigit(static_cast<unsigned char>(normalised[j])) ||
                    (normalised[j] == '.' && j + 1 < normalised.size() &&
                     std::isdigit(static_cast<unsigned char>(normalised[j + 1])))))
                ++j;
            tokens.push_back(normalised.substr(i, j - i));
            i = j;
            continue;
        }
        ++i;
    }
    return tokens;
}

}  // namespace

std::vector<std::string> lost_numbers_and_placeholders(std::string_view source, std::string_view text) {
    auto wanted = tokens_to_keep(source);
    auto found = tokens_to_keep(text);
    std::vector<std::string> lost;
    for (const auto& token : wanted) {
        const auto match = std::find(found.begin(), found.end(), token);
        if (match == found.end()) lost.push_back(token);
        else found.erase(match);
    }
    return lost;
}

}  // namespace socle::frameworks
