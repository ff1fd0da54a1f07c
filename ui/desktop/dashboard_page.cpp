#include "ui/desktop/dashboard_page.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/clntdata.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "scoring/score_highlights.h"
#include "ui/desktop/document.h"
#include "ui/desktop/explanation_dialog.h"
#include "ui/desktop/radar_chart.h"
#include "ui/desktop/theme.h"
#include "ui/desktop/ui_text.h"

namespace socle::desktop {

namespace {

constexpr std::size_t kHighlightRows = 5;

wxString short_text(const std::string& utf8, std::size_t max_chars) {
    wxString text = to_wx(utf8);
    if (text.length() <= max_chars) return text;
    text.Truncate(max_chars);
    const auto space = text.find_last_of(' ');
    if (space != wxString::npos && space > max_chars / 2) text.Truncate(space);
    return text + wxString::FromUTF8("…");
}

// A big figure over its caption, for the overall row.
struct Tile {
    wxStaticText* value = nullptr;
    wxStaticText* caption = nullptr;
};

Tile make_tile(wxWindow* parent, wxSizer* row, const wxString& caption, const wxString& name) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    Tile tile;
    tile.value = new wxStaticText(parent, wxID_ANY, wxString::FromUTF8("–"));
    tile.value->SetName(name);
    tile.value->SetFont(theme::font(parent, 2.0, true));
    tile.value->SetForegroundColour(theme::accent());
    tile.caption = new wxStaticText(parent, wxID_ANY, caption);
    tile.caption->SetFont(theme::font(parent, 0.95));
    tile.caption->SetForegroundColour(theme::muted_text());
    box->Add(tile.value, 0);
    box->Add(tile.caption, 0);
    row->Add(box, 0, wxRIGHT, parent->FromDIP(28));
    return tile;
}

wxListCtrl* make_list(wxWindow* parent, const wxString& name, const std::vector<wxString>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    list->SetFont(theme::font(parent, 1.05));
    for (const auto& column : columns) list->AppendColumn(column);
    return list;
}

wxStaticText* make_heading(wxWindow* parent, const wxString& text) {
    auto* heading = new wxStaticText(parent, wxID_ANY, text);
    heading->SetFont(theme::font(parent, 1.2, true));
    heading->SetForegroundColour(theme::text());
    return heading;
}

// Columns as wide as their content, so that the figures stay visible.
void fit_columns(wxListCtrl* list) {
    int total = 0;
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
        total += list->GetColumnWidth(c);
    }
    // The first column takes what is left, or gives way first (the list
    // ellipsises what it cuts).
    const int room = list->GetClientSize().GetWidth() - list->FromDIP(4);
    if (room > 0 && total != room)
        list->SetColumnWidth(0, std::max(list->FromDIP(120), list->GetColumnWidth(0) + room - total));
}

}  // namespace

// Owned by the page through its client object, so it dies with the page.
struct DashboardPage::Parts : public wxClientData {
    wxStaticText* title = nullptr;
    Tile level, stage, index, completeness, disagreements;
    RadarChart* radar = nullptr;
    wxListCtrl* domains = nullptr;
    wxButton* explain_domain = nullptr;
    wxListCtrl* gaps = nullptr;
    wxListCtrl* disputes = nullptr;
    wxStaticText* no_gaps = nullptr;
    wxStaticText* no_disputes = nullptr;
    std::vector<std::string> domain_ids;  // row -> domain id
};

