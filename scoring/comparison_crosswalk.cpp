// Comparisons across framework versions: the levels of an older version's
// indicators stand in for the newest version's ids the crosswalk names, so
// that a country's 1.0 baseline and its 2.0 follow-up line up (split ids
// in each of their parts, merged ids in their successor), and what has no
// counterpart (retired, new) is reported, never dropped.
#include "scoring/detail/comparison_crosswalk.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace socle::scoring::detail {

namespace {

// One assessment's entry of a row.
struct Slot {
    bool present = false;
    std::optional<double> level;
    std::optional<double> target;
    IndicatorStatus status = IndicatorStatus::Unanswered;
};

Slot slot_of(const ComparedRow& row, std::size_t i) {
    return {row.present[i], row.levels[i], row.targets[i], row.statuses[i]};
}

void put(ComparedRow& row, std::size_t i, const Slot& slot) {
    row.present[i] = slot.present;
    row.levels[i] = slot.level;
    row.targets[i] = slot.target;
    row.statuses[i] = slot.status;
}

// What old ids carry into a new one in assessment i: the lowest level among
// them (a migration carries merged ids the same way: the weakest part sets
// the level), with that id's target and status; without any level, the
// first one present. None when no old id is in that assessment.
std::optional<Slot> carried(const std::vector<const ComparedRow*>& olds, std::size_t i) {
    std::optional<Slot> best;
    for (const auto* row : olds) {
        if (!row || !row->present[i]) continue;
        const Slot slot = slot_of(*row, i);
        if (!best || (slot.level && (!best->level || *slot.level < *best->level))) best = slot;
    }
    return best;
}

// Entries whose old ids hand their level to other ids.
bool moves(const frameworks::CrosswalkEntry& entry) {
    using frameworks::CrosswalkKind;
    switch (entry.kind) {
        case CrosswalkKind::Split:
        case CrosswalkKind::Merged: return true;
        case CrosswalkKind::Kept:
        case CrosswalkKind::Revised:
            return entry.old_ids.size() == 1 && entry.new_ids.size() == 1 && entry.old_ids[0] != entry.new_ids[0];
        case CrosswalkKind::Retired:
        case CrosswalkKind::New: return false;
    }
    return false;
}

class RowTable {
public:
    RowTable(std::vector<ComparedRow>& rows, const frameworks::Framework& newest, std::size_t slots)
        : rows_(rows), newest_(newest), slots_(slots) {
        for (std::size_t r = 0; r < rows_.size(); ++r) index_.emplace(rows_[r].id, r);
    }
    ComparedRow* find(const std::string& id) {
        const auto it = index_.find(id);
        return it == index_.end() ? nullptr : &rows_[it->second];
    }
    // The row of a newest-version id, added (in no assessment yet) if missing.
    ComparedRow& row(const std::string& id) {
        if (auto* found = find(id)) return *found;
        ComparedRow added;
        added.id = id;
        const auto* model = newest_.find_indicator(id);
        added.domain_id = model ? model->domain_id : std::string();
        added.present.assign(slots_, false);
        added.levels.assign(slots_, std::nullopt);
        added.targets.assign(slots_, std::nullopt);
        added.completeness.assign(slots_, std::nullopt);
        added.statuses.assign(slots_, IndicatorStatus::Unanswered);
        index_.emplace(id, rows_.size());
        rows_.push_back(std::move(added));
        return rows_.back();
    }

private:
    std::vector<ComparedRow>& rows_;
    const frameworks::Framework& newest_;
    std::size_t slots_;
    std::unordered_map<std::string, std::size_t> index_;
};

void move_slot(RowTable& table, const frameworks::Crosswalk& walk, std::size_t i) {
    // Read every carried value first: a split keeps its own id among its
    // parts, and merged ids may land on one of themselves.
    std::vector<std::pair<std::string, Slot>> writes;
    for (const auto& entry : walk.entries) {
        if (!moves(entry)) continue;
        std::vector<const ComparedRow*> olds;
        for (const auto& old_id : entry.old_ids) olds.push_back(table.find(old_id));
        if (const auto value = carried(olds, i))
            for (const auto& new_id : entry.new_ids) writes.emplace_back(new_id, *value);
    }
    for (const auto& entry : walk.entries) {
        if (!moves(entry)) continue;
        for (const auto& old_id : entry.old_ids)
            if (auto* row = table.find(old_id)) put(*row, i, Slot{});
    }
    for (const auto& [new_id, value] : writes) put(table.row(new_id), i, value);
}

// Rows in the newest version's order; ids it does not have (retired) after.
void order_as(std::vector<ComparedRow>& rows, const frameworks::Framework& newest) {
    std::unordered_map<std::string, std::size_t> position;
    for (const auto& domain : newest.domains)
        for (const auto& indicator : domain.indicators) position.emplace(indicator.id, position.size());
    const auto rank = [&](const ComparedRow& row) {
        const auto it = position.find(row.id);
        return it == position.end() ? std::numeric_limits<std::size_t>::max() : it->second;
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ComparedRow& a, const ComparedRow& b) { return rank(a) < rank(b); });
}

}  // namespace

CrosswalkOutcome match_through_crosswalks(std::vector<ComparedRow>& rows, const std::vector<std::string>& versions,
                                          const std::string& framework_id, const frameworks::Framework& newest,
                                          const std::vector<frameworks::Crosswalk>& crosswalks) {
    CrosswalkOutcome out;
    std::vector<std::string> older;
    for (const auto& version : versions)
        if (version != newest.version && std::find(older.begin(), older.end(), version) == older.end())
            older.push_back(version);
    RowTable table(rows, newest, versions.size());
    for (const auto& version : older) {
        const auto* walk = frameworks::find_crosswalk(crosswalks, framework_id, version, newest.version);
        if (!walk) continue;
        out.used.push_back(*walk);
        for (const auto& entry : walk->entries)
            if (moves(entry))
                for (const auto& new_id : entry.new_ids)
                    out.matches.push_back({new_id, entry.kind, entry.old_ids, version, newest.version});
        for (std::size_t i = 0; i < versions.size(); ++i)
            if (versions[i] == version) move_slot(table, *walk, i);
    }
    if (out.used.empty()) return out;
    std::erase_if(rows, [](const ComparedRow& row) {
        return std::none_of(row.present.begin(), row.present.end(), [](bool p) { return p; });
    });
    order_as(rows, newest);
    return out;
}

void explain_unmatched(std::vector<UnmatchedId>& unmatched, const std::vector<frameworks::Crosswalk>& used) {
    for (auto& id : unmatched) {
        if (id.domain) continue;
        for (const auto& walk : used) {
            if (const auto* entry = walk.for_old(id.id); entry && entry->kind == frameworks::CrosswalkKind::Retired)
                id.crosswalk = frameworks::CrosswalkKind::Retired;
            for (const auto* entry : walk.for_new(id.id))
                if (entry->kind == frameworks::CrosswalkKind::New) id.crosswalk = frameworks::CrosswalkKind::New;
        }
    }
}

}  // namespace socle::scoring::detail
