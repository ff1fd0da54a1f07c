#pragma once
// A piece of framework text in several languages.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace socle::frameworks {

// Where a translated text stands (the status="..." attribute of a text
// element, docs/framework-format.md). Unstated: no attribute (the default
// language, and translations written before statuses).
enum class ReviewStatus { Unstated, Draft, Reviewed, Approved };
std::string_view review_status_name(ReviewStatus status);
std::optional<ReviewStatus> parse_review_status(std::string_view name);

class LocalizedText {
public:
    // Sets (or replaces) the text for a language.
    void set(std::string_view lang, std::string text);
    // The text in lang, or nullptr when that language has none.
    const std::string* find(std::string_view lang) const;
    bool has(std::string_view lang) const { return find(lang) != nullptr; }
    // The text in lang, falling back to fallback_lang, then to any language,
    // then to "". Framework content is shown through this.
    const std::string& get(std::string_view lang, std::string_view fallback_lang) const;
    bool empty() const { return texts_.empty(); }
    // The review status of lang's text (Unstated when none was given).
    void set_status(std::string_view lang, ReviewStatus status);
    ReviewStatus status(std::string_view lang) const;
    const std::vector<std::pair<std::string, std::string>>& all() const { return texts_; }

private:
    // A handful of languages at most: a vector beats a map here.
    std::vector<std::pair<std::string, std::string>> texts_;
    std::vector<std::pair<std::string, ReviewStatus>> statuses_;  // only the stated ones
};

}  // namespace socle::frameworks
