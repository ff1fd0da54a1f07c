#pragma once
// The in-memory model of a framework file (see docs/framework-format.md).
// Plain values: a Framework is copied, compared and kept by value.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "frameworks/localized_text.h"
#include "frameworks/system_category.h"

namespace socle::frameworks {

struct Level {
    int value = 0;  // 1..level_count
    std::string id;
    LocalizedText name;
    LocalizedText meaning;
};

enum class Effort { Small, Medium, Large };
std::string_view effort_key(Effort effort);  // "S", "M", "L"

// What moves an indicator from level `from` to `from + 1`.
struct Step {
    int from = 0;
    Effort effort = Effort::Medium;
    LocalizedText action;
};

// Reaching `to_level` (or more) of the owning indicator needs `indicator_id`
// at `level` or more.
struct Prerequisite {
    std::string indicator_id;
    int level = 0;
    int to_level = 2;
    std::ptrdiff_t offset = 0;  // of the <requires> element in the source, for diagnostics
};

// The indicator applies only while profile question `question_id` is
// answered `answer` (an unanswered question keeps it applicable).
struct RelevanceCondition {
    std::string question_id;
    std::string answer;
    std::ptrdiff_t offset = 0;  // of the <relevant-if> element in the source
};

enum class QuestionType { YesNo, Choice };

struct ProfileOption {
    std::string id;
    LocalizedText label;
};

struct ProfileQuestion {
    std::string id;
    QuestionType type = QuestionType::YesNo;
    LocalizedText text;
    std::vector<ProfileOption> options;  // for YesNo: "yes" and "no"
};

// One entry of the framework's bibliography (format 2, <sources>).
struct Source {
    std::string id;
    std::string title;  // as the source itself gives it: not translated
    std::string publisher;
    std::string year;
    std::string edition;  // optional
    std::string url;      // optional
};

// How an indicator relates to an item of a source (format 2, <maps-to>).
enum class MappingRelation {
    Equal,      // the indicator and the source item cover the same ground
    Subset,     // the indicator covers part of the source item
    Superset,   // the indicator covers more than the source item
    Intersect,  // they overlap; neither contains the other
};
std::string_view mapping_relation_key(MappingRelation relation);  // "equal", "subset", ...

struct SourceMapping {
    std::string source_id;
    std::string ref;  // clause, paragraph or phase as the source names it; may be empty
    MappingRelation relation = MappingRelation::Intersect;
    LocalizedText why;  // one line per language
    std::ptrdiff_t offset = 0;  // of the <maps-to> element in the source
};

// The lists of the team's set-up that an indicator's text refers to
// (format 2, core="schemes systems").
struct CoreLists {
    bool schemes = false;
    bool systems = false;
    bool any() const { return schemes || systems; }
};

struct Indicator {
    std::string id;
    std::string domain_id;
    double weight = 1.0;
    int default_target = 3;
    LocalizedText question;
    LocalizedText guidance;
    LocalizedText evidence;
    std::vector<LocalizedText> descriptors;  // descriptors[level - 1]
    std::vector<Step> steps;                 // steps[from - 1]
    std::vector<Prerequisite> prerequisites;
    std::vector<SystemCategory> systems;
    std::vector<RelevanceCondition> relevant_if;
    std::vector<std::string> references;  // format 1 free tags
    // Format 2. N/A is refused on an always-applicable indicator: its
    // absence is itself the finding.
    bool always_applicable = false;
    CoreLists core;
    LocalizedText rule;  // what is particular to this indicator's rating
    std::vector<SourceMapping> mappings;
    std::ptrdiff_t offset = 0;  // of the <indicator> element in the source
};

struct Domain {
    std::string id;
    double weight = 1.0;
    LocalizedText name;
    LocalizedText description;
    std::vector<Indicator> indicators;
};

enum class LanguageStatus { Complete, Draft, Undeclared };
std::string_view language_status_key(LanguageStatus status);

struct LanguageInfo {
    std::string code;
    LanguageStatus status = LanguageStatus::Undeclared;
    std::string note;
};

struct Framework {
    int format = 1;
    std::string id;
    std::string version;
    std::string default_language;
    LocalizedText title;
    LocalizedText description;
    std::vector<LanguageInfo> languages;
    LocalizedText rating_rule;     // format 2: the rule for every indicator
    std::vector<Source> sources;   // format 2: the bibliography
    std::vector<Level> levels;
    std::vector<ProfileQuestion> profile;
    std::vector<Domain> domains;

    std::string source_name;   // path, or "builtin:<file>"
    std::string source_bytes;  // the file as read, kept for snapshots
    std::string sha256;        // of source_bytes

    int level_count() const { return static_cast<int>(levels.size()); }
    std::size_t indicator_count() const;
    const Domain* find_domain(std::string_view domain_id) const;
    const Indicator* find_indicator(std::string_view indicator_id) const;
    const ProfileQuestion* find_question(std::string_view question_id) const;
    const LanguageInfo* find_language(std::string_view code) const;
    const Source* find_source(std::string_view source_id) const;
    // Text in lang with the framework's default language as fallback.
    const std::string& text(const LocalizedText& localized, std::string_view lang) const {
        return localized.get(lang, default_language);
    }

    // Builds the id lookup; the loader calls it, and so must anyone who
    // edits domains or indicators by hand.
    void rebuild_index();

private:
    struct IndicatorRef {
        std::size_t domain;
        std::size_t indicator;
    };
    std::map<std::string, IndicatorRef, std::less<>> index_;
};

}  // namespace socle::frameworks
