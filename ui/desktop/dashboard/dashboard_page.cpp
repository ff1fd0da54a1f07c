#include "ui/desktop/dashboard/dashboard_page.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/clntdata.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "scoring/headline_text.h"
#include "scoring/level_profile.h"
#include "scoring/score_highlights.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/dashboard/explanation_dialog.h"
#include "ui/desktop/dashboard/indicator_explanation.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

constexpr std::size_t kHighlightRows = 5;

// A big figure over its caption, for the overall row.
struct Tile {
    wxStaticText* value = nullptr;
    wxStaticText* caption = nullptr;
};

// Captions wrap at this width, so that a row of tiles fits a projector's
// 1024 pixels in the longer languages (Russian level names, the index's
// caption): at 1024x768 in Russian the fifth level's caption was cut.
constexpr int kCaptionWidthDip = 160;

void set_wrapped(wxStaticText* text, const wxString& label) {
    text->SetLabel(label);
    text->Wrap(text->FromDIP(kCaptionWidthDip));
}

Tile make_tile(wxWindow* parent, wxSizer* row, const wxString& caption, const wxString& name, double size = 2.0) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    Tile tile;
    tile.value = new wxStaticText(parent, wxID_ANY, wxString::FromUTF8("–"));
    tile.value->SetName(name);
    tile.value->SetFont(theme::font(parent, size, true));
    tile.value->SetForegroundColour(theme::accent());
    tile.caption = new wxStaticText(parent, wxID_ANY, wxString());
    tile.caption->SetName(name + ".caption");
    tile.caption->SetFont(theme::font(parent, 0.95));
    set_wrapped(tile.caption, caption);
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

// The language the core's words (scoring/headline_text.h) are written in:
// the interface's, from the same catalogs.
std::string interface_lang() { return to_utf8(current_interface_language()); }

}  // namespace

// Owned by the page through its client object, so it dies with the page.
struct DashboardPage::Parts : public wxClientData {
    wxStaticText* title = nullptr;
    // The headline: one tile per level (count, level name, flags), then the
    // indicators not rated.
    wxStaticText* profile_heading = nullptr;
    wxBoxSizer* profile_row = nullptr;
    std::vector<Tile> profile_tiles;
    std::vector<wxStaticText*> profile_flags;
    Tile not_rated;
    // A round started from the last one: indicators not rated anew yet,
    // counted apart (shown only when there are some).
    Tile not_re_examined;
    wxStaticText* flags_legend = nullptr;
    Tile level, stage, index, completeness, disagreements;
    wxButton* explain_overall = nullptr;
    RadarChart* radar = nullptr;
    wxListCtrl* domains = nullptr;
    wxButton* explain_domain = nullptr;
    wxListCtrl* gaps = nullptr;
    wxListCtrl* disputes = nullptr;
    wxStaticText* no_gaps = nullptr;
    wxStaticText* no_disputes = nullptr;
    std::vector<std::string> domain_ids;  // row -> domain id
    std::vector<std::string> gap_ids, dispute_ids;  // row -> indicator id

    wxSizer* build_profile(wxWindow* page, const Document& document);
    wxSizer* build_figures(wxWindow* page);
    wxSizer* build_middle(wxWindow* page, int levels);
    wxSizer* build_bottom(wxWindow* page);
    std::string selected_domain() const;

    void show_profile(const Document& document);
    void show_overall(const Document& document);
    void show_radar(const Document& document);
    void show_domains(const Document& document);
    void show_highlights(const Document& document);
};

