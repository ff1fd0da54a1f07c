#include "assessment/migrate.h"

#include <algorithm>

#include "common/error.h"

namespace socle::assessment {

namespace {

using frameworks::CrosswalkKind;

// Joins texts of several old indicators, each under its id, so nothing a
// room wrote is lost in a merge.
void append_labelled(std::string& into, const std::string& id, const std::string& text, bool label) {
    if (text.empty()) return;
    if (!into.empty()) into += "\n";
    into += label ? id + ": " + text : text;
}

class Migrator {
public:
    Migrator(const Assessment& old, std::shared_ptr<const frameworks::Framework> target,
             const frameworks::Crosswalk& crosswalk)
        : old_(old), crosswalk_(crosswalk), migration_{Assessment(std::move(target)), {}, crosswalk.from_version,
                                                        crosswalk.to_version} {}

    Migration run();

private:
    const frameworks::Indicator* target_indicator(const std::string& id) const {
        return migration_.assessment.framework().find_indicator(id);
    }
    void keep(const frameworks::CrosswalkEntry& entry);
    void carry(const frameworks::CrosswalkEntry& entry);
    void copy_the_rest();
    // The new ids of old indicator ids, each once, in the order they come.
    std::vector<std::string> new_ids_of(const std::vector<std::string>& old_ids) const {
        std::vector<std::string> ids;
        for (const auto& id : old_ids) {
            const auto* entry = crosswalk_.for_old(id);
            if (!entry) continue;
            for (const auto& new_id : entry->new_ids)
                if (std::find(ids.begin(), ids.end(), new_id) == ids.end()) ids.push_back(new_id);
        }
        return ids;
    }

