#include "ui/desktop/dashboard/explanation_dialog.h"

#include <algorithm>

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "scoring/score_explanation.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/widgets/close_button.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

using scoring::Explanation;
using scoring::IndicatorStatus;

wxString number(double value) { return theme::format_level(value); }

wxString status_word(const scoring::ExplanationTerm& term) {
    switch (term.status) {
        case IndicatorStatus::Rated: return _("rated");
        case IndicatorStatus::NotApplicable: return _("not applicable");
        case IndicatorStatus::Unknown: return _("unknown");
        case IndicatorStatus::NotRelevant: return _("not relevant");
        case IndicatorStatus::Unanswered: return _("unanswered");
    }
    return {};
}

wxString level_cell(const scoring::ExplanationTerm& term) {
    if (!term.level) return wxString::FromUTF8("–");
    if (term.source == scoring::LevelSource::Agreed) return wxString::Format(_("%s (agreed)"), number(*term.level));
    if (term.source == scoring::LevelSource::Median) return wxString::Format(_("%s (median)"), number(*term.level));
    return number(*term.level);
}

wxString why_left_out(const scoring::ExplanationTerm& term, bool overall) {
    if (term.counted) return _("counted");
    if (overall) return _("left out: no level yet");
    switch (term.status) {
        case IndicatorStatus::NotApplicable: return _("left out (not applicable is never level 1)");
        case IndicatorStatus::Unknown: return _("left out; lowers completeness");
        case IndicatorStatus::Unanswered: return _("left out; lowers completeness");
        case IndicatorStatus::NotRelevant: return _("left out (switched off by the profile)");
        case IndicatorStatus::Rated: break;
    }
    return {};
}

// The calculation in words, one line per figure.
wxString formula_text(const Explanation& e, bool overall) {
    wxString out;
    if (!e.level) {
        out << (overall ? _("No domain has a level yet, so there is no overall level (shown as not rated, never as zero).")
                        : _("No indicator of this domain is rated yet, so it has no level (shown as not rated, never as zero)."));
    } else {
        out << wxString::Format(overall ? _("Level = sum of (domain weight x domain level) / sum of domain weights = %s / %s = %s")
                                        : _("Level = sum of (weight x level) / sum of weights = %s / %s = %s"),
                                number(e.sum_weighted), number(e.sum_weights), number(*e.level))
            << "\n";
        out << wxString::Format(_("Stage = the level rounded down = %d (a level is never rounded up)"), *e.stage) << "\n";
        out << wxString::Format(_("Index = 100 x (level - 1) / (levels - 1) = 100 x (%s - 1) / (%d - 1) = %s"),
                                number(*e.level), e.levels, number(*e.index));
        if (!overall && e.target_level) {
            out << "\n"
                << wxString::Format(_("Target level = sum of (weight x target) / sum of weights = %s / %s = %s"),
                                    number(e.sum_weighted_target), number(e.sum_weights), number(*e.target_level));
        }
        if (!overall && e.weakest) {
            out << "\n"
                << wxString::Format(_("Weakest = the lowest rated level = %d (%s, the first such indicator in framework order)"),
                                    *e.weakest, to_wx(e.weakest_id));
        }
    }
    out << "\n";
    if (e.completeness) {
        out << wxString::Format(_("Completeness = rated / applicable = %d / %d = %s (unknown and unanswered indicators count as not yet rated)"),
                                e.rated, e.applicable, theme::format_percent(e.completeness));
    } else {
        out << _("Completeness: no indicator applies, so there is none.");
    }
    return out;
}