// The level profile leads: a mean level hides a domain with half its
// indicators at level 1 and half at level 5, and an index reads as a mark.
wxSizer* DashboardPage::Parts::build_profile(wxWindow* page, const Document& document) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    profile_heading = make_heading(page, _("Level profile: indicators at each level"));
    profile_heading->SetName("dashboard.profile.heading");
    column->Add(profile_heading, 0, wxBOTTOM, page->FromDIP(4));
    profile_row = new wxBoxSizer(wxHORIZONTAL);
    const auto& framework = document.framework();
    for (int at = 1; at <= framework.level_count(); ++at) {
        const auto& name = framework.levels[static_cast<std::size_t>(at - 1)].name;
        const wxString caption =
            wxString::Format(_("at level %d: %s"), at, to_wx(framework.text(name, document.language())));
        auto* box = new wxBoxSizer(wxVERTICAL);
        profile_row->Add(box, 0, wxRIGHT, page->FromDIP(6));
        Tile tile = make_tile(page, box, caption, wxString::Format("dashboard.profile.level.%d", at), 2.2);
        tile.value->SetForegroundColour(theme::level_colour(at, framework.level_count()));
        auto* flags = new wxStaticText(page, wxID_ANY, wxString());
        flags->SetName(wxString::Format("dashboard.profile.flags.%d", at));
        flags->SetFont(theme::font(page, 0.9));
        flags->SetForegroundColour(theme::warning_text());
        box->Add(flags, 0);
        profile_tiles.push_back(tile);
        profile_flags.push_back(flags);
    }
    not_rated = make_tile(page, profile_row, _("not rated"), "dashboard.profile.not_rated", 2.2);
    not_rated.value->SetForegroundColour(theme::muted_text());
    not_re_examined = make_tile(page, profile_row, _("not re-examined (rated last round)"),
                                "dashboard.profile.not_re_examined", 2.2);
    not_re_examined.value->SetForegroundColour(theme::muted_text());
    column->Add(profile_row, 0);
    flags_legend = new wxStaticText(page, wxID_ANY, to_wx(scoring::rating_flags_legend(interface_lang())));
    flags_legend->SetName("dashboard.profile.legend");
    flags_legend->SetFont(theme::font(page, 0.9));
    flags_legend->SetForegroundColour(theme::muted_text());
    column->Add(flags_legend, 0, wxTOP, page->FromDIP(2));
    return column;
}

// The figures kept for continuity with earlier rounds, smaller than the
// profile; the index says what it is.
wxSizer* DashboardPage::Parts::build_figures(wxWindow* page) {
    auto* figures = new wxBoxSizer(wxHORIZONTAL);
    level = make_tile(page, figures, _("Mean level"), "dashboard.overall.level", 1.4);
    stage = make_tile(page, figures, _("Stage"), "dashboard.overall.stage", 1.4);
    index = make_tile(page, figures, translated(scoring::index_label_english()), "dashboard.overall.index", 1.4);
    completeness = make_tile(page, figures, _("Completeness"), "dashboard.overall.completeness", 1.4);
    disagreements = make_tile(page, figures, _("Disagreements"), "dashboard.overall.disagreements", 1.4);
    explain_overall = new wxButton(page, wxID_ANY, _("How is this computed?"));
    explain_overall->SetName("dashboard.explain_overall");
    figures->Add(explain_overall, 0, wxALIGN_CENTER_VERTICAL);
    return figures;
}

// The radar beside the domain table.
wxSizer* DashboardPage::Parts::build_middle(wxWindow* page, int levels) {
    const int gap = page->FromDIP(10);
    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    radar = new RadarChart(page);
    radar->SetName("dashboard.radar");
    radar->SetMinSize(page->FromDIP(wxSize(360, 300)));
    middle->Add(radar, 5, wxEXPAND | wxRIGHT, gap);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_heading(page, _("Domains")), 0, wxBOTTOM, gap / 2);
    // The domain's profile first (indicators at each level, flags), then its
    // mean figures.
    std::vector<wxString> columns = {_("Domain")};
    for (int at = 1; at <= levels; ++at) columns.push_back(wxString::Format(_("L%d"), at));
    for (const auto& label : {_("Flagged"), _("Level"), _("Stage"), _("Index"), _("Weakest"), _("Complete")})
        columns.push_back(label);
    domains = make_list(page, "dashboard.domains", columns);
    domains->SetMinSize(page->FromDIP(wxSize(420, 200)));
    column->Add(domains, 1, wxEXPAND);
    explain_domain = new wxButton(page, wxID_ANY, _("How is this domain computed?"));
    explain_domain->SetName("dashboard.explain_domain");
    explain_domain->Disable();
    column->Add(explain_domain, 0, wxTOP, gap / 2);
    middle->Add(column, 6, wxEXPAND);
    return middle;
}

