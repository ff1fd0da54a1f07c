#include "frameworks/localized_text.h"

#include "common/text.h"

namespace socle::frameworks {

void LocalizedText::set(std::string_view lang, std::string text) {
    for (auto& [code, value] : texts_) {
        if (code == lang) {
            value = std::move(text);
            return;
        }
    }
    texts_.emplace_back(std::string(lang), std::move(text));
}

const std::string* LocalizedText::find(std::string_view lang) const {
    for (const auto& [code, value] : texts_)
        if (code == lang) return &value;
    return nullptr;
}

const std::string& LocalizedText::get(std::string_view lang, std::string_view fallback_lang) const {
    static const std::string kEmpty;
    if (const auto* text = find(lang)) return *text;
    if (const auto* text = find(fallback_lang)) return *text;
    return texts_.empty() ? kEmpty : texts_.front().second;
}

std::string_view review_status_name(ReviewStatus status) {
    switch (status) {
        case ReviewStatus::Draft: return "draft";
        case ReviewStatus::Reviewed: return "reviewed";
        case ReviewStatus::Approved: return "approved";
        case ReviewStatus::Unstated: break;
    }
    return "";
}

std::optional<ReviewStatus> parse_review_status(std::string_view name) {
    const auto folded = common::to_lower_ascii(common::trim(name));
    if (folded == "draft") return ReviewStatus::Draft;
    if (folded == "reviewed") return ReviewStatus::Reviewed;
    if (folded == "approved") return ReviewStatus::Approved;
    return std::nullopt;
}

void LocalizedText::set_status(std::string_view lang, ReviewStatus status) {
    for (auto& [code, value] : statuses_) {
        if (code == lang) {
            value = status;
            return;
        }
    }
    statuses_.emplace_back(std::string(lang), status);
}

ReviewStatus LocalizedText::status(std::string_view lang) const {
    for (const auto& [code, value] : statuses_)
        if (code == lang) return value;
    return ReviewStatus::Unstated;
}

}  // namespace socle::frameworks
