#pragma once
// Reading and writing .socle files (one XML document, format 1; see
// docs/assessment-format.md). Saves are atomic and keep the previous file
// as NAME.socle.bak; loading a damaged file gives diagnostics with line and
// column and never writes anything.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "assessment/assessment.h"
#include "common/diagnostics.h"

namespace socle::assessment {

inline constexpr int kAssessmentFormat = 1;

// Serialises to the exact bytes of a .socle file. Deterministic: the same
// assessment always gives the same bytes.
std::string write_assessment(const Assessment& assessment);

// Finds an already-parsed framework by id, version and SHA-256, so that
// loading many assessments of one framework parses its snapshot once.
// May return null; the snapshot inside the file is parsed then.
using FrameworkResolver = std::function<std::shared_ptr<const frameworks::Framework>(
    std::string_view id, std::string_view version, std::string_view sha256)>;

struct AssessmentLoadResult {
    std::optional<Assessment> assessment;
    common::Diagnostics diagnostics;
    bool ok() const { return assessment.has_value(); }
};

AssessmentLoadResult read_assessment(std::string_view bytes, const std::string& file,
                                     const FrameworkResolver& resolver = {});
AssessmentLoadResult load_assessment_file(const std::filesystem::path& path, const FrameworkResolver& resolver = {});

// Atomic save keeping NAME.socle.bak. Throws common::IoError.
void save_assessment_file(const Assessment& assessment, const std::filesystem::path& path);

// A resolver that remembers every framework it has parsed (by SHA-256).
class FrameworkCache {
public:
    std::shared_ptr<const frameworks::Framework> find(std::string_view sha256) const;
    void add(std::shared_ptr<const frameworks::Framework> framework);
    FrameworkResolver resolver();

private:
    std::vector<std::shared_ptr<const frameworks::Framework>> frameworks_;
};

}  // namespace socle::assessment