// What to talk about first: gaps and disagreements.
wxSizer* DashboardPage::Parts::build_bottom(wxWindow* page) {
    const int gap = page->FromDIP(10);
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    auto add_column = [&](const wxString& heading, wxListCtrl* list, wxStaticText* empty, int border) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(make_heading(page, heading), 0, wxBOTTOM, gap / 2);
        column->Add(list, 1, wxEXPAND);
        column->Add(empty, 0, wxTOP, gap / 2);
        bottom->Add(column, 1, wxEXPAND | border, gap);
    };
    gaps = make_list(page, "dashboard.gaps", {_("Indicator"), _("Current"), _("Target"), _("Gap")});
    no_gaps = new wxStaticText(page, wxID_ANY, _("No rated indicator is below its target."));
    add_column(_("Largest gaps to target"), gaps, no_gaps, wxRIGHT);
    disputes = make_list(page, "dashboard.disagreements", {_("Indicator"), _("Votes"), _("Spread"), _("Level")});
    no_disputes = new wxStaticText(page, wxID_ANY, _("The room agrees on every indicator so far."));
    add_column(_("Strongest disagreements"), disputes, no_disputes, 0);
    return bottom;
}

std::string DashboardPage::Parts::selected_domain() const {
    const long row = domains->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(domain_ids.size())) return {};
    return domain_ids[static_cast<std::size_t>(row)];
}

DashboardPage::DashboardPage(wxWindow* parent, Document& document)
    : wxPanel(parent, wxID_ANY), parts_(new Parts), document_(document) {
    SetClientObject(parts_);
    SetName("dashboard");
    SetBackgroundColour(theme::page_background());
    auto& p = *parts_;
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    p.title = make_heading(this, _("Dashboard"));
    p.title->SetFont(theme::font(this, 1.5, true));
    sizer->Add(p.title, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(p.build_profile(this, document_), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(p.build_figures(this), 0, wxALL, gap);
    sizer->Add(p.build_middle(this, document_.framework().level_count()), 5, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(p.build_bottom(this), 3, wxEXPAND | wxALL, gap);
    SetSizer(sizer);

    auto explain = [this](const std::string& domain_id) {
        ExplanationDialog dialog(this, document_, domain_id);
        dialog.ShowModal();
    };
    p.explain_overall->Bind(wxEVT_BUTTON, [explain](wxCommandEvent&) { explain({}); });
    p.explain_domain->Bind(wxEVT_BUTTON, [this, explain](wxCommandEvent&) {
        if (const auto id = parts_->selected_domain(); !id.empty()) explain(id);
    });
    p.domains->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this, explain](wxListEvent& event) {
        const long row = event.GetIndex();
        if (row >= 0 && row < static_cast<long>(parts_->domain_ids.size()))
            explain(parts_->domain_ids[static_cast<std::size_t>(row)]);
    });
    // A gap or a disagreement explains its indicator.
    auto explain_indicator = [this](const std::vector<std::string>& ids, long row) {
        if (row < 0 || row >= static_cast<long>(ids.size())) return;
        IndicatorExplanationDialog dialog(this, document_, ids[static_cast<std::size_t>(row)]);
        dialog.ShowModal();
    };
    p.gaps->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                 [this, explain_indicator](wxListEvent& event) { explain_indicator(parts_->gap_ids, event.GetIndex()); });
    p.disputes->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                     [this, explain_indicator](wxListEvent& event) { explain_indicator(parts_->dispute_ids, event.GetIndex()); });
    auto update_button = [this](wxListEvent& event) {
        parts_->explain_domain->Enable(!parts_->selected_domain().empty());
        event.Skip();
    };
    p.domains->Bind(wxEVT_LIST_ITEM_SELECTED, update_button);
    p.domains->Bind(wxEVT_LIST_ITEM_DESELECTED, update_button);
    for (auto* list : {p.domains, p.gaps, p.disputes})
        // Refit only when the width changed: on Windows, setting the column
        // widths sends the list a size event of its own (its scroll bars), and
        // refitting on each of them never ended (the app hung on opening a file).
        list->Bind(wxEVT_SIZE, [list, fitted_width = -1](wxSizeEvent& event) mutable {
            event.Skip();
            if (event.GetSize().GetWidth() == fitted_width) return;
            fitted_width = event.GetSize().GetWidth();
            list->CallAfter([list] { fit_columns(list); });
        });
    refresh();
}

