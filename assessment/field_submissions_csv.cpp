#include "assessment/field_submissions_csv.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "assessment/edits.h"
#include "common/csv.h"
#include "common/text.h"
#include "frameworks/form_field_names.h"

namespace socle::assessment {

namespace {

// Columns the form tools add to every export (lower-cased, as CsvTable
// keeps headers). Kobo's own start with "_" and are left out by that rule.
const std::set<std::string, std::less<>> kMetadataColumns = {
    "start", "end", "today", "deviceid", "username", "phonenumber", "simserial", "subscriberid", "audit",
    "submissiondate", "key", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
    "status", "reviewstate", "edits", "formversion", "instanceid", "instancename", "meta/instanceid",
    "meta/instancename", "meta/deprecatedid", "meta-instanceid", "meta-instancename", "meta-deprecatedid",
    "meta/audit", "meta-audit"};

enum class ColumnKind { Ignored, Name, Institution, Role, Indicator, Question };

struct Column {
    ColumnKind kind = ColumnKind::Ignored;
    std::string indicator_id;
};

// The field name of a header: the header itself, or what follows the last
// group separator ("/" from Kobo, "-" from ODK Central; form names never
// hold either).
std::vector<std::string> header_candidates(const std::string& header) {
    std::vector<std::string> candidates{header};
    for (const char separator : {'/', '-'}) {
        if (const auto at = header.rfind(separator); at != std::string::npos && at + 1 < header.size())
            candidates.push_back(header.substr(at + 1));
    }
    return candidates;
}

struct Submission {
    int line = 0;
    std::size_t row = 0;
    std::string time;
};

// Finds participants by name (case-insensitive) or adds them.
class ParticipantsByName {
public:
    explicit ParticipantsByName(std::vector<Participant>& participants) : participants_(participants) {
        for (const auto& participant : participants_) {
            ids_.insert(participant.id);
            if (!participant.name.empty()) names_.try_emplace(common::to_lower_ascii(participant.name), participant.id);
        }
    }