wxListCtrl* make_terms_list(wxWindow* parent, const Document& document, const Explanation& e, bool overall) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(ExplanationDialog::kTermsName);
    list->SetFont(theme::font(parent, 1.05));
    const auto& framework = document.framework();
    const auto& lang = document.language();
    list->AppendColumn(overall ? _("Domain") : _("Indicator"));
    if (!overall) list->AppendColumn(_("Question"));
    list->AppendColumn(overall ? _("Domain level") : _("Level"));
    list->AppendColumn(_("Weight"));
    list->AppendColumn(_("Weight x level"));
    list->AppendColumn(_("In the mean"));
    if (!overall) list->AppendColumn(_("Target"));
    long row = 0;
    for (const auto& term : e.terms) {
        int column = 0;
        if (overall) {
            const auto* domain = framework.find_domain(term.id);
            list->InsertItem(row, to_wx(term.id) + "  " + (domain ? to_wx(framework.text(domain->name, lang)) : wxString()));
        } else {
            list->InsertItem(row, to_wx(term.id));
            const auto* indicator = framework.find_indicator(term.id);
            list->SetItem(row, ++column, indicator ? short_text(framework.text(indicator->question, lang), 60) : wxString());
        }
        list->SetItem(row, ++column, overall ? (term.level ? number(*term.level) : wxString(_("not rated")))
                                             : (term.counted ? level_cell(term) : status_word(term)));
        list->SetItem(row, ++column, number(term.weight));
        list->SetItem(row, ++column, term.weighted ? number(*term.weighted) : wxString::FromUTF8("–"));
        list->SetItem(row, ++column, why_left_out(term, overall));
        if (!overall) list->SetItem(row, ++column, wxString::Format("%d", term.target));
        if (!term.counted) list->SetItemTextColour(row, theme::muted_text());
        ++row;
    }
    for (int c = 0; c < list->GetColumnCount(); ++c) list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    if (!overall) list->SetColumnWidth(1, std::min(list->GetColumnWidth(1), list->FromDIP(340)));
    // Wide enough for every column: no figure hides behind a scroll bar.
    int total = list->FromDIP(24);
    for (int c = 0; c < list->GetColumnCount(); ++c) total += list->GetColumnWidth(c);
    list->SetMinSize(wxSize(std::max(total, list->FromDIP(640)), list->FromDIP(220)));
    return list;
}

}  // namespace

ExplanationDialog::ExplanationDialog(wxWindow* parent, const Document& document, const std::string& domain_id)
    : wxDialog(parent, wxID_ANY, _("How is this computed?"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const auto& scores = document.scores();
    const bool overall = domain_id.empty();
    const auto found = overall ? std::optional<Explanation>(scoring::explain_overall(scores))
                               : scoring::explain_domain(scores, domain_id);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(12);

    wxString heading;
    if (overall) {
        heading = _("How the overall figures are computed");
    } else {
        const auto* domain = document.framework().find_domain(domain_id);
        heading = wxString::Format(_("How the figures of %s are computed"),
                                   domain ? to_wx(document.framework().text(domain->name, document.language()))
                                          : to_wx(domain_id));
    }
    auto* title = new wxStaticText(this, wxID_ANY, heading);
    title->SetFont(theme::font(this, 1.35, true));
    sizer->Add(title, 0, wxALL, border);

    auto* intro = new wxStaticText(
        this, wxID_ANY,
        overall ? _("The overall level is the mean of the domain levels, each counted with the domain's weight in the framework. "
                    "Domains with no rated indicator have no level and are left out.")
                : _("Only rated indicators enter the domain level, each with its weight from the framework. An indicator's level "
                    "is the agreed level when the room recorded one, otherwise the median of the votes (the lower middle value "
                    "for an even count). Not applicable, unknown and unanswered indicators are left out of the mean."));
    intro->SetFont(theme::font(this, 1.05));
    intro->Wrap(FromDIP(820));
    sizer->Add(intro, 0, wxLEFT | wxRIGHT | wxBOTTOM, border);

    if (found) {
        auto* list = make_terms_list(this, document, *found, overall);
        sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, border);
        auto* formula = new wxStaticText(this, wxID_ANY, formula_text(*found, overall));
        formula->SetName(kFormulaName);
        formula->SetFont(theme::font(this, 1.1));
        formula->Wrap(FromDIP(840));
        sizer->Add(formula, 0, wxALL, border);
    }
    auto* note = new wxStaticText(this, wxID_ANY,
                                  _("Levels are shown with two decimals, the index with one and completeness as a whole percent, "
                                    "rounded as in the workbook; the stage is the level rounded down. The workbook's Method "
                                    "sheet describes the whole method."));
    note->SetForegroundColour(theme::muted_text());
    sizer->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, border);
    finish_with_close_button(*this, sizer, border);
}

}  // namespace socle::desktop