    const Assessment& old_;
    const frameworks::Crosswalk& crosswalk_;
    Migration migration_;
};

void Migrator::keep(const frameworks::CrosswalkEntry& entry) {
    const auto& id = entry.old_ids.front();
    MigrationLine line{id, entry.kind, entry.new_ids, "votes, agreed level and notes carried over"};
    auto response = old_.response(id);
    // An indicator that became always-applicable cannot keep an N/A: the
    // file would not open again. The room re-examines it.
    if (const auto* indicator = target_indicator(id)) {
        std::size_t dropped = std::erase_if(response.votes, [&](const auto& vote) {
            return refusal_of(*indicator, vote.second).has_value();
        });
        if (response.agreed && refusal_of(*indicator, *response.agreed)) {
            response.agreed.reset();
            ++dropped;
        }
        if (dropped > 0)
            line.what += "; " + std::to_string(dropped) + " N/A removed (always applicable in " +
                         crosswalk_.to_version + "), re-examine";
    }
    if (response.empty()) line.what = "nothing was recorded";
    else migration_.assessment.responses[id] = std::move(response);
    migration_.lines.push_back(std::move(line));
}

void Migrator::carry(const frameworks::CrosswalkEntry& entry) {
    // The level to carry: the old agreed level; for a merge, the lowest of
    // them (the weakest part sets the level, as the rating rule says).
    std::optional<int> level;
    IndicatorResponse texts;
    const bool label = entry.old_ids.size() > 1;
    for (const auto& id : entry.old_ids) {
        const auto& old = old_.response(id);
        if (old.agreed && old.agreed->kind == VoteKind::Level)
            level = level ? std::min(*level, old.agreed->level) : old.agreed->level;
        append_labelled(texts.notes, id, old.notes, label);
        append_labelled(texts.evidence, id, old.evidence, label);
        append_labelled(texts.rationale, id, old.rationale, label);
        for (const auto& link : old.links)
            if (std::find(texts.links.begin(), texts.links.end(), link) == texts.links.end()) texts.links.push_back(link);
    }
    const int levels = migration_.assessment.framework().level_count();
    if (level && *level > levels) level = levels;
    for (const auto& new_id : entry.new_ids) {
        auto response = texts;
        if (level) {
            response.agreed = Vote::at(*level);
            response.carried_from = crosswalk_.from_version;
        }
        if (!response.empty()) migration_.assessment.responses[new_id] = std::move(response);
    }
    std::string what;
    if (level) what = "level " + std::to_string(*level) + " carried as provisional (carried from " +
                      crosswalk_.from_version + ", re-examine)";
    else what = "no agreed level to carry; to be rated";
    if (!texts.notes.empty() || !texts.evidence.empty()) what += "; notes and evidence kept";
    for (const auto& id : entry.old_ids) {
        if (id != entry.old_ids.front()) what = "see " + entry.old_ids.front();
        migration_.lines.push_back({id, entry.kind, entry.new_ids, what});
    }
}

void Migrator::copy_the_rest() {
    auto& out = migration_.assessment;
    const auto& framework = out.framework();
    out.metadata = old_.metadata;
    out.participants = old_.participants;
    out.anonymised = old_.anonymised;
    out.core = old_.core;
    out.method = kScoringMethod;
    for (const auto& [question, answer] : old_.profile)
        if (framework.find_question(question)) out.profile[question] = answer;
    // Systems and the documents of the evidence register keep their links
    // to indicators through the crosswalk (a retired indicator's link goes;
    // the system or document stays).
    out.systems = old_.systems;
    for (auto& system : out.systems.systems) system.linked_indicators = new_ids_of(system.linked_indicators);
    out.evidence = old_.evidence;
    for (auto& document : out.evidence) document.indicators = new_ids_of(document.indicators);
    // Roadmap choices are about steps of an indicator ("D1.1:2"): they stay
    // only where the indicator kept its meaning.
    for (const auto& [step, choice] : old_.roadmap.steps) {
        const auto indicator_id = step.substr(0, step.rfind(':'));
        const auto* entry = crosswalk_.for_old(indicator_id);
        if (entry && entry->kind == CrosswalkKind::Kept) out.roadmap.steps[step] = choice;
    }
    // A round started from an earlier one keeps the earlier results where
    // the indicator kept its meaning.
    for (const auto& [indicator_id, last] : old_.previous) {
        const auto* entry = crosswalk_.for_old(indicator_id);
        if (entry && entry->kind == CrosswalkKind::Kept) out.previous[indicator_id] = last;
    }
    for (const auto& [domain, lead] : old_.roadmap.domain_leads)
        if (framework.find_domain(domain)) out.roadmap.domain_leads[domain] = lead;
}

Migration Migrator::run() {
    const auto& from = old_.framework();
    if (from.id != crosswalk_.framework_id || from.version != crosswalk_.from_version ||
        migration_.assessment.framework().id != crosswalk_.framework_id ||
        migration_.assessment.framework().version != crosswalk_.to_version)
        throw common::LogicError("the crosswalk does not join the assessment's framework and the target");
    copy_the_rest();
    for (const auto& domain : from.domains) {
        for (const auto& indicator : domain.indicators) {
            const auto* entry = crosswalk_.for_old(indicator.id);
            if (!entry) throw common::LogicError("the crosswalk lacks indicator '" + indicator.id + "'");
            // A merge is handled once, at its first old id.
            if (entry->kind == CrosswalkKind::Merged && entry->old_ids.front() != indicator.id) continue;
            switch (entry->kind) {
                case CrosswalkKind::Kept: keep(*entry); break;
                case CrosswalkKind::Revised:
                case CrosswalkKind::Split:
                case CrosswalkKind::Merged: carry(*entry); break;
                case CrosswalkKind::Retired: {
                    const bool had = !old_.response(indicator.id).empty();
                    migration_.lines.push_back({indicator.id, entry->kind, {},
                                                had ? "what was recorded is not carried over"
                                                    : "nothing was recorded"});
                    break;
                }
                case CrosswalkKind::New: break;
            }
        }
    }
    for (const auto& entry : crosswalk_.entries)
        if (entry.kind == CrosswalkKind::New)
            migration_.lines.push_back({"", entry.kind, entry.new_ids, "starts unanswered"});
    return std::move(migration_);
}

}  // namespace

Migration migrate_assessment(const Assessment& old, std::shared_ptr<const frameworks::Framework> target,
                             const frameworks::Crosswalk& crosswalk) {
    return Migrator(old, std::move(target), crosswalk).run();
}

std::string migration_report_text(const Migration& migration) {
    std::string out = "Migration from " + migration.from_version + " to " + migration.to_version + "\n";
    for (const auto& line : migration.lines) {
        std::string targets;
        for (const auto& id : line.new_ids) targets += (targets.empty() ? "" : " ") + id;
        if (line.old_id.empty()) {
            out += targets + " (new): " + line.what + "\n";
            continue;
        }
        out += line.old_id + " " + std::string(frameworks::crosswalk_kind_key(line.kind));
        if (line.kind == frameworks::CrosswalkKind::Split || line.kind == frameworks::CrosswalkKind::Merged)
            out += " -> " + targets;
        out += ": " + line.what + "\n";
    }
    return out;
}

}  // namespace socle::assessment
