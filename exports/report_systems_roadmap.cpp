// The system map's findings and the roadmap by phase.
//
// The map is given as findings (tables and lists), not as a drawing: a
// drawing of native shapes and connectors would need the desktop's layout
// in the core and stops being readable past a few dozen systems (national
// maps hold hundreds), while an image would not be editable. The report
// says where to get the picture (the desktop's map view exports PNG and
// SVG; `socle-cli systems --dot` gives Graphviz).
#include <algorithm>
#include <cmath>
#include <string_view>

#include "common/i18n.h"
#include "exports/detail/report_context.h"
#include "scoring/roadmap_text.h"

namespace socle::exports::detail {

namespace {

constexpr std::size_t kNamesPerCell = 25;  // a layer of 400 systems is named by its first few
constexpr std::size_t kFindings = 15;      // single points of failure listed

std::string names(const ReportContext& ctx, const std::vector<std::string>& ids, std::size_t limit = kNamesPerCell) {
    std::string text;
    for (std::size_t i = 0; i < ids.size() && i < limit; ++i) text += (i ? ", " : "") + ctx.system_name(ids[i]);
    if (ids.size() > limit)
        text += " " + ctx.fill(N_("and {count} more"), {{"count", std::to_string(ids.size() - limit)}});
    return text;
}

// A reach: its first names (kept by the analysis) and how many more there are.
std::string names(const ReportContext& ctx, const scoring::Reach& reach, std::size_t limit) {
    std::string text;
    for (std::size_t i = 0; i < reach.first.size() && i < limit; ++i) text += (i ? ", " : "") + ctx.system_name(reach.first[i]);
    const std::size_t shown = std::min({reach.first.size(), limit, reach.count});
    if (reach.count > shown)
        text += " " + ctx.fill(N_("and {count} more"), {{"count", std::to_string(reach.count - shown)}});
    return text;
}

// Characters (code points) in the longest word of `text`: a column narrower
// than that breaks the word in the middle ("Responsab|le").
std::size_t longest_word(std::string_view text) {
    std::size_t longest = 0, current = 0;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '/' || c == '-' || c == ',') current = 0;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) longest = std::max(longest, ++current);
    }
    return longest;
}

// The roadmap table's column shares (percent of the text width: Step,
// Action, Owner, Effort, Prerequisites). Owner, Effort and Prerequisites get
// at least the width of their longest word, header included, in the
// table's 9.5 pt text (0.65 em a character is generous for Cyrillic in a
// sans font, plus the cell's margins; one more for a bold header); Action,
// the long text, takes what is left.
std::vector<int> roadmap_widths(const std::vector<std::string>& owners, const std::string& owner_header,
                                const std::string& effort_header, const std::string& prerequisites_header) {
    constexpr double kTextWidthPt = 481.9;  // A4 less two 2 cm margins (docx_document.cpp)
    auto share_for = [&](std::size_t characters) {
        const double points = static_cast<double>(characters) * 0.65 * 9.5 + 12;
        return static_cast<int>(std::ceil(points / kTextWidthPt * 100));
    };
    std::size_t owner_word = longest_word(owner_header);
    for (const auto& owner : owners) owner_word = std::max(owner_word, longest_word(owner));
    const int owner = std::clamp(share_for(owner_word), 20, 30);
    const int effort = std::clamp(share_for(longest_word(effort_header) + 1), 8, 20);
    // At least "D10.6 -> 3" on one line.
    const int prerequisites = std::clamp(share_for(longest_word(prerequisites_header) + 1), 16, 22);
    // "D10.6 2 -> 3" wraps after the arrow here; wider would take from Action.
    const int step = 12;
    return {step, 100 - step - owner - effort - prerequisites, owner, effort, prerequisites};
}

}  // namespace

