#include "exports/dot_export.h"

#include <set>

#include "common/i18n.h"
#include "common/text.h"

namespace socle::exports {

namespace {

using assessment::FlowMechanism;

struct EdgeStyle {
    std::string_view style;
    std::string_view colour;
    double width;
};

EdgeStyle edge_style(FlowMechanism mechanism) {
    switch (mechanism) {
        case FlowMechanism::Manual: return {"dotted", "#a93226", 1.4};
        case FlowMechanism::File: return {"dashed", "#b9770e", 1.4};
        case FlowMechanism::Database: return {"solid", "#6e6e6e", 1.4};
        case FlowMechanism::Api: return {"solid", "#2471a3", 1.8};
        case FlowMechanism::StandardApi: return {"solid", "#1e8449", 3.0};
    }
    return {"solid", "#000000", 1};
}

// A DOT double-quoted string: quotes and backslashes escaped, line breaks
// as \n (centred lines).
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out.push_back('\\');
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r') continue;
        out.push_back(c);
    }
    return out + "\"";
}

// Text inside an HTML-like label.
std::string html(std::string_view text) { return common::escape_markup(text); }

std::string number(double value) {
    const int tenths = static_cast<int>(value * 10 + 0.5);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

class DotWriter {
public:
    DotWriter(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis, const DotOptions& options)
        : map_(map), analysis_(analysis), options_(options) {}

    std::string write() {
        out_ += "digraph system_map {\n";
        out_ += "  graph [rankdir=LR, newrank=true, nodesep=0.35, ranksep=0.9, fontname=\"DejaVu Sans\", fontsize=10";
        write_label();
        out_ += "];\n";
        out_ += "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=11, color=\"#404040\"];\n";
        out_ += "  edge [fontname=\"DejaVu Sans\", fontsize=9, arrowsize=0.8];\n";
        for (std::size_t i = 0; i < map_.systems.size(); ++i) write_system(i);
        for (std::size_t layer = 0; layer < analysis_.order.size(); ++layer) {
            out_ += "  { rank=same;";
            for (const auto& id : analysis_.order[layer]) out_ += " " + quoted(id) + ";";
            out_ += " }\n";
        }
        for (const auto& flow : map_.flows) write_flow(flow);
        out_ += "}\n";
        return out_;
    }

private:
    std::string tr(std::string_view english) const {
        return options_.translate ? options_.translate(english) : std::string(english);
    }

    void write_system(std::size_t index) {
        const auto& system = map_.systems[index];
        const auto& found = analysis_.systems[index];
        std::string style = "rounded,filled";
        if (found.silo) style += ",dashed";
        out_ += "  " + quoted(system.id) + " [label=" + quoted(system.name + "\n(" + system.id + ")");
        out_ += ", fillcolor=\"" + frameworks::category_fill(system.category).hex() + "\", color=\"" +
                frameworks::category_colour(system.category).hex() + "\", style=\"" + style + "\"";
        if (found.articulation_point) out_ += ", peripheries=2, penwidth=1.6";
        out_ += ", tooltip=" + quoted(tr(frameworks::category_label(system.category)) +
                                     (system.owner.empty() ? "" : "\n" + system.owner));
        out_ += "];\n";
    }

    void write_flow(const assessment::DataFlow& flow) {
        if (!map_.find(flow.from) || !map_.find(flow.to)) return;
        const auto style = edge_style(flow.mechanism);
        out_ += "  " + quoted(flow.from) + " -> " + quoted(flow.to) + " [style=" + std::string(style.style) +
                ", color=\"" + std::string(style.colour) + "\", penwidth=" + number(style.width);
        if (!flow.agreement) out_ += ", arrowhead=empty";
        std::string tip = tr(assessment::mechanism_label(flow.mechanism));
        if (!flow.data.empty()) tip = flow.data + "\n" + tip;
        if (!flow.agreement) tip += "\n" + tr(N_("No legal data-sharing agreement"));
        out_ += ", tooltip=" + quoted(tip) + "];\n";
    }

    // The title and a compact legend form the graph's label above the map,
    // so the legend takes no rank of its own.
    void write_label() {
        std::set<frameworks::SystemCategory> used;
        for (const auto& system : map_.systems) used.insert(system.category);
        std::string rows;
        if (!options_.title.empty())
            rows += "<tr><td colspan=\"12\"><font point-size=\"16\"><b>" + html(options_.title) + "</b></font></td></tr>";
        std::string cells;
        int count = 0;
        for (auto category : used) {
            cells += "<td bgcolor=\"" + frameworks::category_fill(category).hex() + "\" border=\"1\" width=\"14\"></td>" +
                     "<td align=\"left\">" + html(tr(frameworks::category_label(category))) + "</td>";
            if (++count % 6 == 0) {
                rows += "<tr>" + cells + "</tr>";
                cells.clear();
            }
        }
        if (!cells.empty()) rows += "<tr>" + cells + "</tr>";
        struct Line {
            FlowMechanism mechanism;
            std::string_view how;
        };
        const Line lines[] = {{FlowMechanism::Manual, N_("dotted red")},     {FlowMechanism::File, N_("dashed orange")},
                              {FlowMechanism::Database, N_("grey")},         {FlowMechanism::Api, N_("blue")},
                              {FlowMechanism::StandardApi, N_("thick green")}};
        std::string styles;
        for (const auto& line : lines)
            styles += (styles.empty() ? "" : " &#183; ") + std::string("<font color=\"") +
                      std::string(edge_style(line.mechanism).colour) + "\">" + html(tr(line.how)) + "</font>: " +
                      html(tr(assessment::mechanism_label(line.mechanism)));
        rows += "<tr><td colspan=\"12\">" + styles + "</td></tr>";
        rows += "<tr><td colspan=\"12\">" + html(tr(N_("A -> B: B depends on data from A"))) + " &#183; " +
                html(tr(N_("hollow arrow: no legal agreement"))) + " &#183; " +
                html(tr(N_("double border: single point of failure"))) + " &#183; " +
                html(tr(N_("dashed border: no flows (silo)"))) + "</td></tr>";
        out_ += ", labelloc=t, label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"3\">" + rows + "</table>>";
    }

    const assessment::SystemMap& map_;
    const scoring::SystemMapAnalysis& analysis_;
    const DotOptions& options_;
    std::string out_;
};

}  // namespace

std::string system_map_dot(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                           const DotOptions& options) {
    return DotWriter(map, analysis, options).write();
}

}  // namespace socle::exports
