#include "ui/desktop/workshop/rating_guide.h"

#include <vector>

#include <wx/arrstr.h>

#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

wxString joined(const std::vector<std::string>& names) {
    wxString text;
    for (const auto& name : names) text << (text.empty() ? "" : ", ") << to_wx(name);
    return text;
}

// The mapping's line without its rationale.
wxString mapping_line(const frameworks::Framework& framework, const frameworks::SourceMapping& mapping) {
    const auto* source = framework.find_source(mapping.source_id);
    // The loader checks every mapping's source; the id stands in if one slips through.
    wxString line = source ? to_wx(source->title) : to_wx(mapping.source_id);
    if (!mapping.ref.empty()) line << ", " << to_wx(mapping.ref);
    line << " (" << relation_label(mapping.relation) << ")";
    return line;
}

}  // namespace

wxString rating_rule_text(const frameworks::Framework& framework, const frameworks::Indicator& indicator,
                          const std::string& lang) {
    const std::string& own = framework.text(indicator.rule, lang);
    return to_wx(own.empty() ? framework.text(framework.rating_rule, lang) : own);
}

bool core_lists_missing(const frameworks::Indicator& indicator, const assessment::CoreNames& core) {
    return (indicator.core.schemes && core.schemes.empty()) || (indicator.core.systems && core.systems.empty());
}

wxString core_lists_text(const frameworks::Indicator& indicator, const assessment::CoreNames& core) {
    wxArrayString parts;
    if (indicator.core.schemes)
        parts.Add(core.schemes.empty() ? wxString(_("core schemes: none listed yet"))
                                       : wxString::Format(_("core schemes: %s"), joined(core.schemes)));
    if (indicator.core.systems)
        parts.Add(core.systems.empty() ? wxString(_("core systems: none listed yet"))
                                       : wxString::Format(_("core systems: %s"), joined(core.systems)));
    if (parts.empty()) return {};
    wxString text = _("Rated against the team's") + " ";
    for (std::size_t i = 0; i < parts.size(); ++i) text << (i == 0 ? "" : "; ") << parts[i];
    if (core_lists_missing(indicator, core)) text << ". " << _("List them on the Set-up page.");
    return text;
}

wxString mappings_text(const frameworks::Framework& framework, const frameworks::Indicator& indicator) {
    wxString text;
    for (const auto& mapping : indicator.mappings)
        text << (text.empty() ? "" : "\n") << wxString::FromUTF8("• ") << mapping_line(framework, mapping);
    return text;
}

wxString mappings_rationale(const frameworks::Framework& framework, const frameworks::Indicator& indicator,
                            const std::string& lang) {
    wxString text;
    for (const auto& mapping : indicator.mappings) {
        text << (text.empty() ? "" : "\n\n") << mapping_line(framework, mapping);
        const std::string& why = framework.text(mapping.why, lang);
        if (!why.empty()) text << "\n" << to_wx(why);
    }
    return text;
}

wxString relation_label(frameworks::MappingRelation relation) {
    switch (relation) {
        case frameworks::MappingRelation::Equal: return _("same scope");
        case frameworks::MappingRelation::Subset: return _("narrower: covers part of it");
        case frameworks::MappingRelation::Superset: return _("wider: covers more than it");
        case frameworks::MappingRelation::Intersect: return _("overlaps");
    }
    return {};
}

}  // namespace socle::desktop
