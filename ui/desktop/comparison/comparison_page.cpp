// The comparison page: construction, inputs, mode and export. Filling the
// views from the comparison is in comparison_views.cpp.
#include "ui/desktop/comparison/comparison_page.h"

#include <algorithm>
#include <memory>

#include <wx/button.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/progdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "exports/comparison_workbook.h"
#include "scoring/headline_text.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/comparison/comparison_actions.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/services/settings.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace fs = std::filesystem;

namespace {

wxListCtrl* make_list(wxWindow* parent, const char* name, const std::vector<std::pair<wxString, int>>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    list->SetFont(theme::font(parent, 1.0));
    for (std::size_t i = 0; i < columns.size(); ++i)
        list->InsertColumn(static_cast<long>(i), columns[i].first, wxLIST_FORMAT_LEFT, columns[i].second);
    return list;
}

wxGrid* make_grid(wxWindow* parent, const char* name) {
    auto* grid = new wxGrid(parent, wxID_ANY);
    grid->SetName(name);
    grid->CreateGrid(0, 0);
    grid->EnableEditing(false);
    grid->SetRowLabelSize(0);
    grid->SetDefaultCellFont(theme::font(parent, 1.0));
    grid->SetLabelFont(theme::font(parent, 0.95, true));
    grid->DisableDragRowSize();
    grid->SetCellHighlightPenWidth(0);  // read-only: no cursor box on the first cell
    return grid;
}

// Problems as people read them: one line each, the file's name first.
wxString describe(const common::Diagnostics& diagnostics, std::size_t limit = 8) {
    wxString text;
    std::size_t shown = 0;
    for (const auto& item : diagnostics.items()) {
        if (shown == limit) {
            text << "\n" << wxString::Format(_("... and %d more"), static_cast<int>(diagnostics.items().size() - shown));
            break;
        }
        if (!text.empty()) text << "\n";
        const fs::path file(item.file);
        if (!item.file.empty()) text << path_to_wx(file.filename()) << ": ";
        text << to_wx(item.message);
        ++shown;
    }
    return text;
}

}  // namespace

ComparisonPage::ComparisonPage(wxWindow* parent, AppContext& context) : wxPanel(parent, wxID_ANY), context_(context) {
    SetName("comparison");
    SetBackgroundColour(theme::page_background());
    report_ = [this](const wxString& title, const wxString& message) {
        message_box(message, title, wxOK | wxICON_WARNING, this);
    };
    build();
    bind_events();
    show();
}

void ComparisonPage::build() {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Compare assessments"));
    title->SetFont(theme::font(this, 1.5, true));
    title->SetForegroundColour(theme::text());
    sizer->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    sizer->Add(build_toolbar(), 0, wxEXPAND | wxALL, 8);
    message_ = new wxStaticText(this, wxID_ANY, wxString());
    message_->SetName("comparison.message");
    message_->SetFont(theme::font(this, 1.0));
    sizer->Add(message_, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

    assessments_ = make_list(this, "comparison.assessments",
                             {{"#", 60}, {_("Assessment"), 300}, {_("Country"), 140}, {_("Round"), 130}, {_("Date"), 110},
                              {_("Completeness"), 130}, {_("Note"), 360}});
    assessments_->SetMinSize(wxSize(-1, 112));
    sizer->Add(assessments_, 0, wxEXPAND | wxALL, 8);
    sizer->Add(build_views(this), 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);
}

wxWindow* ComparisonPage::build_toolbar() {
    auto* bar = new wxPanel(this);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* add_files = new wxButton(bar, wxID_ANY, _("Add files..."));
    add_files->SetName("comparison.add_files");
    add_files->SetToolTip(_("Add one or more .socle files"));
    auto* add_folder = new wxButton(bar, wxID_ANY, _("Add folder..."));
    add_folder->SetName("comparison.add_folder");
    add_folder->SetToolTip(_("Add every .socle file of a folder (for example one round of a programme)"));
    auto* clear = new wxButton(bar, wxID_ANY, _("Clear"));
    clear->SetName("comparison.clear");
    const wxString modes[] = {_("Peers (side by side)"), _("Rounds (one team over time)")};
    mode_box_ = new wxRadioBox(bar, wxID_ANY, _("Compare as"), wxDefaultPosition, wxDefaultSize, 2, modes, 2,
                               wxRA_SPECIFY_COLS);
    mode_box_->SetName("comparison.mode");
    export_ = new wxButton(bar, wxID_ANY, _("Export to xlsx..."));
    export_->SetName("comparison.export");
    for (wxButton* button : {add_files, add_folder, clear}) row->Add(button, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    row->AddSpacer(12);
    row->Add(mode_box_, 0, wxALIGN_CENTER_VERTICAL);
    row->AddStretchSpacer();
    row->Add(export_, 0, wxALIGN_CENTER_VERTICAL);
    bar->SetSizer(row);

    add_files->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_add_files(); });
    add_folder->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_add_folder(); });
    clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->clear(); });
    return bar;
}

