#pragma once
// One diagnostic: what the room said about every indicator of a framework,
// who said it, and the country's system map. The .socle file is this model
// written as XML (assessment_xml_writer.h); it is complete on its own because
// it carries a snapshot of the framework it was made with.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/evidence_document.h"
#include "assessment/system_map.h"
#include "frameworks/framework.h"

namespace socle::assessment {

// The scoring method a file's ratings were made under (docs/methodology.md).
// 2: framework format 2's rating rule, core lists and N/A refusal. A file
// that does not say is method 1; comparisons flag a mix.
inline constexpr int kScoringMethod = 2;

// What one participant said about one indicator.
enum class VoteKind { Level, NotApplicable, Unknown };

struct Vote {
    VoteKind kind = VoteKind::Level;
    int level = 0;  // 1..levels when kind == Level

    static Vote at(int value) { return {VoteKind::Level, value}; }
    static Vote not_applicable() { return {VoteKind::NotApplicable, 0}; }
    static Vote unknown() { return {VoteKind::Unknown, 0}; }
    bool operator==(const Vote&) const = default;
};

// "3", "na", "unknown": the spelling used in files and CSV imports.
std::string vote_key(const Vote& vote);
std::optional<Vote> parse_vote(std::string_view key, int level_count);

enum class Confidence { Unset, SelfReported, Documented, Verified };
std::string_view confidence_key(Confidence confidence);  // "", "self_reported", ...
std::string_view confidence_label(Confidence confidence);
std::optional<Confidence> parse_confidence(std::string_view key);

struct Participant {
    std::string id;
    std::string name;  // empty when anonymous
    std::string institution;
    std::string role;
    bool anonymous = false;
    bool operator==(const Participant&) const = default;
};

// Everything recorded about one indicator.
struct IndicatorResponse {
    std::map<std::string, Vote> votes;  // by participant id
    // The level (or not applicable / unknown) the facilitator records as the
    // room's agreement; it overrides the votes.
    std::optional<Vote> agreed;
    std::string rationale;        // why the room agreed on it
    std::optional<int> target;    // framework default when absent
    Confidence confidence = Confidence::Unset;
    std::string evidence;
    std::vector<std::string> links;  // URLs or document references
    std::string notes;
    // Set by a migration: the agreed level is provisional, carried from this
    // framework version ("1.0.0") through a revised, split or merged
    // indicator, and the room must re-examine it. Cleared when the room
    // records an agreed level itself.
    std::string carried_from;

    bool provisional() const { return !carried_from.empty(); }
    bool empty() const;
    bool operator==(const IndicatorResponse&) const = default;
};

struct Metadata {
    std::string title;
    std::string country;
    std::vector<std::string> institutions;
    std::string round;       // "baseline", "follow-up 2027", ...
    std::string start_date;  // ISO 8601 (YYYY-MM-DD)
    std::string end_date;
    std::string facilitator;
    std::string language = "en";  // of the session
    std::string notes;
    // Set when this round was started from an earlier one (next_round.h):
    // which file, which round and which content it continues.
    struct Baseline {
        std::string file;         // the earlier round's file name, as it was opened
        std::string round;        // its round name ("baseline")
        std::string fingerprint;  // SHA-256 of its saved bytes
        bool empty() const { return file.empty() && round.empty() && fingerprint.empty(); }
        bool operator==(const Baseline&) const = default;
    } baseline;
    bool operator==(const Metadata&) const = default;
};

// What the last round concluded on an indicator, remembered by a round
// started from it (next_round.h) until the room rates it anew.
struct PreviousRating {
    Vote result;                // the last round's level, N/A or don't know
    std::optional<int> target;  // the last round's recorded target, if any
    // The framework version the result was carried from through a
    // crosswalk (revised, split or merged indicator), else empty.
    std::string carried_from;
    bool operator==(const PreviousRating&) const = default;
};

// The team's own lists of its core schemes and core systems (free names,
// entered at set-up): format 2 indicators marked core="..." are rated
// against them, so two facilitators mean the same thing by "core".
struct CoreNames {
    std::vector<std::string> schemes;
    std::vector<std::string> systems;
    bool empty() const { return schemes.empty() && systems.empty(); }
    bool operator==(const CoreNames&) const = default;
};

// Why a vote or agreed level cannot be recorded on an indicator, or
// nullopt when it can: N/A is refused on an always-applicable indicator
// (its absence is itself the finding, so "not applicable" would lift the
// domain by hiding it).
std::optional<std::string> refusal_of(const frameworks::Indicator& indicator, const Vote& vote);
// The message's template in English, N_() marked for a front-end to
// translate (%s: the indicator id).
std::string_view not_applicable_refused_template();

// The framework an assessment was made with, as stored in the file.
struct FrameworkRef {
    std::string id;
    std::string version;
    std::string sha256;
    bool operator==(const FrameworkRef&) const = default;
};

// The team's changes to the generated roadmap (see the roadmap planner).
struct StepOverride {
    std::string owner;
    std::optional<std::string> pinned_phase;
    bool excluded = false;
    std::string exclusion_reason;
    bool operator==(const StepOverride&) const = default;
};

struct RoadmapChoices {
    std::map<std::string, StepOverride> steps;          // by step id
    std::map<std::string, std::string> domain_leads;    // domain id -> institution
    bool operator==(const RoadmapChoices&) const = default;
};

class Assessment {
public:
    Assessment() = default;
    // A new, empty assessment of a framework.
    explicit Assessment(std::shared_ptr<const frameworks::Framework> framework);

    const frameworks::Framework& framework() const { return *framework_; }
    const std::shared_ptr<const frameworks::Framework>& framework_ptr() const { return framework_; }
    const FrameworkRef& framework_ref() const { return framework_ref_; }
    void set_framework(std::shared_ptr<const frameworks::Framework> framework);

    Metadata metadata;
    std::map<std::string, std::string> profile;  // question id -> answer id
    CoreNames core;
    int method = kScoringMethod;  // of the ratings; 1 for files that do not say
    std::vector<Participant> participants;
    std::map<std::string, IndicatorResponse> responses;  // by indicator id
    SystemMap systems;
    RoadmapChoices roadmap;
    // By indicator id: the last round's results, when this round continues
    // one (empty otherwise).
    std::map<std::string, PreviousRating> previous;
    // The documents the team has seen (evidence_register.h asks questions of it).
    std::vector<EvidenceDocument> evidence;
    bool anonymised = false;

    const Participant* find_participant(std::string_view participant_id) const;
    // The response for an indicator; an empty one when nothing is recorded.
    const IndicatorResponse& response(std::string_view indicator_id) const;
    // Target in force: the recorded one, else the last round's, else the
    // framework's default.
    int target(const frameworks::Indicator& indicator) const;
    // The last round's result on an indicator, or null.
    const PreviousRating* previous_rating(std::string_view indicator_id) const;
    // Rated in the last round and not yet in this one: no agreed value and
    // no vote. Such an indicator is shown as "not re-examined", never as a
    // rating of this round.
    bool not_re_examined(std::string_view indicator_id) const;
    // Whether the profile answers switch the indicator off (skip logic).
    bool is_relevant(const frameworks::Indicator& indicator) const;

    // Same content (the framework compared by fingerprint).
    bool same_content(const Assessment& other) const;

private:
    std::shared_ptr<const frameworks::Framework> framework_;
    FrameworkRef framework_ref_;
};

}  // namespace socle::assessment
