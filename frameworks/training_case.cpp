#include "frameworks/training_case.h"

#include <algorithm>

namespace socle::frameworks {

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}
}  // namespace

const TrainingInstitution* TrainingCase::find_institution(const std::string& institution_id) const {
    return find_by_id(institutions, institution_id);
}

const TrainingIndicator* TrainingCase::find_indicator(const std::string& indicator_id) const {
    return find_by_id(indicators, indicator_id);
}

}  // namespace socle::frameworks