// The radar on the left, the tables on the right (they need the room).
wxWindow* ComparisonPage::build_views(wxWindow* parent) {
    auto* views = new wxPanel(parent);
    views->SetName("comparison.split");
    radar_ = new RadarChart(views);
    radar_->SetName("comparison.radar");
    views_ = new wxNotebook(views, wxID_ANY);
    views_->SetName("comparison.views");
    domains_ = make_grid(views_, "comparison.domains");
    indicators_ = make_grid(views_, "comparison.indicators");
    auto* changes_page = new wxPanel(views_);
    auto* changes_sizer = new wxBoxSizer(wxVERTICAL);
    changes_note_ = new wxStaticText(changes_page, wxID_ANY, wxString());
    changes_note_->SetName("comparison.changes_note");
    changes_note_->SetFont(theme::font(changes_page, 1.0));
    changes_ = make_list(changes_page, "comparison.changes",
                         {{_("Rounds"), 80}, {_("Indicator"), 70}, {_("Question"), 200}, {_("Before"), 60},
                          {_("After"), 60}, {_("Change"), 70}, {_("What changed"), 200}});
    changes_sizer->Add(changes_note_, 0, wxEXPAND | wxALL, 6);
    changes_sizer->Add(changes_, 1, wxEXPAND);
    changes_page->SetSizer(changes_sizer);
    unmatched_ = make_list(views_, "comparison.unmatched",
                           {{_("Id"), 90}, {_("Kind"), 100}, {_("Name"), 320}, {_("Present in"), 160}});
    views_->AddPage(domains_, _("Domains"));
    views_->AddPage(indicators_, _("Indicators"));
    views_->AddPage(changes_page, _("Changes"));
    views_->AddPage(unmatched_, _("Unmatched ids"));
    // Without a minimum the tables' best width (every column) would leave
    // the radar only what is left over.
    views_->SetMinSize(wxSize(360, 240));
    radar_->SetMinSize(wxSize(320, 240));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(radar_, 4, wxEXPAND | wxRIGHT, 8);
    row->Add(views_, 6, wxEXPAND);
    views->SetSizer(row);
    return views;
}

void ComparisonPage::bind_events() {
    mode_box_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { on_mode_changed(); });
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_interactively(); });
}

