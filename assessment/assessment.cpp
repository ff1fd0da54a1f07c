#include "assessment/assessment.h"

#include "common/error.h"
#include "common/i18n.h"
#include "common/text.h"

namespace socle::assessment {

std::string vote_key(const Vote& vote) {
    switch (vote.kind) {
        case VoteKind::Level: return std::to_string(vote.level);
        case VoteKind::NotApplicable: return "na";
        case VoteKind::Unknown: return "unknown";
    }
    return "unknown";
}

std::optional<Vote> parse_vote(std::string_view key, int level_count) {
    if (key.size() == 1 && key[0] >= '1' && key[0] <= '9') {  // the common case, without allocating
        const int level = key[0] - '0';
        if (level > level_count) return std::nullopt;
        return Vote::at(level);
    }
    const std::string lower = common::to_lower_ascii(common::trim(key));
    if (lower == "na" || lower == "n/a" || lower == "not_applicable") return Vote::not_applicable();
    if (lower == "unknown" || lower == "?") return Vote::unknown();
    const auto level = common::parse_int(lower);
    if (!level || *level < 1 || *level > level_count) return std::nullopt;
    return Vote::at(*level);
}

std::string_view not_applicable_refused_template() {
    return N_("Indicator %s applies in every country and cannot be rated not applicable: its absence is itself the "
              "finding. Rate it 1 if nothing is in place.");
}

std::optional<std::string> refusal_of(const frameworks::Indicator& indicator, const Vote& vote) {
    if (!indicator.always_applicable || vote.kind != VoteKind::NotApplicable) return std::nullopt;
    const std::string_view text = not_applicable_refused_template();
    const auto at = text.find("%s");
    return std::string(text.substr(0, at)) + indicator.id + std::string(text.substr(at + 2));
}

namespace {
struct ConfidenceInfo {
    Confidence value;
    std::string_view key;
    std::string_view label;
};
constexpr ConfidenceInfo kConfidence[] = {
    {Confidence::Unset, "", N_("Not stated")},
    {Confidence::SelfReported, "self_reported", N_("Self-reported")},
    {Confidence::Documented, "documented", N_("Documented")},
    {Confidence::Verified, "verified", N_("Verified")},
};
}  // namespace

std::string_view confidence_key(Confidence confidence) { return kConfidence[static_cast<int>(confidence)].key; }
std::string_view confidence_label(Confidence confidence) { return kConfidence[static_cast<int>(confidence)].label; }

std::optional<Confidence> parse_confidence(std::string_view key) {
    const std::string lower = common::to_lower_ascii(common::trim(key));
    for (const auto& info : kConfidence)
        if (info.key == lower) return info.value;
    if (lower == "self-reported" || lower == "self") return Confidence::SelfReported;
    return std::nullopt;
}

bool IndicatorResponse::empty() const { return *this == IndicatorResponse{}; }

Assessment::Assessment(std::shared_ptr<const frameworks::Framework> framework) {
    set_framework(std::move(framework));
    metadata.language = framework_->default_language;
}

void Assessment::set_framework(std::shared_ptr<const frameworks::Framework> framework) {
    if (!framework) throw common::LogicError("an assessment needs a framework");
    framework_ = std::move(framework);
    framework_ref_ = {framework_->id, framework_->version, framework_->sha256};
}

const Participant* Assessment::find_participant(std::string_view participant_id) const {
    for (const auto& participant : participants)
        if (participant.id == participant_id) return &participant;
    return nullptr;
}

const IndicatorResponse& Assessment::response(std::string_view indicator_id) const {
    static const IndicatorResponse kEmpty;
    const auto it = responses.find(std::string(indicator_id));
    return it == responses.end() ? kEmpty : it->second;
}

int Assessment::target(const frameworks::Indicator& indicator) const {
    const auto& recorded = response(indicator.id).target;
    if (recorded) return *recorded;
    // A team that set its own target last round keeps it until it changes it.
    if (const auto* last = previous_rating(indicator.id); last && last->target) return *last->target;
    return indicator.default_target;
}

const PreviousRating* Assessment::previous_rating(std::string_view indicator_id) const {
    const auto it = previous.find(std::string(indicator_id));
    return it == previous.end() ? nullptr : &it->second;
}

bool Assessment::not_re_examined(std::string_view indicator_id) const {
    if (!previous_rating(indicator_id)) return false;
    const auto& now = response(indicator_id);
    return !now.agreed && now.votes.empty();
}

bool Assessment::is_relevant(const frameworks::Indicator& indicator) const {
    for (const auto& condition : indicator.relevant_if) {
        const auto it = profile.find(condition.question_id);
        // An unanswered question keeps the indicator in: leaving something
        // out must be a decision, not an accident.
        if (it != profile.end() && !it->second.empty() && it->second != condition.answer) return false;
    }
    return true;
}

bool Assessment::same_content(const Assessment& other) const {
    return framework_ref_ == other.framework_ref_ && metadata == other.metadata && profile == other.profile &&
           participants == other.participants && responses == other.responses && systems == other.systems &&
           roadmap == other.roadmap && previous == other.previous && anonymised == other.anonymised && core == other.core &&
           method == other.method && evidence == other.evidence;
}

}  // namespace socle::assessment
