#include "ui/desktop/systems/system_findings.h"

#include <algorithm>
#include <cmath>

#include <functional>

#include <wx/dcclient.h>
#include <wx/intl.h>
#include <wx/treectrl.h>

#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/text_layout.h"

namespace socle::desktop {

namespace {

wxString names(const assessment::SystemMap& map, const std::vector<std::string>& ids, const wxString& separator) {
    wxString text;
    for (const auto& id : ids) {
        if (!text.empty()) text += separator;
        text += system_name(map, id);
    }
    return text;
}

// The first names of a reach, and how many more there are.
wxString reach_names(const assessment::SystemMap& map, const scoring::Reach& reach) {
    wxString text = names(map, reach.first, ", ");
    if (reach.count > reach.first.size())
        text += ", " + wxString::Format(_("and %d more"), static_cast<int>(reach.count - reach.first.size()));
    return text;
}

MapHighlight systems_highlight(const std::vector<std::string>& ids) {
    MapHighlight highlight;
    highlight.systems.insert(ids.begin(), ids.end());
    return highlight;
}

wxString flow_text(const assessment::SystemMap& map, const assessment::DataFlow& flow) {
    wxString text = system_name(map, flow.from) + wxString::FromUTF8(" → ") + system_name(map, flow.to);
    if (!flow.data.empty()) text += ": " + to_wx(flow.data);
    return text;
}

FindingItem* labelled(FindingItem* item, const wxString& label) {
    item->label = label;
    return item;
}

wxTreeItemId add_group(wxTreeCtrl* tree, const wxString& label, MapHighlight highlight = {}) {
    const auto item =
        tree->AppendItem(tree->GetRootItem(), label, -1, -1, labelled(new FindingItem({}, std::move(highlight)), label));
    tree->SetItemBold(item);
    return item;
}

void add_item(wxTreeCtrl* tree, wxTreeItemId group, const wxString& label, std::string system, MapHighlight highlight) {
    tree->AppendItem(group, label, -1, -1, labelled(new FindingItem(std::move(system), std::move(highlight)), label));
}

void add_none(wxTreeCtrl* tree, wxTreeItemId group) {
    tree->AppendItem(group, _("None"), -1, -1, labelled(new FindingItem({}, {}), _("None")));
}

// A finding of a very large map (a step or a cycle of 2,000 systems) is
// shown by its first words: every resize wraps every item again, and a list
// of a thousand names is read in the systems list or the CSV, not here.
constexpr std::size_t kLongestShown = 600;

wxString shown_part(const wxString& label) {
    if (label.length() <= kLongestShown) return label;
    auto cut = label.rfind(' ', kLongestShown);
    if (cut == wxString::npos || cut == 0) cut = kLongestShown;
    return label.Left(cut) + wxString::FromUTF8(" …");
}

int depth_of(wxTreeCtrl* tree, wxTreeItemId item) {
    int depth = 0;
    for (auto parent = tree->GetItemParent(item); parent.IsOk() && parent != tree->GetRootItem();
         parent = tree->GetItemParent(parent))
        ++depth;
    return depth;
}

}  // namespace

wxString finding_label(wxTreeCtrl* tree, wxTreeItemId item) {
    if (const auto* data = dynamic_cast<FindingItem*>(tree->GetItemData(item)); data && !data->label.empty())
        return data->label;
    return tree->GetItemText(item);
}

void wrap_findings(wxTreeCtrl* tree) {
    const int client = tree->GetClientSize().x;
    if (client <= 0 || !tree->GetRootItem().IsOk()) return;
    wxClientDC dc(tree);
    const wxFont normal = tree->GetFont();
    const wxFont bold = normal.Bold();
    tree->Freeze();
    std::function<void(wxTreeItemId)> visit = [&](wxTreeItemId parent) {
        wxTreeItemIdValue cookie;
        for (auto item = tree->GetFirstChild(parent, cookie); item.IsOk(); item = tree->GetNextChild(parent, cookie)) {
            // Where the text starts: the tree's own indent per level, the
            // expander's room, and a margin on the right.
            const int start = (depth_of(tree, item) + 1) * static_cast<int>(tree->GetIndent()) + tree->FromDIP(12);
            const double width = std::max(tree->FromDIP(80), client - start - tree->FromDIP(12));
            dc.SetFont(tree->IsBold(item) ? bold : normal);
            wxString wrapped;
            for (const auto& line : wrap_text(dc, shown_part(finding_label(tree, item)), width)) {
                if (!wrapped.empty()) wrapped += "\n";
                wrapped += line;
            }
            if (tree->GetItemText(item) != wrapped) tree->SetItemText(item, wrapped);
            visit(item);
        }
    };
    visit(tree->GetRootItem());
    tree->Thaw();
}

void keep_findings_wrapped(wxTreeCtrl* tree) {
    tree->Bind(wxEVT_SIZE, [tree](wxSizeEvent& event) {
        event.Skip();
        // After the tree has taken its new size (a scroll bar that comes or
        // goes changes the width once more, and wraps once more).
        tree->CallAfter([tree] { wrap_findings(tree); });
    });
}

wxString system_name(const assessment::SystemMap& map, const std::string& system_id) {
    const auto* system = map.find(system_id);
    return to_wx(system && !system->name.empty() ? system->name : system_id);
}

void fill_findings_tree(wxTreeCtrl* tree, const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                        const std::vector<std::string>& hubs) {
    tree->Freeze();
    tree->DeleteAllItems();
    tree->AddRoot("findings");

    auto group = add_group(tree, wxString::Format(wxPLURAL("Order of modernisation (%d step)", "Order of modernisation (%d steps)",
                                                           static_cast<int>(analysis.order.size())),
                                                  static_cast<int>(analysis.order.size())));
    for (std::size_t i = 0; i < analysis.order.size(); ++i)
        add_item(tree, group,
                 wxString::Format(_("Step %d: %s"), static_cast<int>(i + 1), names(map, analysis.order[i], ", ")), {},
                 systems_highlight(analysis.order[i]));
    if (analysis.order.empty()) add_none(tree, group);

    group = add_group(tree, wxString::Format(_("Cycles (%d)"), static_cast<int>(analysis.cycles.size())));
    for (std::size_t i = 0; i < analysis.cycles.size(); ++i) {
        auto highlight = systems_highlight(analysis.cycles[i]);
        for (std::size_t f = 0; f < map.flows.size(); ++f)
            if (highlight.systems.count(map.flows[f].from) && highlight.systems.count(map.flows[f].to))
                highlight.flows.insert(f);
        add_item(tree, group,
                 wxString::Format(_("Cycle %d: %s"), static_cast<int>(i + 1),
                                  names(map, analysis.cycles[i], wxString::FromUTF8(" ⇄ "))),
                 {}, std::move(highlight));
    }
    if (analysis.cycles.empty()) add_none(tree, group);

    group = add_group(tree, _("Hubs (most flows pass through them)"), systems_highlight(hubs));
    for (const auto& hub : analysis.hubs) {
        if (std::find(hubs.begin(), hubs.end(), hub.id) == hubs.end()) continue;
        add_item(tree, group,
                 wxString::Format(_("%s (on %d%% of the routes between other systems)"), system_name(map, hub.id),
                                  static_cast<int>(std::lround(hub.betweenness * 100))), hub.id, {});
    }
    if (hubs.empty()) add_none(tree, group);

    group = add_group(tree, wxString::Format(_("Single points of failure (%d)"),
                                             static_cast<int>(analysis.articulation_points.size() +
                                                              analysis.bridges.size())),
                      systems_highlight(analysis.articulation_points));
    for (const auto& id : analysis.articulation_points)
        add_item(tree, group, wxString::Format(_("System: %s"), system_name(map, id)), id, {});
    for (const auto& [from, to] : analysis.bridges) {
        MapHighlight highlight;
        for (std::size_t f = 0; f < map.flows.size(); ++f) {
            const auto& flow = map.flows[f];
            if ((flow.from == from && flow.to == to) || (flow.from == to && flow.to == from)) highlight.flows.insert(f);
        }
        add_item(tree, group,
                 wxString::Format(_("Link: %s - %s"), system_name(map, from), system_name(map, to)), {},
                 std::move(highlight));
    }
    if (analysis.articulation_points.empty() && analysis.bridges.empty()) add_none(tree, group);

    group = add_group(tree, wxString::Format(_("Silos (%d)"), static_cast<int>(analysis.silos.size())),
                      systems_highlight(analysis.silos));
    for (const auto& id : analysis.silos) add_item(tree, group, system_name(map, id), {}, systems_highlight({id}));
    if (analysis.silos.empty()) add_none(tree, group);

    const wxString index = analysis.interoperability_index
                               ? wxString::Format("%d / 100", static_cast<int>(std::lround(*analysis.interoperability_index)))
                               : wxString::FromUTF8("–");
    group = add_group(tree, wxString::Format(_("Interoperability index: %s"), index));
    for (const auto& share : analysis.by_mechanism) {
        MapHighlight highlight;
        for (std::size_t f = 0; f < map.flows.size(); ++f)
            if (map.flows[f].mechanism == share.mechanism) highlight.flows.insert(f);
        add_item(tree, group,
                 wxString::Format(wxPLURAL("%s: %d flow (%d%%)", "%s: %d flows (%d%%)", static_cast<int>(share.flows)),
                                  translated(assessment::mechanism_label(share.mechanism)),
                                  static_cast<int>(share.flows), static_cast<int>(std::lround(share.share * 100))),
                 {}, std::move(highlight));
    }

    MapHighlight without;
    without.flows.insert(analysis.flows_without_agreement.begin(), analysis.flows_without_agreement.end());
    group = add_group(tree, wxString::Format(_("Flows without agreement (%d)"),
                                             static_cast<int>(analysis.flows_without_agreement.size())),
                      without);
    for (auto flow : analysis.flows_without_agreement) {
        MapHighlight highlight;
        highlight.flows.insert(flow);
        add_item(tree, group, flow_text(map, map.flows[flow]), {}, std::move(highlight));
    }
    if (analysis.flows_without_agreement.empty()) add_none(tree, group);

    wxTreeItemIdValue cookie;
    for (auto item = tree->GetFirstChild(tree->GetRootItem(), cookie); item.IsOk();
         item = tree->GetNextChild(tree->GetRootItem(), cookie))
        tree->Expand(item);
    tree->Thaw();
    wrap_findings(tree);
}

wxString describe_system(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                         const std::string& system_id, const std::vector<std::string>& hubs) {
    const auto* system = map.find(system_id);
    const auto* findings = analysis.find(system_id);
    if (!system || !findings) return _("Select a system on the map or in a list to see what it depends on and what its outage would reach.");
    wxString text = system_name(map, system_id) + " (" + translated(frameworks::category_label(system->category)) +
                    ", " + translated(assessment::status_label(system->status)) + ")";
    if (!system->owner.empty()) text += "\n" + wxString::Format(_("Owner: %s"), to_wx(system->owner));
    text += "\n" + wxString::Format(_("Modernisation step %d."), static_cast<int>(findings->layer + 1));
    text += "\n" + (findings->upstream.empty()
                        ? _("Depends on no other system.")
                        : wxString::Format(_("Depends on %d: %s."), static_cast<int>(findings->upstream.count),
                                           reach_names(map, findings->upstream)));
    text += "\n" + (findings->downstream.empty()
                        ? _("An outage would affect no other system.")
                        : wxString::Format(_("An outage would reach %d: %s."),
                                           static_cast<int>(findings->downstream.count),
                                           reach_names(map, findings->downstream)));
    if (std::find(hubs.begin(), hubs.end(), system_id) != hubs.end()) text += "\n" + _("A hub: many flows pass through it.");
    if (findings->articulation_point) text += "\n" + _("A single point of failure: losing it splits the map.");
    if (findings->cycle) text += "\n" + _("Part of a cycle: it and the others of the cycle depend on each other.");
    if (findings->silo) text += "\n" + _("A silo: no data flows in or out.");
    return text;
}

}  // namespace socle::desktop
