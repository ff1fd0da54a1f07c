#pragma once
// What the walkthrough says beside an indicator of a format-2 framework:
// how to rate it, which of the team's core lists it is rated against, and
// the sources it stands beside. Each text is empty when the framework gives
// nothing for it (a format-1 framework shows none of them).
#include <string>

#include <wx/string.h>

#include "assessment/assessment.h"
#include "frameworks/framework.h"

namespace socle::desktop {

// The indicator's own rule, else the framework's general rating rule.
wxString rating_rule_text(const frameworks::Framework& framework, const frameworks::Indicator& indicator,
                          const std::string& lang);

// "Rated against the core schemes: A, B" (and/or systems) for an indicator
// marked core; an empty list says so and points to the set-up page.
wxString core_lists_text(const frameworks::Indicator& indicator, const assessment::CoreNames& core);
// True when the indicator is marked core and a list it needs is empty.
bool core_lists_missing(const frameworks::Indicator& indicator, const assessment::CoreNames& core);

// One line per typed mapping: "source title, clause (relation)".
wxString mappings_text(const frameworks::Framework& framework, const frameworks::Indicator& indicator);
// The same lines, each followed by its rationale (for the tooltip).
wxString mappings_rationale(const frameworks::Framework& framework, const frameworks::Indicator& indicator,
                            const std::string& lang);

// How the indicator relates to the source item, in a word or two.
wxString relation_label(frameworks::MappingRelation relation);

}  // namespace socle::desktop
