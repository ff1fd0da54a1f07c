#pragma once
// Generated inputs for the benchmarks: a large framework and assessment of
// the size the issues set (200 indicators, 40 participants, long evidence).
#include <filesystem>
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

// The inputs the export benchmarks share, built once per process: the
// generated 200-indicator / 40-participant / 2,000-system assessment, and
// the Lao PDR sample. `scratch_folder(name)` is a folder under the temporary
// directory, created on first use, for what a benchmark writes.
const assessment::Assessment& generated_workshop();
const assessment::Assessment& lao_sample();
std::filesystem::path scratch_folder(const std::string& name);

}  // namespace socle::bench
