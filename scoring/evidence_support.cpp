#include "scoring/evidence_support.h"

namespace socle::scoring {

Support support_of(const IndicatorScore& indicator) {
    if (indicator.status != IndicatorStatus::Rated || indicator.source != LevelSource::Agreed) return Support::None;
    return indicator.evidence_documents > 0 ? Support::Documented : Support::Stated;
}

std::string_view support_key(Support support) {
    switch (support) {
        case Support::Documented: return "documented";
        case Support::Stated: return "stated";
        case Support::None: break;
    }
    return "";
}

}  // namespace socle::scoring
