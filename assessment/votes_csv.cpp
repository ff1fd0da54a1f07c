#include "assessment/votes_csv.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "assessment/edits.h"
#include "common/csv.h"
#include "common/text.h"

namespace socle::assessment {

namespace {

// Finds a participant by id, then by name; adds one when neither matches.
// Both are looked up in hash tables: a search through the list for every
// row made an import of 100,000 new participants quadratic (76 s).
class ParticipantLookup {
public:
    explicit ParticipantLookup(std::vector<Participant>& participants) : participants_(participants) {
        for (const auto& participant : participants_) remember(participant);
    }

    std::string find_or_add(const std::string& key, std::size_t& added) {
        if (ids_.count(key)) return key;
        if (const auto named = names_.find(common::to_lower_ascii(key)); named != names_.end()) return named->second;
        Participant participant;
        participant.id = common::is_valid_id(key) && key.size() <= 32 ? key : "p" + std::to_string(participants_.size() + 1);
        for (std::size_t n = participants_.size() + 1; ids_.count(participant.id); ++n) participant.id = "p" + std::to_string(n);
        participant.name = key;
        participants_.push_back(std::move(participant));
        remember(participants_.back());
        ++added;
        return participants_.back().id;
    }

private:
    void remember(const Participant& participant) {
        ids_.insert(participant.id);
        // The first participant of a name wins, as in a search in list order.
        if (!participant.name.empty()) names_.try_emplace(common::to_lower_ascii(participant.name), participant.id);
    }

