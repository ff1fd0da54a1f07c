#include "frameworks/localized_text.h"

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

}  // namespace socle::frameworks