    std::string find_or_add(const std::string& name, const std::string& institution, const std::string& role,
                            std::size_t& added) {
        if (const auto found = names_.find(common::to_lower_ascii(name)); found != names_.end()) {
            // Fill in what the form adds to someone already listed, never
            // overwrite what the team typed.
            for (auto& participant : participants_) {
                if (participant.id != found->second) continue;
                if (participant.institution.empty()) participant.institution = institution;
                if (participant.role.empty()) participant.role = role;
            }
            return found->second;
        }
        Participant participant;
        for (std::size_t n = participants_.size() + 1;; ++n) {
            participant.id = "p" + std::to_string(n);
            if (!ids_.count(participant.id)) break;
        }
        participant.name = name;
        participant.institution = institution;
        participant.role = role;
        ids_.insert(participant.id);
        names_.emplace(common::to_lower_ascii(name), participant.id);
        participants_.push_back(std::move(participant));
        ++added;
        return participants_.back().id;
    }

private:
    std::vector<Participant>& participants_;
    std::set<std::string> ids_;
    std::unordered_map<std::string, std::string> names_;
};

}  // namespace

bool looks_like_field_submissions(std::string_view text) {
    common::Diagnostics ignored;
    const auto end = text.find('\n');
    const auto table = common::parse_csv(text.substr(0, end), "", ignored, common::guess_csv_separator(text));
    if (!table) return false;
    return !table->column("indicator");
}

std::optional<FieldSubmissionsImport> import_field_submissions_csv(const Assessment& assessment,
                                                                   const std::string& text, const std::string& file,
                                                                   common::Diagnostics& diagnostics) {
    const auto table = common::parse_csv(text, file, diagnostics, common::guess_csv_separator(text));
    if (!table) return std::nullopt;
    const auto& framework = assessment.framework();
    const int levels = framework.level_count();
    const std::size_t errors_before = diagnostics.error_count();

    // What each header is: the form's names first, then plain indicator ids.
    const auto names = frameworks::form_field_names(framework);
    std::unordered_map<std::string, Column> by_name;
    by_name[frameworks::kFormParticipantName] = {ColumnKind::Name, {}};
    by_name[frameworks::kFormInstitution] = {ColumnKind::Institution, {}};
    by_name[frameworks::kFormRole] = {ColumnKind::Role, {}};
    for (const auto& [id, name] : names.questions) by_name[common::to_lower_ascii(name)] = {ColumnKind::Question, {}};
    for (const auto& [id, name] : names.indicators) {
        by_name.try_emplace(common::to_lower_ascii(id), Column{ColumnKind::Indicator, id});
        by_name[common::to_lower_ascii(name)] = {ColumnKind::Indicator, id};
    }
    std::vector<Column> columns(table->header.size());
    std::optional<std::size_t> name_column;
    std::optional<std::size_t> time_column;
    std::size_t indicator_columns = 0;
    std::map<std::string, std::size_t> indicator_seen;  // indicator id -> column
    for (std::size_t i = 0; i < table->header.size(); ++i) {
        const auto& header = table->header[i];
        const int col = static_cast<int>(i + 1);
        if (header == "_submission_time" || header == "submissiondate") time_column = i;
        if (header.empty() || header.front() == '_' || kMetadataColumns.count(header)) continue;
        const Column* found = nullptr;
        for (const auto& candidate : header_candidates(header)) {
            if (const auto it = by_name.find(candidate); it != by_name.end()) {
                found = &it->second;
                break;
            }
        }
        if (!found) {
            diagnostics.warning(file, 1, col, "column '" + header + "' is not a field of the form of framework " +
                                                  framework.id + "; it is left out");
            continue;
        }
        columns[i] = *found;
        if (found->kind == ColumnKind::Name) {
            if (name_column) diagnostics.error(file, 1, col, "a second participant_name column; keep one");
            name_column = i;
        }
        if (found->kind == ColumnKind::Indicator) {
            if (const auto [earlier, first] = indicator_seen.try_emplace(found->indicator_id, i); !first)
                diagnostics.error(file, 1, col, "a second column for indicator " + found->indicator_id + " (column " +
                                                    std::to_string(earlier->second + 1) + "); keep one");
            ++indicator_columns;
        }
    }
    if (!name_column)
        diagnostics.error(file, 1, 1, "the header has no participant_name column: export the submissions of the form "
                                      "written by socle-cli xlsform, with XML values and headers");
    if (indicator_columns == 0)
        diagnostics.error(file, 1, 1, "no column is an indicator of framework " + framework.id +
                                          ": was the form written for another framework?");
    if (diagnostics.error_count() > errors_before) return std::nullopt;

    // Check every cell (even of submissions that will be set aside: a file
    // with errors is not half taken), and find each participant's latest.
    std::map<std::string, std::vector<Submission>> by_participant;  // lower-cased name -> submissions
    std::vector<std::string> order;                                  // names in first-seen order
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        const std::string name(row.fields.size() > *name_column ? common::trim(row.fields[*name_column]) : "");
        if (name.empty()) {
            diagnostics.error(file, row.line, static_cast<int>(*name_column + 1),
                              "the participant's name is empty; type it in, or remove the submission");
            continue;
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i].kind != ColumnKind::Indicator || i >= row.fields.size()) continue;
            const std::string value(common::trim(row.fields[i]));
            if (value.empty()) continue;
            const auto vote = parse_vote(value, levels);
            if (!vote) {
                diagnostics.error(file, row.line, static_cast<int>(i + 1),
                                  "'" + value + "' for " + columns[i].indicator_id + " is not a level from 1 to " +
                                      std::to_string(levels) + ", na or unknown (export with XML values, not labels)");
            } else if (const auto* indicator = framework.find_indicator(columns[i].indicator_id)) {
                // A form made before the framework marked it, or edited by hand.
                if (const auto refusal = refusal_of(*indicator, *vote))
                    diagnostics.error(file, row.line, static_cast<int>(i + 1), *refusal);
            }
        }
        const std::string key = common::to_lower_ascii(name);
        auto& list = by_participant[key];
        if (list.empty()) order.push_back(key);
        list.push_back({row.line, r, time_column ? table->field(row, table->header[*time_column]) : ""});
    }
    if (diagnostics.error_count() > errors_before) return std::nullopt;

    FieldSubmissionsImport result;
    auto participants = assessment.participants;
    ParticipantsByName lookup(participants);
    auto responses = assessment.responses;
    for (const auto& key : order) {
        auto& list = by_participant[key];
        // ISO 8601 times (what both tools write) sort as text; an equal or
        // missing time leaves the later line last.
        std::stable_sort(list.begin(), list.end(), [](const Submission& a, const Submission& b) { return a.time < b.time; });
        const auto& latest = list.back();
        const auto& row = table->rows[latest.row];
        const std::string name(common::trim(row.fields[*name_column]));
        for (std::size_t k = 0; k + 1 < list.size(); ++k) {
            diagnostics.warning(file, list[k].line, 1, "'" + name + "' submitted again (line " +
                                                           std::to_string(latest.line) +
                                                           "); the latest submission counts, this one is set aside");
            ++result.set_aside;
        }
        std::string institution;
        std::string role;
        for (std::size_t i = 0; i < columns.size() && i < row.fields.size(); ++i) {
            if (columns[i].kind == ColumnKind::Institution) institution = std::string(common::trim(row.fields[i]));
            if (columns[i].kind == ColumnKind::Role) role = std::string(common::trim(row.fields[i]));
        }
        const std::string participant = lookup.find_or_add(name, institution, role, result.votes.added_participants);
        ++result.votes.rows;
        for (std::size_t i = 0; i < columns.size() && i < row.fields.size(); ++i) {
            if (columns[i].kind != ColumnKind::Indicator) continue;
            const std::string value(common::trim(row.fields[i]));
            if (value.empty()) continue;
            const auto vote = *parse_vote(value, levels);
            auto& response = responses[columns[i].indicator_id];
            if (const auto existing = response.votes.find(participant);
                existing != response.votes.end() && existing->second != vote)
                diagnostics.warning(file, latest.line, static_cast<int>(i + 1),
                                    "replaces the vote " + vote_key(existing->second) + " of '" + name + "' for " +
                                        columns[i].indicator_id + " already in the assessment by " + vote_key(vote));
            response.votes[participant] = vote;
            ++result.votes.votes;
        }
    }
    std::erase_if(responses, [](const auto& item) { return item.second.empty(); });
    result.votes.edit = edits::set_participants_and_responses(assessment, std::move(participants), std::move(responses),
                                                              "import field submissions from " + file);
    return result;
}

}  // namespace socle::assessment
