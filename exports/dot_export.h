#pragma once
// The system map as Graphviz DOT, for `dot -Tsvg` or `dot -Tpng`: systems
// are boxes coloured by category, laid out left to right in the layers of
// the modernisation order (each layer one rank); flows are styled by
// mechanism (dotted manual, dashed file, solid database link, blue API,
// thick green standards-based API), and a hollow arrowhead marks a flow no
// legal agreement covers. Single points of failure get a double border,
// silos a dashed one. A legend lists the categories used and the styles.
#include <functional>
#include <string>
#include <string_view>

#include "assessment/system_map.h"
#include "scoring/system_analysis.h"

namespace socle::exports {

struct DotOptions {
    std::string title;  // graph label; none when empty
    // Translates the English labels (categories, mechanisms, legend);
    // identity when empty. The front-end passes its gettext lookup.
    std::function<std::string(std::string_view)> translate;
};

// `analysis` must be analyse_system_map(map).
std::string system_map_dot(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                           const DotOptions& options = {});


}  // namespace socle::exports
