// The comparison page's views, filled from the comparison: the assessments
// list, the overlaid radar, the domain and indicator tables, the changes
// from round to round and the unmatched ids. Every figure is the core's.
#include <algorithm>
#include <array>

#include <wx/dcmemory.h>

#include <wx/grid.h>
#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "exports/comparison_workbook.h"
#include "ui/desktop/comparison/comparison_actions.h"
#include "ui/desktop/comparison/comparison_page.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

using scoring::Comparison;
using scoring::ComparedRow;
using scoring::Position;

std::string language() { return to_utf8(current_interface_language()); }

// "[2] Tajikistan" over "follow-up": short enough for a column heading.
wxString column_heading(const scoring::ComparedAssessment& a, std::size_t index) {
    wxString head = wxString::Format("[%d] ", static_cast<int>(index + 1));
    head << to_wx(!a.country.empty() ? a.country : a.title);
    if (!a.round.empty()) head << "\n" << to_wx(a.round);
    else if (!a.date.empty()) head << "\n" << to_wx(a.date);
    return head;
}

// Position in words and a symbol, so that colour is never the only sign.
wxString position_text(Position position) {
    switch (position) {
        case Position::Above: return wxString::FromUTF8("▲ ") + _("above");
        case Position::Below: return wxString::FromUTF8("▼ ") + _("below");
        case Position::At: break;
    }
    return wxString::FromUTF8("● ") + _("at median");
}

wxColour position_background(Position position) {
    switch (position) {
        case Position::Above: return wxColour(0xD4, 0xED, 0xDA);
        case Position::Below: return wxColour(0xFB, 0xDD, 0xC4);
        case Position::At: break;
    }
    return wxColour(0xE8, 0xEA, 0xED);
}

wxString row_name(const Comparison& c, const ComparedRow& row, bool domain) {
    const auto& framework = c.text_framework();
    if (domain) {
        const auto* model = c.domain_model(row.id);
        return model ? to_wx(framework.text(model->name, language())) : to_wx(row.id);
    }
    const auto* model = c.indicator_model(row.id);
    return model ? to_wx(framework.text(model->question, language())) : wxString();
}

wxString signed_level(const std::optional<double>& change) {
    if (!change) return wxString::FromUTF8("–");
    if (*change > 0) return "+" + theme::format_level(change);
    if (*change < 0) return "-" + theme::format_level(-*change);
    return "0";
}

}  // namespace

wxColour comparison_series_colour(std::size_t index) {
    // Distinct on a projector and for the common colour-vision deficiencies
    // (Okabe-Ito first), then darker variants.
    static const std::array<wxColour, 12> palette = {
        wxColour(0x00, 0x72, 0xB2), wxColour(0xD5, 0x5E, 0x00), wxColour(0x00, 0x9E, 0x73), wxColour(0xCC, 0x79, 0xA7),
        wxColour(0xE6, 0x9F, 0x00), wxColour(0x56, 0xB4, 0xE9), wxColour(0x8C, 0x56, 0x4B), wxColour(0x44, 0x44, 0x44),
        wxColour(0x6A, 0x3D, 0x9A), wxColour(0xB1, 0x59, 0x28), wxColour(0x1B, 0x7F, 0x3B), wxColour(0xA6, 0x1C, 0x3C)};
    return palette[index % palette.size()];
}

void ComparisonPage::show_assessments() {
    assessments_->DeleteAllItems();
    if (!comparison_) return;
    const auto& list = comparison_->assessments;
    auto* images = new wxImageList(16, 16, true);
    for (std::size_t i = 0; i < list.size(); ++i) {
        wxBitmap swatch(16, 16);
        {
            wxMemoryDC dc(swatch);
            dc.SetBackground(wxBrush(theme::card_background()));
            dc.Clear();
            dc.SetPen(wxPen(comparison_series_colour(i)));
            dc.SetBrush(wxBrush(comparison_series_colour(i)));
            dc.DrawRectangle(2, 2, 12, 12);
        }
        images->Add(swatch);
    }
    assessments_->AssignImageList(images, wxIMAGE_LIST_SMALL);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& a = list[i];
        const long row = assessments_->InsertItem(static_cast<long>(i), wxString::Format("%d", static_cast<int>(i + 1)),
                                                  static_cast<int>(i));
        assessments_->SetItem(row, 1, to_wx(a.title.empty() ? scoring::assessment_label(a) : a.title));
        assessments_->SetItem(row, 2, to_wx(a.country));
        assessments_->SetItem(row, 3, to_wx(a.round));
        assessments_->SetItem(row, 4, to_wx(a.date));
        assessments_->SetItem(row, 5, wxString::Format("%s (%d/%d)", theme::format_percent(a.completeness), a.rated,
                                                       a.applicable));
        wxString note;
        const bool low = !a.completeness || *a.completeness < kLowCompleteness;
        if (low)
            note = wxString::FromUTF8("⚠ ") + _("Low completeness: its levels are not yet findings");
        if (a.anonymised) note << (note.empty() ? "" : "; ") << _("anonymised");
        assessments_->SetItem(row, 6, note);
        if (low) {
            assessments_->SetItemTextColour(row, theme::warning_text());
            assessments_->SetItemBackgroundColour(row, theme::warning_background());
        }
    }
}

