#pragma once
// The findings panel of the system map page: the analysis as a tree
// (order, cycles, hubs, single points of failure, silos, interoperability,
// flows without agreement), each item carrying what it talks about, and the
// plain-language description of a selected system.
#include <string>
#include <vector>

#include <wx/string.h>
#include <wx/treebase.h>

#include "assessment/system_map.h"
#include "scoring/system_analysis.h"
#include "ui/desktop/systems/system_map_render.h"

class wxTreeCtrl;

namespace socle::desktop {

// What selecting a findings item shows: one system (with its upstream and
// downstream), or a highlight of several systems and flows; and the item's
// whole text (the tree shows it wrapped to its width).
class FindingItem : public wxTreeItemData {
public:
    FindingItem(std::string system_id, MapHighlight shown) : system(std::move(system_id)), highlight(std::move(shown)) {}
    std::string system;
    MapHighlight highlight;
    wxString label;
};

// The tree needs wxTR_HAS_VARIABLE_ROW_HEIGHT for wrapped items.
void fill_findings_tree(wxTreeCtrl* tree, const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                        const std::vector<std::string>& hubs);

// Breaks each item's text into lines that fit the tree's width (a finding
// is never cut at 1024x768), and again whenever the tree is resized.
void wrap_findings(wxTreeCtrl* tree);
void keep_findings_wrapped(wxTreeCtrl* tree);
// An item's whole text, unwrapped.
wxString finding_label(wxTreeCtrl* tree, wxTreeItemId item);

// "Social registry (pilot) · depends on 3 systems: ... · an outage would
// reach 4: ..." and whether it is a hub or a single point of failure.
wxString describe_system(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                         const std::string& system_id, const std::vector<std::string>& hubs);

// The system's name, else its id.
wxString system_name(const assessment::SystemMap& map, const std::string& system_id);

}  // namespace socle::desktop
