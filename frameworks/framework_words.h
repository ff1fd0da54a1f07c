#pragma once
// Format 2 values in words, for the places that show them (the workbook, the
// report, the CLI): the English labels are N_() marked, to be translated
// where they are shown; and the rule an indicator is rated by.
#include <string_view>

#include "frameworks/crosswalk.h"
#include "frameworks/framework.h"

namespace socle::frameworks {

// The indicator's own rule (format 2 <rule>) when it has one, else the
// framework's general rating rule; empty in format 1, which has neither.
const LocalizedText& rating_rule_for(const Framework& framework, const Indicator& indicator);

std::string_view mapping_relation_label(MappingRelation relation);  // "equal", "subset", ...
std::string_view crosswalk_kind_label(CrosswalkKind kind);          // "kept", "split", "new", ...

}  // namespace socle::frameworks
