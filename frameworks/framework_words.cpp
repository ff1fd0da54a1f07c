#include "frameworks/framework_words.h"

#include "common/i18n.h"

namespace socle::frameworks {

const LocalizedText& rating_rule_for(const Framework& framework, const Indicator& indicator) {
    return indicator.rule.empty() ? framework.rating_rule : indicator.rule;
}

std::string_view mapping_relation_label(MappingRelation relation) {
    switch (relation) {
        case MappingRelation::Equal: return N_("equal");
        case MappingRelation::Subset: return N_("subset");
        case MappingRelation::Superset: return N_("superset");
        case MappingRelation::Intersect: return N_("intersect");
    }
    return N_("intersect");
}

std::string_view crosswalk_kind_label(CrosswalkKind kind) {
    switch (kind) {
        case CrosswalkKind::Kept: return N_("kept");
        case CrosswalkKind::Revised: return N_("revised");
        case CrosswalkKind::Split: return N_("split");
        case CrosswalkKind::Merged: return N_("merged");
        case CrosswalkKind::Retired: return N_("retired");
        case CrosswalkKind::New: return N_("new");
    }
    return N_("kept");
}

}  // namespace socle::frameworks