void ComparisonPage::show_radar() {
    if (!comparison_) {
        radar_->set_axes({});
        radar_->set_series({});
        radar_->Refresh();
        return;
    }
    const auto& c = *comparison_;
    std::vector<wxString> axes;
    for (const auto& domain : c.domains) axes.push_back(row_name(c, domain, true));
    std::vector<RadarSeries> series;
    const bool rounds = c.mode == scoring::ComparisonMode::Rounds;
    // As in the workbook: past a dozen outlines a radar is unreadable (and
    // slow to draw); the tables keep every assessment.
    const std::size_t shown = std::min<std::size_t>(c.assessments.size(), exports::kRadarSeriesLimit);
    for (std::size_t i = 0; i < shown; ++i) {
        RadarSeries s;
        s.name = wxString::Format("[%d] ", static_cast<int>(i + 1)) + to_wx(scoring::assessment_label(c.assessments[i]));
        s.colour = comparison_series_colour(i);
        for (const auto& domain : c.domains) s.values.push_back(domain.levels[i]);
        // Rounds: earlier rounds dashed and unfilled, the latest one filled.
        const bool latest = i + 1 == c.assessments.size();
        s.filled = rounds ? latest : c.assessments.size() <= 3;
        s.dashed = rounds && !latest;
        series.push_back(std::move(s));
    }
    radar_->set_levels(c.levels);
    radar_->set_axes(std::move(axes));
    radar_->set_series(std::move(series));
    radar_->Refresh();
}

// Name, median, Q1 and Q3, then one column per assessment (level, position
// word and colour): the statistics stay in view however many are compared.
// The name column is frozen, so scrolling across to the last assessment
// keeps each row's domain or indicator beside its levels.
void ComparisonPage::show_rows(wxGrid* grid, const std::vector<ComparedRow>& rows, bool domains) {
    grid->FreezeTo(0, 0);  // no frozen column while the columns are replaced
    grid->BeginBatch();
    if (grid->GetNumberRows() > 0) grid->DeleteRows(0, grid->GetNumberRows());
    if (grid->GetNumberCols() > 0) grid->DeleteCols(0, grid->GetNumberCols());
    if (!comparison_) {
        grid->EndBatch();
        return;
    }
    const auto& c = *comparison_;
    const int n = static_cast<int>(c.assessments.size());
    const int stats = domains ? 1 : 2;
    const int first = stats + 3;
    grid->AppendCols(first + n);
    grid->AppendRows(static_cast<int>(rows.size()));
    grid->SetColLabelValue(0, domains ? _("Domain") : _("Indicator"));
    if (!domains) grid->SetColLabelValue(1, _("Question"));
    for (int i = 0; i < n; ++i)
        grid->SetColLabelValue(first + i, column_heading(c.assessments[static_cast<std::size_t>(i)], static_cast<std::size_t>(i)));
    grid->SetColLabelValue(stats, _("Median"));
    grid->SetColLabelValue(stats + 1, _("Q1"));
    grid->SetColLabelValue(stats + 2, _("Q3"));
    grid->SetColLabelSize(static_cast<int>(grid->GetLabelFont().GetPixelSize().GetHeight() * 2.6 + 8));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& row = rows[static_cast<std::size_t>(r)];
        grid->SetCellValue(r, 0, domains ? row_name(c, row, true) : to_wx(row.id));
        if (!domains) grid->SetCellValue(r, 1, row_name(c, row, false));
        for (int i = 0; i < n; ++i) {
            const auto a = static_cast<std::size_t>(i);
            const int col = first + i;
            if (!row.present[a]) {
                grid->SetCellValue(r, col, _("absent"));
                grid->SetCellTextColour(r, col, theme::muted_text());
                continue;
            }
            wxString text = theme::format_level(row.levels[a]);
            if (row.positions[a]) {
                text << "  " << position_text(*row.positions[a]);
                grid->SetCellBackgroundColour(r, col, position_background(*row.positions[a]));
            } else {
                grid->SetCellTextColour(r, col, theme::muted_text());
            }
            grid->SetCellValue(r, col, text);
        }
        grid->SetCellValue(r, stats, theme::format_level(row.median));
        grid->SetCellValue(r, stats + 1, theme::format_level(row.q1));
        grid->SetCellValue(r, stats + 2, theme::format_level(row.q3));
        for (int k = 0; k < 3; ++k) grid->SetCellAlignment(r, stats + k, wxALIGN_CENTRE, wxALIGN_CENTRE);
    }
    grid->AutoSizeColumns(false);
    if (!domains) grid->SetColSize(1, std::min(grid->GetColSize(1), 320));
    grid->SetColSize(0, std::min(grid->GetColSize(0), 200));
    grid->EndBatch();
    if (grid->GetNumberCols() > 1) grid->FreezeTo(0, 1);
}

