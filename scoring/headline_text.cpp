#include "scoring/headline_text.h"

#include "common/i18n.h"
#include "common/translations.h"
#include "scoring/figure_text.h"

namespace socle::scoring {

namespace {

// The translated text with "{name}" replaced by value (once; each of these
// texts names it once).
std::string fill(std::string_view english, std::string_view lang, std::string_view name, const std::string& value) {
    std::string text(common::translate(english, lang));
    const std::string placeholder = "{" + std::string(name) + "}";
    if (const auto at = text.find(placeholder); at != std::string::npos) text.replace(at, placeholder.size(), value);
    return text;
}

}  // namespace

std::string_view index_label_english() { return N_("Index (mean level on a 0-100 scale, not a percentage)"); }

std::string index_caption(double index, std::string_view lang) {
    return fill(N_("index {index} of 100 (the mean level on a 0-100 scale, not a percentage of targets met)"), lang,
                "index", index_text(index));
}

std::string rating_flags(int low_confidence, int undocumented, std::string_view lang) {
    std::string text;
    if (low_confidence > 0) text = fill(N_("{count} low confidence"), lang, "count", std::to_string(low_confidence));
    if (undocumented > 0)
        text += (text.empty() ? "" : ", ") + fill(N_("{count} without evidence"), lang, "count", std::to_string(undocumented));
    return text;
}

std::string rating_flags_at(const LevelCounts& counts, int level, std::string_view lang) {
    if (level < 1 || level > static_cast<int>(counts.at_level.size())) return {};
    const auto at = static_cast<std::size_t>(level - 1);
    return rating_flags(counts.low_confidence[at], counts.undocumented[at], lang);
}

std::string rating_flags_legend(std::string_view lang) {
    return std::string(common::translate(N_("Low confidence: self-reported, or no confidence recorded. Without evidence: "
                                            "no evidence, link or register document recorded."),
                                         lang));
}

std::string peer_caveat(std::string_view lang) {
    return std::string(common::translate(
        N_("Levels from different rooms are not calibrated against each other: each is one room's agreed judgement "
           "against the descriptors, so a higher level elsewhere does not show a stronger system. Compare a country "
           "with its own earlier rounds; read a comparison of peers as questions to ask, not as a ranking."),
        lang));
}

bool needs_peer_caveat(const Comparison& comparison) {
    return comparison.mode == ComparisonMode::Peers && comparison.assessments.size() >= 2;
}

std::string mixed_methods_note(std::string_view lang) {
    return std::string(common::translate(
        N_("These assessments were rated under different scoring methods: since version 2.0 of the framework, each "
           "indicator is rated under a written rule (all conditions of a level must hold; the weakest core scheme sets "
           "the level unless the room records why not), shown as \"How to rate\" with each indicator in the "
           "walkthrough. A change of level may come from the method, not the country."),
        lang));
}

std::string crosswalk_note(const Comparison& comparison, std::string_view lang) {
    std::string note;
    for (const auto& walk : comparison.crosswalks) {
        std::string sentence =
            fill(N_("{from} -> {to}: split, merged and renamed indicators are matched through the crosswalk; new and "
                    "retired ones are listed as unmatched."),
                 lang, "from", walk.from_version);
        if (const auto at = sentence.find("{to}"); at != std::string::npos) sentence.replace(at, 4, walk.to_version);
        note += (note.empty() ? "" : " ") + walk.framework_id + " " + sentence;
    }
    return note;
}

}  // namespace socle::scoring