void ComparisonPage::on_add_files() {
    wxFileDialog dialog(this, _("Add assessments to compare"), context_.settings().last_folder(), wxString(),
                        _("Socle assessments (*.socle)|*.socle"), wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<fs::path> chosen;
    for (const auto& path : paths) chosen.push_back(to_path(path));
    if (!chosen.empty()) context_.settings().set_last_folder(path_to_wx(chosen.front().parent_path()));
    add_inputs(chosen);
}

void ComparisonPage::on_add_folder() {
    wxDirDialog dialog(this, _("Choose a folder of .socle files"), context_.settings().last_folder(),
                       wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    context_.settings().set_last_folder(dialog.GetPath());
    add_inputs({to_path(dialog.GetPath())});
}

void ComparisonPage::on_mode_changed() {
    mode_ = mode_box_->GetSelection() == 1 ? scoring::ComparisonMode::Rounds : scoring::ComparisonMode::Peers;
    refresh();
}

void ComparisonPage::set_mode(scoring::ComparisonMode mode) {
    mode_box_->SetSelection(mode == scoring::ComparisonMode::Rounds ? 1 : 0);
    on_mode_changed();
}

void ComparisonPage::add_inputs(const std::vector<fs::path>& inputs) {
    auto candidate = inputs_;
    for (const auto& input : inputs) {
        std::error_code error;
        const fs::path canonical = fs::weakly_canonical(input, error);
        const fs::path& key = error ? input : canonical;
        if (std::find(candidate.begin(), candidate.end(), key) == candidate.end()) candidate.push_back(key);
    }
    compare(candidate, true);
}

void ComparisonPage::clear() {
    inputs_.clear();
    comparison_.reset();
    show();
}

void ComparisonPage::refresh() { compare(inputs_, false); }

// Compares `candidate`; on success (or when only more assessments are
// needed) it becomes the page's inputs. Otherwise the problems are reported
// and, when `keep_on_failure`, the previous comparison stays.
void ComparisonPage::compare(const std::vector<fs::path>& candidate, bool keep_on_failure) {
    scoring::ComparisonProgress progress;
    scoring::ComparisonResult outcome;
    {
        // A folder of a thousand files takes seconds: after a moment a
        // progress dialog shows how far it is, and its Cancel stops it. A
        // few files finish before it would appear (no flicker).
        std::unique_ptr<wxProgressDialog> dialog;
        const auto started = wxGetLocalTimeMillis();
        outcome = compare_inputs_in_background(context_, candidate, mode_, progress, [&] {
            if (!dialog && wxGetLocalTimeMillis() - started < 300) return;
            if (!dialog)
                dialog = std::make_unique<wxProgressDialog>(
                    _("Compare assessments"), _("Reading the assessments..."), 100, this,
                    wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
            const std::size_t total = progress.total;
            const std::size_t done = std::min<std::size_t>(progress.done, total);
            const wxString text = total == 0 ? _("Reading the assessments...")
                                             : wxString::Format(_("Reading assessment %d of %d..."),
                                                                static_cast<int>(std::min(done + 1, total)),
                                                                static_cast<int>(total));
            const bool go_on = total == 0 ? dialog->Pulse(text)
                                          : dialog->Update(static_cast<int>(done * 100 / total), text);
            if (!go_on) progress.cancel = true;
        });
    }
    if (outcome.cancelled) {
        show_message(_("Comparison cancelled: the page shows what it showed before."), true);
        return;
    }
    if (outcome.comparison || outcome.too_few || candidate.empty() || !keep_on_failure) {
        inputs_ = candidate;
        comparison_ = std::move(outcome.comparison);
        skipped_ = std::move(outcome.skipped);
        show();
    }
    if (outcome.comparison || outcome.too_few || candidate.empty()) return;
    const wxString problems = describe(outcome.diagnostics);
    show_message(wxString::Format(_("Not compared:\n%s"), problems), true);
    report(_("Compare assessments"),
           wxString::Format(_("These assessments cannot be compared:\n\n%s\n\nEvery file must load and all must use the "
                              "same framework."),
                            problems));
}

void ComparisonPage::show() {
    Freeze();
    export_->Enable(comparison_.has_value());
    show_assessments();
    show_radar();
    if (comparison_) {
        show_rows(domains_, comparison_->domains, true);
        show_rows(indicators_, comparison_->indicators, false);
    } else {
        show_rows(domains_, {}, true);
        show_rows(indicators_, {}, false);
    }
    show_changes();
    show_unmatched();
    if (!comparison_) {
        show_message(inputs_.empty() ? _("Add two or more assessments of the same framework (files or a folder) to "
                                         "see them side by side.")
                                     : _("One assessment so far: add at least one more to compare."),
                     false);
    } else {
        show_message(mode_ == scoring::ComparisonMode::Rounds
                         ? wxString::Format(_("Rounds ordered by date (%d). Read a low level together with its "
                                              "completeness: a half-finished assessment is not a finding."),
                                            static_cast<int>(comparison_->assessments.size()))
                         : wxString::Format(_("Assessments side by side (%d). Position is against the median of those "
                                              "that rate the row; within %s of it is \"at median\"."),
                                            static_cast<int>(comparison_->assessments.size()),
                                            theme::format_level(scoring::kPositionThreshold)),
                     false);
        if (comparison_->assessments.size() > static_cast<std::size_t>(exports::kRadarSeriesLimit))
            message_->SetLabel(message_->GetLabel() + "\n" +
                               wxString::Format(_("The radar shows the first %d assessments; the tables hold all of them."),
                                                exports::kRadarSeriesLimit));
        show_cautions();
    }
    Thaw();
    Layout();
}

// What the reader must know before reading the figures: rounds that are not
// one country's, and files of another framework that were left out.
void ComparisonPage::show_cautions() {
    wxString text;
    if (scoring::needs_peer_caveat(*comparison_)) text << to_wx(scoring::peer_caveat(to_utf8(current_interface_language())));
    if (!comparison_->mixed_countries.empty()) {
        wxString countries;
        for (const auto& country : comparison_->mixed_countries)
            countries << (countries.empty() ? "" : ", ") << to_wx(country);
        if (!text.empty()) text << "\n";
        text << wxString::Format(_("These rounds are of different countries (%s): the changes are not one team's "
                                   "progress. Compare countries as peers."),
                                 countries);
    }
    if (!skipped_.empty()) {
        wxString files;
        for (const auto& file : skipped_) files << (files.empty() ? "" : ", ") << path_to_wx(file.filename());
        if (!text.empty()) text << "\n";
        text << wxString::Format(wxPLURAL("Left out %d file made with another framework: %s",
                                          "Left out %d files made with another framework: %s",
                                          static_cast<int>(skipped_.size())),
                                 static_cast<int>(skipped_.size()), files);
    }
    if (text.empty()) return;
    message_->SetLabel(text + "\n" + message_->GetLabel());
    message_->SetForegroundColour(theme::warning_text());
}

void ComparisonPage::show_message(const wxString& text, bool warning) {
    message_->SetLabel(text);
    message_->SetForegroundColour(warning ? theme::warning_text() : theme::muted_text());
    Layout();
}

void ComparisonPage::report(const wxString& title, const wxString& message) {
    if (report_) report_(title, message);
}

void ComparisonPage::export_interactively() {
    if (!comparison_) return;
    wxFileDialog dialog(this, _("Export the comparison workbook"), context_.settings().last_folder(),
                        path_to_wx(suggested_comparison_name(mode_)), _("Excel workbook (*.xlsx)|*.xlsx"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    wxFileName chosen(dialog.GetPath());
    if (chosen.GetExt().Lower() != "xlsx") chosen.SetExt("xlsx");
    context_.settings().set_last_folder(chosen.GetPath());
    context_.settings().flush();
    export_to(to_path(chosen.GetFullPath()));
}

bool ComparisonPage::export_to(const fs::path& out) {
    if (!comparison_) return false;
    ExportResult result;
    {
        wxProgressDialog progress(_("Export the comparison workbook"),
                                  wxString::Format(_("Writing %s..."), path_to_wx(out)), 100, this,
                                  wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
        result = run_comparison_export(*comparison_, out, to_utf8(current_interface_language()),
                                       [&progress] { progress.Pulse(); });
    }
    if (!result.ok) {
        report(_("Export failed"),
               wxString::Format(_("The comparison workbook could not be written to\n%s\n\n%s\n\nCheck that the folder "
                                  "exists and that you may write to it, close the file if another program has it "
                                  "open, or choose another place, then export again."),
                                path_to_wx(out), to_wx(result.error)));
        return false;
    }
    show_message(wxString::Format(_("The comparison workbook was written to %s"), path_to_wx(out)), false);
    return true;
}

}  // namespace socle::desktop