DashboardPage::DashboardPage(wxWindow* parent, Document& document)
    : wxPanel(parent, wxID_ANY), parts_(new Parts), document_(document) {
    SetClientObject(parts_);
    SetName("dashboard");
    SetBackgroundColour(theme::page_background());
    auto& p = *parts_;
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    // The overall figures.
    p.title = make_heading(this, _("Dashboard"));
    p.title->SetFont(theme::font(this, 1.5, true));
    sizer->Add(p.title, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    auto* figures = new wxBoxSizer(wxHORIZONTAL);
    p.level = make_tile(this, figures, _("Overall level"), "dashboard.overall.level");
    p.stage = make_tile(this, figures, _("Stage"), "dashboard.overall.stage");
    p.index = make_tile(this, figures, _("Index (0-100)"), "dashboard.overall.index");
    p.completeness = make_tile(this, figures, _("Completeness"), "dashboard.overall.completeness");
    p.disagreements = make_tile(this, figures, _("Disagreements"), "dashboard.overall.disagreements");
    auto* explain_overall = new wxButton(this, wxID_ANY, _("How is this computed?"));
    explain_overall->SetName("dashboard.explain_overall");
    figures->Add(explain_overall, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(figures, 0, wxALL, gap);

    // The radar beside the domain table.
    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    p.radar = new RadarChart(this);
    p.radar->SetName("dashboard.radar");
    p.radar->SetMinSize(FromDIP(wxSize(360, 300)));
    middle->Add(p.radar, 5, wxEXPAND | wxRIGHT, gap);
    auto* table_column = new wxBoxSizer(wxVERTICAL);
    table_column->Add(make_heading(this, _("Domains")), 0, wxBOTTOM, gap / 2);
    p.domains = make_list(this, "dashboard.domains",
                          {_("Domain"), _("Level"), _("Stage"), _("Index"), _("Weakest"), _("Complete")});
    p.domains->SetMinSize(FromDIP(wxSize(420, 200)));
    table_column->Add(p.domains, 1, wxEXPAND);
    p.explain_domain = new wxButton(this, wxID_ANY, _("How is this domain computed?"));
    p.explain_domain->SetName("dashboard.explain_domain");
    p.explain_domain->Disable();
    table_column->Add(p.explain_domain, 0, wxTOP, gap / 2);
    middle->Add(table_column, 6, wxEXPAND);
    sizer->Add(middle, 5, wxEXPAND | wxLEFT | wxRIGHT, gap);

    // What to talk about first.
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    auto* gaps_column = new wxBoxSizer(wxVERTICAL);
    gaps_column->Add(make_heading(this, _("Largest gaps to target")), 0, wxBOTTOM, gap / 2);
    p.gaps = make_list(this, "dashboard.gaps", {_("Indicator"), _("Current"), _("Target"), _("Gap")});
    p.no_gaps = new wxStaticText(this, wxID_ANY, _("No rated indicator is below its target."));
    gaps_column->Add(p.gaps, 1, wxEXPAND);
    gaps_column->Add(p.no_gaps, 0, wxTOP, gap / 2);
    bottom->Add(gaps_column, 1, wxEXPAND | wxRIGHT, gap);
    auto* disputes_column = new wxBoxSizer(wxVERTICAL);
    disputes_column->Add(make_heading(this, _("Strongest disagreements")), 0, wxBOTTOM, gap / 2);
    p.disputes = make_list(this, "dashboard.disagreements", {_("Indicator"), _("Votes"), _("Spread"), _("Level")});
    p.no_disputes = new wxStaticText(this, wxID_ANY, _("The room agrees on every indicator so far."));
    disputes_column->Add(p.disputes, 1, wxEXPAND);
    disputes_column->Add(p.no_disputes, 0, wxTOP, gap / 2);
    bottom->Add(disputes_column, 1, wxEXPAND);
    sizer->Add(bottom, 3, wxEXPAND | wxALL, gap);
    SetSizer(sizer);

    auto explain = [this](const std::string& domain_id) {
        ExplanationDialog dialog(this, document_, domain_id);
        dialog.ShowModal();
    };
    explain_overall->Bind(wxEVT_BUTTON, [explain](wxCommandEvent&) { explain({}); });
    auto selected_domain = [this]() -> std::string {
        const long row = parts_->domains->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (row < 0 || row >= static_cast<long>(parts_->domain_ids.size())) return {};
        return parts_->domain_ids[static_cast<std::size_t>(row)];
    };
    p.explain_domain->Bind(wxEVT_BUTTON, [explain, selected_domain](wxCommandEvent&) {
        if (const auto id = selected_domain(); !id.empty()) explain(id);
    });
    p.domains->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this, explain](wxListEvent& event) {
        const long row = event.GetIndex();
        if (row >= 0 && row < static_cast<long>(parts_->domain_ids.size()))
            explain(parts_->domain_ids[static_cast<std::size_t>(row)]);
    });
    auto update_button = [this, selected_domain](wxListEvent& event) {
        parts_->explain_domain->Enable(!selected_domain().empty());
        event.Skip();
    };
    for (auto* list : {p.domains, p.gaps, p.disputes})
        list->Bind(wxEVT_SIZE, [list](wxSizeEvent& event) {
            event.Skip();
            list->CallAfter([list] { fit_columns(list); });
        });
    p.domains->Bind(wxEVT_LIST_ITEM_SELECTED, update_button);
    p.domains->Bind(wxEVT_LIST_ITEM_DESELECTED, update_button);
    refresh();
}

