#include "exports/detail/indicator_text.h"

#include "common/i18n.h"
#include "common/translations.h"

namespace socle::exports::detail {

std::string core_lists_text(const frameworks::Indicator& indicator, const assessment::CoreNames& core,
                            std::string_view lang, std::string_view separator) {
    const auto line = [&](std::string_view label, const std::vector<std::string>& names) {
        std::string text = std::string(common::translate(label, lang)) + ": ";
        if (names.empty()) return text + std::string(common::translate(N_("none listed at set-up"), lang));
        for (std::size_t i = 0; i < names.size(); ++i) text += (i ? "; " : "") + names[i];
        return text;
    };
    std::string text;
    if (indicator.core.schemes) text = line(N_("Core schemes"), core.schemes);
    if (indicator.core.systems)
        text += (text.empty() ? "" : std::string(separator)) + line(N_("Core systems"), core.systems);
    return text;
}

}  // namespace socle::exports::detail
