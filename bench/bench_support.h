#pragma once
// Generated inputs for the benchmarks: a large framework and assessment of
// the size the issues set (200 indicators, 40 participants, long evidence).
#include <memory>
#include <string>

#include "assessment/assessment.h"

namespace socle::bench {

// A valid framework file with `domains` x `per_domain` indicators, five
// levels, a prerequisite chain and system categories.
std::string generate_framework_xml(int domains, int per_domain);

// An assessment of that framework with every participant voting on every
// indicator, evidence of about `evidence_chars` characters each, and
// `systems` systems with about five flows each.
assessment::Assessment generate_assessment(std::shared_ptr<const frameworks::Framework> framework, int participants,
                                           int evidence_chars, int systems, unsigned seed);

}  // namespace socle::bench