void DashboardPage::refresh() {
    auto& p = *parts_;
    const wxString name = to_wx(document_.display_name());
    p.title->SetLabel(name.empty() ? wxString(_("Dashboard")) : wxString::Format(_("Dashboard: %s"), name));
    p.show_profile(document_);
    p.show_overall(document_);
    p.show_radar(document_);
    p.show_domains(document_);
    p.show_highlights(document_);
    Layout();
}

void DashboardPage::Parts::show_profile(const Document& document) {
    const auto profile = scoring::level_profile(document.scores(), document.assessment());
    const auto lang = interface_lang();
    const auto& counts = profile.overall;
    profile_heading->SetLabel(wxString::Format(_("Level profile: %d of %d indicators rated, at each level"),
                                               counts.rated(), counts.total()));
    for (std::size_t i = 0; i < profile_tiles.size(); ++i) {
        const int count = i < counts.at_level.size() ? counts.at_level[i] : 0;
        profile_tiles[i].value->SetLabel(wxString::Format("%d", count));
        set_wrapped(profile_flags[i], to_wx(scoring::rating_flags_at(counts, static_cast<int>(i) + 1, lang)));
    }
    not_rated.value->SetLabel(wxString::Format("%d", counts.total() - counts.rated() - counts.not_re_examined));
    not_re_examined.value->SetLabel(wxString::Format("%d", counts.not_re_examined));
    for (auto* part : {static_cast<wxWindow*>(not_re_examined.value), static_cast<wxWindow*>(not_re_examined.caption)})
        part->Show(counts.not_re_examined > 0);
    flags_legend->Show(counts.low_confidence_total() + counts.undocumented_total() > 0);
}

void DashboardPage::Parts::show_overall(const Document& document) {
    const auto& scores = document.scores();
    const auto& overall = scores.overall;
    level.value->SetLabel(theme::format_level(overall.level));
    stage.value->SetLabel(overall.stage ? wxString::Format("%d", *overall.stage) : wxString::FromUTF8("–"));
    index.value->SetLabel(theme::format_index(overall.index));
    completeness.value->SetLabel(theme::format_percent(overall.completeness));
    set_wrapped(completeness.caption,
                wxString::Format(_("Completeness (%d of %d rated)"), overall.rated, overall.applicable));
    const auto progress = scoring::progress(scores);
    disagreements.value->SetLabel(wxString::Format("%d", progress.disagreements));
    set_wrapped(disagreements.caption, progress.resolved > 0
                                        ? wxString::Format(wxPLURAL("Disagreements, %d resolved", "Disagreements, %d resolved",
                                                                    progress.resolved),
                                                           progress.resolved)
                                        : wxString(_("Disagreements")));
    // Only what the room has not settled yet calls for attention.
    const bool open = progress.disagreements > progress.resolved;
    disagreements.value->SetForegroundColour(open ? theme::warning_text() : theme::accent());
}

// Current vs target per domain; a domain not rated is a gap, not a zero.
void DashboardPage::Parts::show_radar(const Document& document) {
    const auto& scores = document.scores();
    const auto& framework = document.framework();
    std::vector<wxString> axes;
    RadarSeries current{_("Current level"), theme::current_series(), {}, true, false};
    RadarSeries target{_("Target"), theme::target_series(), {}, false, true};
    for (const auto& domain : scores.domains) {
        const auto* source = framework.find_domain(domain.id);
        wxString label = source ? to_wx(framework.text(source->name, document.language())) : to_wx(domain.id);
        if (!domain.level) label << "\n" << _("(not rated)");
        axes.push_back(label);
        current.values.push_back(domain.level);
        target.values.push_back(domain.target_level);
    }
    radar->set_levels(scores.levels);
    radar->set_axes(std::move(axes));
    radar->set_series({current, target});
}