// One heading line per pair of rounds, then the indicators that moved or
// reached their target, in framework order.
void ComparisonPage::show_changes() {
    changes_->DeleteAllItems();
    const bool rounds = comparison_ && comparison_->mode == scoring::ComparisonMode::Rounds;
    changes_note_->SetLabel(rounds ? _("Indicators that moved up or down, and targets reached, from one round to the next.")
                                   : _("Changes are shown in rounds mode: choose \"Rounds\" above to follow one team over time."));
    changes_->Show(rounds);
    changes_note_->GetParent()->Layout();
    if (!rounds) return;
    const auto& c = *comparison_;
    auto has = [](const std::vector<std::string>& ids, const std::string& id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    long line = 0;
    for (const auto& step : c.changes) {
        const wxString pair = wxString::Format("[%d] %s [%d]", static_cast<int>(step.from + 1), wxString::FromUTF8("→"),
                                               static_cast<int>(step.to + 1));
        changes_->InsertItem(line, pair);
        changes_->SetItem(line, 2, wxString::Format(_("Overall level %s"), signed_level(step.overall_change)));
        changes_->SetItem(line, 6, wxString::Format(_("%d up, %d down, %d targets reached"),
                                                    static_cast<int>(step.moved_up.size()),
                                                    static_cast<int>(step.moved_down.size()),
                                                    static_cast<int>(step.targets_reached.size())));
        changes_->SetItemFont(line, theme::font(changes_, 1.0, true));
        ++line;
        for (const auto& row : c.indicators) {
            const bool up = has(step.moved_up, row.id), down = has(step.moved_down, row.id);
            const bool reached = has(step.targets_reached, row.id);
            const bool newly = has(step.newly_rated, row.id), dropped = has(step.no_longer_rated, row.id);
            // Started from the earlier round, not rated anew: named, never a change.
            const bool waiting = has(step.not_re_examined, row.id) && row.levels[step.from].has_value();
            if (!up && !down && !reached && !newly && !dropped && !waiting) continue;
            wxString what;
            if (up) what = wxString::FromUTF8("▲ ") + _("moved up");
            if (down) what = wxString::FromUTF8("▼ ") + _("moved down");
            if (newly) what = _("newly rated");
            if (dropped) what = _("no longer rated");
            if (waiting) what = _("not re-examined");
            if (reached) what << (what.empty() ? "" : ", ") << wxString::FromUTF8("✓ ") << _("target reached");
            changes_->InsertItem(line, pair);
            changes_->SetItem(line, 1, to_wx(row.id));
            changes_->SetItem(line, 2, row_name(c, row, false));
            changes_->SetItem(line, 3, theme::format_level(row.levels[step.from]));
            changes_->SetItem(line, 4, theme::format_level(row.levels[step.to]));
            changes_->SetItem(line, 5, signed_level(row.changes.empty() ? std::nullopt : row.changes[step.to]));
            changes_->SetItem(line, 6, what);
            if (down) changes_->SetItemTextColour(line, theme::warning_text());
            else if (up || reached) changes_->SetItemTextColour(line, wxColour(0x1B, 0x6E, 0x35));
            ++line;
        }
    }
    changes_->SetColumnWidth(6, wxLIST_AUTOSIZE);
}

void ComparisonPage::show_unmatched() {
    unmatched_->DeleteAllItems();
    if (!comparison_) return;
    const auto& c = *comparison_;
    long line = 0;
    for (const auto& id : c.unmatched) {
        unmatched_->InsertItem(line, to_wx(id.id));
        unmatched_->SetItem(line, 1, id.domain ? _("domain") : _("indicator"));
        const auto* row = id.domain ? c.find_domain(id.id) : c.find_indicator(id.id);
        unmatched_->SetItem(line, 2, row ? row_name(c, *row, id.domain) : wxString());
        wxString present;
        for (std::size_t index : id.present_in)
            present << (present.empty() ? "" : ", ") << wxString::Format("[%d]", static_cast<int>(index + 1));
        unmatched_->SetItem(line, 3, present);
        ++line;
    }
    if (line == 0) {
        unmatched_->InsertItem(0, wxString());
        unmatched_->SetItem(0, 2, _("Every domain and indicator is in every assessment."));
        unmatched_->SetItemTextColour(0, theme::muted_text());
    }
}

}  // namespace socle::desktop