void DashboardPage::refresh() {
    auto& p = *parts_;
    const auto& scores = document_.scores();
    const auto& framework = document_.framework();
    const auto& lang = document_.language();
    const auto dash = wxString::FromUTF8("–");

    const wxString name = to_wx(document_.display_name());
    p.title->SetLabel(name.empty() ? wxString(_("Dashboard")) : wxString::Format(_("Dashboard: %s"), name));
    const auto& overall = scores.overall;
    p.level.value->SetLabel(theme::format_level(overall.level));
    p.stage.value->SetLabel(overall.stage ? wxString::Format("%d", *overall.stage) : dash);
    p.index.value->SetLabel(theme::format_level(overall.index));
    p.completeness.value->SetLabel(theme::format_percent(overall.completeness));
    p.completeness.caption->SetLabel(
        wxString::Format(_("Completeness (%d of %d rated)"), overall.rated, overall.applicable));
    const auto progress = scoring::progress(scores);
    p.disagreements.value->SetLabel(wxString::Format("%d", progress.disagreements));
    p.disagreements.value->SetForegroundColour(progress.disagreements > 0 ? theme::warning_text() : theme::accent());

    // Radar: current vs target per domain; a domain not rated is a gap.
    std::vector<wxString> axes;
    RadarSeries current{_("Current level"), theme::current_series(), {}, true, false};
    RadarSeries target{_("Target"), theme::target_series(), {}, false, true};
    for (const auto& domain : scores.domains) {
        const auto* source = framework.find_domain(domain.id);
        wxString label = source ? to_wx(framework.text(source->name, lang)) : to_wx(domain.id);
        if (!domain.level) label << "\n" << _("(not rated)");
        axes.push_back(label);
        current.values.push_back(domain.level);
        target.values.push_back(domain.target_level);
    }
    p.radar->set_levels(scores.levels);
    p.radar->set_axes(std::move(axes));
    p.radar->set_series({current, target});

    // Domain table, keeping the selected row.
    const long selected = p.domains->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    p.domains->DeleteAllItems();
    p.domain_ids.clear();
    long row = 0;
    for (const auto& domain : scores.domains) {
        const auto* source = framework.find_domain(domain.id);
        p.domains->InsertItem(row, source ? to_wx(framework.text(source->name, lang)) : to_wx(domain.id));
        p.domains->SetItem(row, 1, domain.level ? theme::format_level(domain.level) : wxString(_("not rated")));
        p.domains->SetItem(row, 2, domain.stage ? wxString::Format("%d", *domain.stage) : dash);
        p.domains->SetItem(row, 3, theme::format_level(domain.index));
        p.domains->SetItem(row, 4, domain.weakest ? wxString::Format(_("%s at %d"), to_wx(domain.weakest_indicator),
                                                                     *domain.weakest)
                                                  : dash);
        p.domains->SetItem(row, 5, wxString::Format(_("%s (%d/%d)"), theme::format_percent(domain.completeness),
                                                    domain.rated, domain.applicable));
        if (!domain.level) p.domains->SetItemTextColour(row, theme::muted_text());
        p.domain_ids.push_back(domain.id);
        ++row;
    }
    if (selected >= 0 && selected < row) p.domains->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    p.explain_domain->Enable(selected >= 0 && selected < row);
    fit_columns(p.domains);

    auto indicator_label = [&](const scoring::IndicatorScore& score) {
        const auto* indicator = framework.find_indicator(score.id);
        return to_wx(score.id) + "  " + (indicator ? short_text(framework.text(indicator->question, lang), 110) : wxString());
    };
    p.gaps->DeleteAllItems();
    row = 0;
    for (const auto* score : scoring::largest_gaps(scores, kHighlightRows)) {
        p.gaps->InsertItem(row, indicator_label(*score));
        p.gaps->SetItem(row, 1, wxString::Format("%d", *score->level));
        p.gaps->SetItem(row, 2, wxString::Format("%d", score->target));
        p.gaps->SetItem(row, 3, wxString::Format("%d", *score->gap));
        ++row;
    }
    p.no_gaps->Show(row == 0);
    fit_columns(p.gaps);

    p.disputes->DeleteAllItems();
    row = 0;
    for (const auto* score : scoring::strongest_disagreements(scores, kHighlightRows)) {
        int lowest = 0, highest = 0;
        for (std::size_t level = 0; level < score->votes_per_level.size(); ++level) {
            if (score->votes_per_level[level] == 0) continue;
            if (lowest == 0) lowest = static_cast<int>(level) + 1;
            highest = static_cast<int>(level) + 1;
        }
        p.disputes->InsertItem(row, indicator_label(*score));
        p.disputes->SetItem(row, 1, wxString::Format(_("%d to %d"), lowest, highest));
        p.disputes->SetItem(row, 2, wxString::Format("%d", score->spread));
        p.disputes->SetItem(row, 3, score->level ? wxString::Format("%d", *score->level) : dash);
        p.disputes->SetItemTextColour(row, theme::warning_text());
        ++row;
    }
    p.no_disputes->Show(row == 0);
    fit_columns(p.disputes);
    Layout();
}

}  // namespace socle::desktop
