#include "scoring/figure_text.h"

#include "common/text.h"

namespace socle::scoring {

std::string level_text(double level) { return common::format_rounded(level, kLevelDecimals); }

std::string index_text(double index) { return common::format_rounded(index, kIndexDecimals); }

std::string percent_text(double fraction) { return common::format_rounded(fraction * 100.0, kPercentDecimals) + "%"; }

std::string spreadsheet_number_format(int decimals) {
    return decimals <= 0 ? std::string("0") : "0." + std::string(static_cast<std::size_t>(decimals), '0');
}

}  // namespace socle::scoring
