// Three-way merge, field by field (see merge.h for the rules).
#include "assessment/merge.h"

#include <set>

#include "assessment/detail_merge_fields.h"

namespace socle::assessment {

namespace {

using detail::FieldKey;
using detail::Fields;
using detail::Section;
using Value = std::optional<std::string>;

Value lookup(const Fields& fields, const FieldKey& key) {
    const auto it = fields.find(key);
    return it == fields.end() ? Value{} : Value{it->second};
}

// The fields of one participant, system or flow.
Fields item_fields(const Fields& fields, Section section, const std::string& item) {
    Fields out;
    for (auto it = fields.lower_bound({section, item, ""}); it != fields.end(); ++it) {
        if (it->first.section != section || it->first.item != item) break;
        out.insert(*it);
    }
    return out;
}

class Merger {
public:
    Merger(const Fields& base, const Fields& mine, const Fields& theirs, MergeResult& result)
        : base_(base), mine_(mine), theirs_(theirs), result_(result) {}

    Fields run() {
        std::set<FieldKey> keys;
        for (const auto* fields : {&base_, &mine_, &theirs_})
            for (const auto& [key, value] : *fields) keys.insert(key);
        std::set<std::pair<Section, std::string>> items_done;
        for (const auto& key : keys) {
            if (detail::is_item_section(key.section)) {
                if (items_done.insert({key.section, key.item}).second) merge_item(key.section, key.item);
                continue;
            }
            merge_field(key);
        }
        return std::move(out_);
    }

    // Puts back a whole item from the first side that has it (MINE, THEIRS,
    // BASE) and reports why.
    void restore(Fields& merged, Section section, const std::string& item, const std::string& why) {
        for (const auto* side : {&mine_, &theirs_, &base_}) {
            const auto fields = item_fields(*side, section, item);
            if (fields.empty()) continue;
            merged.insert(fields.begin(), fields.end());
            const FieldKey key{section, item, ""};
            result_.conflicts.push_back({describe(key) + ": " + why, present(base_, key), present(mine_, key),
                                         present(theirs_, key)});
            return;
        }
    }

private:
    // A flow's id says nothing to a reader: its systems go with it, as the
    // first side that has the flow has them.
    std::string describe(const FieldKey& key) const {
        std::string text = detail::describe(key);
        if (key.section != Section::Flow) return text;
        for (const auto* side : {&mine_, &theirs_, &base_}) {
            const auto from = lookup(*side, {Section::Flow, key.item, "from"});
            const auto to = lookup(*side, {Section::Flow, key.item, "to"});
            if (from && to) return text + " (" + *from + " -> " + *to + ")";
        }
        return text;
    }

    static Value present(const Fields& fields, const FieldKey& key) {
        return fields.count(key) ? Value{"present"} : Value{"removed"};
    }

    void take(const FieldKey& key, const Value& value) {
        if (value) out_[key] = *value;
    }

    void merge_field(const FieldKey& key) {
        const Value b = lookup(base_, key), m = lookup(mine_, key), t = lookup(theirs_, key);
        if (m == t) {
            if (m != b) ++result_.from_both;
            take(key, m);
        } else if (m == b) {
            ++result_.from_theirs;
            take(key, t);
        } else if (t == b) {
            ++result_.from_mine;
            take(key, m);
        } else {
            ++result_.from_mine;
            take(key, m);
            result_.conflicts.push_back({describe(key), readable(b), readable(m), readable(t)});
        }
    }

    static Value readable(const Value& value) { return value ? Value{detail::readable(*value)} : value; }

    void merge_item(Section section, const std::string& item) {
        const FieldKey exists{section, item, ""};
        const bool in_base = base_.count(exists), in_mine = mine_.count(exists), in_theirs = theirs_.count(exists);
        if (!in_base || (in_mine && in_theirs)) {
            // Added on one or both sides, or kept on both: field by field,
            // each field once (a field present on all three sides used to be
            // merged, and a conflict on it counted, three times).
            std::set<FieldKey> keys;
            for (const auto* fields : {&base_, &mine_, &theirs_})
                for (const auto& [key, value] : item_fields(*fields, section, item)) keys.insert(key);
            for (const auto& key : keys) merge_field(key);
            return;
        }
        if (!in_mine && !in_theirs) {
            ++result_.from_both;
            return;
        }
        // Removed on one side: taken if the other side left it untouched.
        const auto& kept_side = in_mine ? mine_ : theirs_;
        const auto kept = item_fields(kept_side, section, item);
        if (kept == item_fields(base_, section, item)) {
            ++(in_mine ? result_.from_theirs : result_.from_mine);
            return;
        }
        out_.insert(kept.begin(), kept.end());
        ++(in_mine ? result_.from_mine : result_.from_theirs);
        const char* why = in_mine ? "removed in THEIRS, changed in MINE; kept" : "removed in MINE, changed in THEIRS; kept";
        result_.conflicts.push_back({describe(exists) + ": " + why, Value{"present"},
                                     Value{in_mine ? "changed" : "removed"}, Value{in_mine ? "removed" : "changed"}});
    }

    const Fields& base_;
    const Fields& mine_;
    const Fields& theirs_;
    MergeResult& result_;
    Fields out_;
};

// Votes need their participant and flows their systems: an item removed on
// one side while the other still refers to it is put back, and reported.
void restore_referenced(Fields& merged, Merger& merger) {
    std::set<std::string> voters, systems;
    for (const auto& [key, value] : merged) {
        if (key.section == Section::Vote) voters.insert(key.field);
        if (key.section == Section::Flow && (key.field == "from" || key.field == "to")) systems.insert(value);
    }
    for (const auto& id : voters)
        if (!merged.count({Section::Participant, id, ""}))
            merger.restore(merged, Section::Participant, id, "removed, but votes of this participant remain; kept");
    for (const auto& id : systems)
        if (!merged.count({Section::System, id, ""}))
            merger.restore(merged, Section::System, id, "removed, but flows still use this system; kept");
}

// MINE's order first, then what THEIRS added, then what only BASE had.
detail::ItemOrder merged_order(const Assessment& base, const Assessment& mine, const Assessment& theirs) {
    detail::ItemOrder order = detail::item_order(mine);
    const auto append = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
        const std::set<std::string> have(to.begin(), to.end());
        for (const auto& id : from)
            if (!have.count(id)) to.push_back(id);
    };
    for (const auto* side : {&theirs, &base}) {
        const auto other = detail::item_order(*side);
        append(order.participants, other.participants);
        append(order.systems, other.systems);
        append(order.flows, other.flows);
        append(order.documents, other.documents);
    }
    return order;
}

}  // namespace

MergeResult merge_assessments(const Assessment& base, const Assessment& mine, const Assessment& theirs) {
    MergeResult result;
    if (mine.framework_ref().sha256 != theirs.framework_ref().sha256) {
        result.refusal = "MINE was made with " + mine.framework_ref().id + " " + mine.framework_ref().version +
                         " and THEIRS with " + theirs.framework_ref().id + " " + theirs.framework_ref().version +
                         " (different framework files): bring both to the same framework first";
        return result;
    }
    const Fields base_fields = detail::flatten(base);
    const Fields mine_fields = detail::flatten(mine);
    const Fields theirs_fields = detail::flatten(theirs);
    Merger merger(base_fields, mine_fields, theirs_fields, result);
    Fields merged = merger.run();
    restore_referenced(merged, merger);
    result.merged = detail::unflatten(merged, mine.framework_ptr(), merged_order(base, mine, theirs));
    return result;
}

}  // namespace socle::assessment
