#pragma once
// Words about a format 2 indicator that the workbook and the report both
// print, in the export's language. Internal to exports/.
#include <string>
#include <string_view>

#include "assessment/assessment.h"
#include "frameworks/framework.h"

namespace socle::exports::detail {

// "Core schemes: A; B" then "Core systems: X" (joined by `separator`) for
// the lists the indicator is rated against, with the team's names ("none
// listed at set-up" when the team gave none); empty when it refers to none.
std::string core_lists_text(const frameworks::Indicator& indicator, const assessment::CoreNames& core,
                            std::string_view lang, std::string_view separator);

}  // namespace socle::exports::detail