    std::vector<Participant>& participants_;
    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, std::string> names_;
};

// True when text is already one of the paragraphs (lines joined by the
// import) of field: an exact repeat, never a mere substring ("Decree" is not
// in "Decree 224"; it used to be, and the shorter note was lost).
bool holds_paragraph(std::string_view field, std::string_view text) {
    for (std::size_t at = field.find(text); at != std::string_view::npos; at = field.find(text, at + 1)) {
        const bool starts = at == 0 || field[at - 1] == '\n';
        const bool ends = at + text.size() == field.size() || field[at + text.size()] == '\n';
        if (starts && ends) return true;
    }
    return false;
}

// Adds texts to one field, each once: several rows of one indicator may
// repeat it. The field's lines are kept in a hash set, so a one-line text
// (nearly every note) is checked in constant time; searching the whole
// field for every row made 100,000 notes on one indicator quadratic (58 s).
// A text of several lines is searched in the field only when its first line
// is one of the field's.
class FieldAppender {
public:
    void append_once(std::string& field, const std::string& text) {
        if (text.empty()) return;
        if (!primed_) {
            add_lines(field);
            primed_ = true;
        }
        const auto end_of_first = text.find('\n');
        if (end_of_first == std::string::npos) {
            if (lines_.count(text)) return;
        } else if (lines_.count(text.substr(0, end_of_first)) && holds_paragraph(field, text)) {
            return;
        }
        field += (field.empty() ? "" : "\n") + text;
        add_lines(text);
    }

private:
    void add_lines(std::string_view text) {
        if (text.empty()) return;
        for (std::size_t start = 0;;) {
            const auto end = text.find('\n', start);
            lines_.emplace(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
            if (end == std::string_view::npos) break;
            start = end + 1;
        }
    }

    bool primed_ = false;
    std::unordered_set<std::string> lines_;
};

// What the rows of one indicator have added to its texts and links.
struct Appended {
    FieldAppender evidence, notes, rationale;
    std::optional<std::unordered_set<std::string>> links;
};

struct VoteSeen {
    int line = 0;
    Vote vote;
};

}  // namespace

std::optional<VotesImport> import_votes_csv(const Assessment& assessment, const std::string& text,
                                            const std::string& file, common::Diagnostics& diagnostics) {
    const auto table = common::parse_csv(text, file, diagnostics);
    if (!table) return std::nullopt;
    if (!common::check_csv_header(*table, {"indicator", "participant", "vote"},
                                  {"target", "confidence", "evidence", "note", "agreed", "rationale", "link"}, file, diagnostics))
        return std::nullopt;

    const auto& framework = assessment.framework();
    const int levels = framework.level_count();
    auto participants = assessment.participants;
    ParticipantLookup participant_lookup(participants);
    std::unordered_map<std::string, Appended> appended;  // indicator -> its texts so far
    auto responses = assessment.responses;
    VotesImport result;
    const std::size_t errors_before = diagnostics.error_count();
    auto bad = [&](const common::CsvRecord& row, const std::string& message) {
        diagnostics.error(file, row.line, 1, message);
    };

    std::map<std::pair<std::string, std::string>, VoteSeen> votes_seen;  // (indicator, participant id)
    std::map<std::string, int> confidence_lines;                           // indicator -> first line
    for (const auto& row : table->rows) {
        ++result.rows;
        const std::string indicator_id = table->field(row, "indicator");
        const std::string who = table->field(row, "participant");
        const std::string vote_text = table->field(row, "vote");
        if (!framework.find_indicator(indicator_id)) {
            bad(row, "unknown indicator '" + indicator_id + "' (framework " + framework.id + ")");
            continue;
        }
        if (who.empty() && !vote_text.empty()) {
            bad(row, "the participant is empty; give a participant id or name");
            continue;
        }
        auto& response = responses[indicator_id];
        if (!vote_text.empty()) {
            const auto vote = parse_vote(vote_text, levels);
            if (!vote) {
                bad(row, "vote '" + vote_text + "' is not a level from 1 to " + std::to_string(levels) + ", 'na' or 'unknown'");
                continue;
            }
            if (const auto refusal = refusal_of(*framework.find_indicator(indicator_id), *vote)) {
                bad(row, *refusal + " Correct the vote in the file and import it again.");
                continue;
            }
            const std::string participant = participant_lookup.find_or_add(who, result.added_participants);
            // Two rows for one indicator and participant: the same vote is a
            // harmless repeat (warning); two different votes are an error, as
            // the import cannot know which one the participant meant.
            const auto [seen, first] = votes_seen.try_emplace({indicator_id, participant}, VoteSeen{row.line, *vote});
            const std::string earlier = "line " + std::to_string(seen->second.line);
            if (first) {
                if (const auto existing = response.votes.find(participant);
                    existing != response.votes.end() && existing->second != *vote)
                    diagnostics.warning(file, row.line, 1, "replaces the vote " + vote_key(existing->second) +
                                                               " of '" + who + "' for " + indicator_id +
                                                               " already in the assessment by " + vote_key(*vote));
                response.votes[participant] = *vote;
                ++result.votes;
            } else if (seen->second.vote == *vote) {
                diagnostics.warning(file, row.line, 1, "the vote of '" + who + "' for " + indicator_id +
                                                            " repeats " + earlier + "; it is counted once");
            } else {
                bad(row, "'" + who + "' has a second vote for " + indicator_id + " (" + vote_key(*vote) + "; " +
                             earlier + " says " + vote_key(seen->second.vote) + "): keep one of the two rows");
                continue;
            }
        }
        if (const auto target = table->field(row, "target"); !target.empty()) {
            const auto value = common::parse_int(target);
            if (!value || *value < 1 || *value > levels) bad(row, "target '" + target + "' is not a level from 1 to " + std::to_string(levels));
            else if (response.target && *response.target != *value) bad(row, "target " + target + " contradicts an earlier row for " + indicator_id);
            else response.target = value;
        }
        if (const auto agreed = table->field(row, "agreed"); !agreed.empty()) {
            const auto value = parse_vote(agreed, levels);
            if (!value) bad(row, "agreed '" + agreed + "' is not a level from 1 to " + std::to_string(levels) + ", 'na' or 'unknown'");
            else if (const auto refusal = refusal_of(*framework.find_indicator(indicator_id), *value))
                bad(row, *refusal + " Correct the agreed level in the file and import it again.");
            else if (response.agreed && *response.agreed != *value) bad(row, "agreed " + agreed + " contradicts an earlier row for " + indicator_id);
            else response.agreed = value;
        }
        if (const auto confidence = table->field(row, "confidence"); !confidence.empty()) {
            const auto value = parse_confidence(confidence);
            if (!value) bad(row, "confidence '" + confidence + "' is not one of: self_reported, documented, verified");
            else if (const auto earlier = confidence_lines.find(indicator_id);
                     earlier != confidence_lines.end() && response.confidence != *value)
                bad(row, "confidence " + confidence + " contradicts line " + std::to_string(earlier->second) +
                             " for " + indicator_id);
            else {
                response.confidence = *value;
                confidence_lines.try_emplace(indicator_id, row.line);
            }
        }
        auto& texts = appended[indicator_id];
        texts.evidence.append_once(response.evidence, table->field(row, "evidence"));
        texts.notes.append_once(response.notes, table->field(row, "note"));
        texts.rationale.append_once(response.rationale, table->field(row, "rationale"));
        if (const auto link = table->field(row, "link"); !link.empty()) {
            if (!texts.links) texts.links.emplace(response.links.begin(), response.links.end());
            if (texts.links->insert(link).second) response.links.push_back(link);
        }
    }
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    std::erase_if(responses, [](const auto& item) { return item.second.empty(); });
    result.edit = edits::set_participants_and_responses(assessment, std::move(participants), std::move(responses),
                                                        "import votes from " + file);
    return result;
}

}  // namespace socle::assessment