// The domain table, keeping the selected row.
void DashboardPage::Parts::show_domains(const Document& document) {
    const auto& framework = document.framework();
    const auto dash = wxString::FromUTF8("–");
    const long selected = domains->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    domains->DeleteAllItems();
    domain_ids.clear();
    long row = 0;
    const auto profile = scoring::level_profile(document.scores(), document.assessment());
    const auto lang = interface_lang();
    const int levels = static_cast<int>(profile.overall.at_level.size());
    for (const auto& domain : document.scores().domains) {
        const auto* source = framework.find_domain(domain.id);
        domains->InsertItem(row, source ? to_wx(framework.text(source->name, document.language())) : to_wx(domain.id));
        const auto& counts = profile.domains[static_cast<std::size_t>(row)].counts;
        for (int at = 1; at <= levels; ++at) {
            const int count = counts.at_level[static_cast<std::size_t>(at - 1)];
            domains->SetItem(row, at, count ? wxString::Format("%d", count) : wxString::FromUTF8("·"));
        }
        domains->SetItem(row, levels + 1,
                         to_wx(scoring::rating_flags(counts.low_confidence_total(), counts.undocumented_total(), lang)));
        domains->SetItem(row, levels + 2, domain.level ? theme::format_level(domain.level) : wxString(_("not rated")));
        domains->SetItem(row, levels + 3, domain.stage ? wxString::Format("%d", *domain.stage) : dash);
        domains->SetItem(row, levels + 4, theme::format_index(domain.index));
        domains->SetItem(row, levels + 5,
                         domain.weakest ? wxString::Format(_("%s at %d"), to_wx(domain.weakest_indicator), *domain.weakest)
                                        : dash);
        domains->SetItem(row, levels + 6, wxString::Format(_("%s (%d/%d)"), theme::format_percent(domain.completeness),
                                                           domain.rated, domain.applicable));
        if (!domain.level) domains->SetItemTextColour(row, theme::muted_text());
        domain_ids.push_back(domain.id);
        ++row;
    }
    if (selected >= 0 && selected < row) domains->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    explain_domain->Enable(selected >= 0 && selected < row);
    fit_columns(domains);
}

void DashboardPage::Parts::show_highlights(const Document& document) {
    const auto& scores = document.scores();
    const auto& framework = document.framework();
    auto indicator_label = [&](const scoring::IndicatorScore& score) {
        const auto* indicator = framework.find_indicator(score.id);
        return to_wx(score.id) + "  " +
               (indicator ? short_text(framework.text(indicator->question, document.language()), 110) : wxString());
    };
    gaps->DeleteAllItems();
    gap_ids.clear();
    long row = 0;
    for (const auto* score : scoring::largest_gaps(scores, kHighlightRows)) {
        gaps->InsertItem(row, indicator_label(*score));
        gaps->SetItem(row, 1, wxString::Format("%d", *score->level));
        gaps->SetItem(row, 2, wxString::Format("%d", score->target));
        gaps->SetItem(row, 3, wxString::Format("%d", *score->gap));
        gap_ids.push_back(score->id);
        ++row;
    }
    no_gaps->Show(row == 0);
    fit_columns(gaps);

    disputes->DeleteAllItems();
    dispute_ids.clear();
    row = 0;
    for (const auto* score : scoring::strongest_disagreements(scores, kHighlightRows)) {
        const auto range = scoring::vote_range(*score);
        disputes->InsertItem(row, indicator_label(*score));
        disputes->SetItem(row, 1, wxString::Format(_("%d to %d"), range.lowest, range.highest));
        disputes->SetItem(row, 2, wxString::Format("%d", score->spread));
        disputes->SetItem(row, 3, score->level ? wxString::Format("%d", *score->level) : wxString::FromUTF8("–"));
        disputes->SetItemTextColour(row, theme::warning_text());
        dispute_ids.push_back(score->id);
        ++row;
    }
    no_disputes->Show(row == 0);
    fit_columns(disputes);
}

}  // namespace socle::desktop