void write_system_map(ReportContext& ctx) {
    auto& doc = ctx.doc;
    const auto& map = ctx.assessment.systems;
    const auto& analysis = ctx.figures.analysis;
    doc.heading(1, ctx.tr(N_("System map")));
    if (map.systems.empty()) {
        doc.paragraph(ctx.tr(N_("No system map was recorded in this assessment.")));
        return;
    }
    doc.paragraph(ctx.fill(N_("{systems} systems and {flows} data flows were mapped."),
                           {{"systems", std::to_string(map.systems.size())}, {"flows", std::to_string(map.flows.size())}}));
    doc.paragraph(ctx.tr(N_("The map itself is not drawn here: export it as a picture from the desktop's system map "
                            "page (PNG or SVG) and insert it if the readers need it. The findings below are what "
                            "the picture shows.")),
                  "Note");
    if (analysis.interoperability_index)
        doc.paragraph(ctx.fill(N_("Interoperability index: {index} out of 100; {count} flows have no data-sharing agreement."),
                               {{"index", ctx.number(*analysis.interoperability_index, 0)},
                                {"count", std::to_string(analysis.flows_without_agreement.size())}}));

    doc.heading(2, ctx.tr(N_("Order of modernisation")));
    doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Systems by layer: each layer depends only on the layers before it")));
    doc.begin_table({ctx.tr(N_("Layer")), ctx.tr(N_("Systems"))}, {8, 92});
    for (std::size_t i = 0; i < analysis.order.size(); ++i) doc.row({std::to_string(i + 1), names(ctx, analysis.order[i])});
    doc.end_table();

    doc.heading(2, ctx.tr(N_("Single points of failure")));
    if (analysis.articulation_points.empty() && analysis.bridges.empty())
        doc.paragraph(ctx.tr(N_("No single system or link splits the map.")));
    for (std::size_t i = 0; i < analysis.articulation_points.size() && i < kFindings; ++i) {
        const auto* findings = analysis.find(analysis.articulation_points[i]);
        const std::string stops = findings && !findings->downstream.empty() ? names(ctx, findings->downstream, 10)
                                                                            : ctx.tr(N_("no other system"));
        doc.bullet(ctx.fill(N_("{system}: its loss splits the map; an outage stops {stops}."),
                            {{"system", ctx.system_name(analysis.articulation_points[i])}, {"stops", stops}}));
    }
    for (std::size_t i = 0; i < analysis.bridges.size() && i < kFindings; ++i)
        doc.bullet(ctx.fill(N_("The link {from} - {to} is the only connection between two parts of the map."),
                            {{"from", ctx.system_name(analysis.bridges[i].first)},
                             {"to", ctx.system_name(analysis.bridges[i].second)}}));

    doc.heading(2, ctx.tr(N_("Cycles")));
    if (analysis.cycles.empty()) doc.paragraph(ctx.tr(N_("No system depends on itself through others.")));
    for (const auto& cycle : analysis.cycles)
        doc.bullet(ctx.fill(N_("These systems depend on each other and must be modernised together: {systems}."),
                            {{"systems", names(ctx, cycle)}}));

    doc.heading(2, ctx.tr(N_("What an outage stops")));
    doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Systems whose outage reaches the most others")));
    std::vector<const scoring::SystemFindings*> reach;
    for (const auto& findings : analysis.systems)
        if (!findings.downstream.empty()) reach.push_back(&findings);
    std::stable_sort(reach.begin(), reach.end(), [](auto* a, auto* b) { return a->downstream.count > b->downstream.count; });
    doc.begin_table({ctx.tr(N_("System")), ctx.tr(N_("Systems reached")), ctx.tr(N_("Which"))}, {25, 12, 63});
    for (std::size_t i = 0; i < reach.size() && i < 10; ++i)
        doc.row({ctx.system_name(reach[i]->id), std::to_string(reach[i]->downstream.count), names(ctx, reach[i]->downstream, 10)});
    doc.end_table();
}

void write_roadmap(ReportContext& ctx) {
    auto& doc = ctx.doc;
    const auto& plan = ctx.figures.plan;
    doc.heading(1, ctx.tr(N_("Roadmap")));
    if (plan.steps.empty()) {
        doc.paragraph(ctx.tr(N_("The roadmap has no step yet: no rated indicator is below its target.")));
        return;
    }
    std::vector<std::string> owners;
    for (const auto& step : plan.steps) owners.push_back(step.owner);
    const auto widths =
        roadmap_widths(owners, ctx.tr(N_("Owner")), ctx.tr(N_("Effort")), ctx.tr(N_("Prerequisites")));
    auto phase_table = [&](const std::string& title, const std::string& phase_id) {
        std::vector<const scoring::RoadmapStep*> steps;
        for (const auto& step : plan.steps)
            if (step.phase == phase_id) steps.push_back(&step);
        if (steps.empty()) return;
        doc.heading(2, title);
        doc.caption(ctx.tr(N_("Table")), "Table", title);
        doc.begin_table({ctx.tr(N_("Step")), ctx.tr(N_("Action")), ctx.tr(N_("Owner")), ctx.tr(N_("Effort")),
                         ctx.tr(N_("Prerequisites"))},
                        widths);
        for (const auto* step : steps) {
            std::string after;
            for (const auto& id : step->after) after += (after.empty() ? "" : ", ") + scoring::step_label(id);
            std::string action = ctx.step_action(step->indicator_id, step->from);
            if (const auto cases = step_cases_text(ctx, step->id); !cases.empty()) action += "\n" + cases;
            doc.row({step->indicator_id + " " + std::to_string(step->from) + " \u2192 " + std::to_string(step->to), action,
                     step->owner,
                     std::string(frameworks::effort_key(step->effort)), after});
        }
        doc.end_table();
    };
    for (const auto& phase : plan.phases)
        // A default name ("0-6 months") is in the catalogs; a team's own name passes as it is.
        phase_table(ctx.fill(N_("Phase {id}: {name}"), {{"id", phase.settings.id}, {"name", ctx.tr(phase.settings.name)}}),
                    phase.settings.id);
    phase_table(ctx.tr(N_("Beyond horizon")), "");
    doc.paragraph(ctx.tr(N_("Effort: S small, M medium, L large. A step waits for the steps listed as its "
                            "prerequisites.")),
                  "Note");
}

}  // namespace socle::exports::detail
