#pragma once
// How much of a framework is translated into each language: a figure, not
// an error. A text counts when it exists in the default language; a language
// covers it when it has its own version of that text.
#include <cstddef>
#include <string>
#include <vector>

#include "frameworks/framework.h"

namespace socle::frameworks {

struct LanguageCoverage {
    std::string code;
    LanguageStatus status = LanguageStatus::Undeclared;
    std::size_t translated = 0;
    std::size_t total = 0;
    // Of the translated texts, how many a native speaker reviewed or
    // approved (status="reviewed|approved"); the rest are drafts or unstated.
    std::size_t reviewed = 0;
    std::size_t approved = 0;
    double share() const { return total == 0 ? 0.0 : static_cast<double>(translated) / static_cast<double>(total); }
};

// One entry per language declared or used, the default language first, then
// declared languages in order, then any others alphabetically.
std::vector<LanguageCoverage> translation_coverage(const Framework& framework);

}  // namespace socle::frameworks
