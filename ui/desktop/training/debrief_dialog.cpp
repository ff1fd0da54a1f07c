#include "ui/desktop/training/debrief_dialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {

wxColour distance_colour(scoring::KeyDistance distance) {
    switch (distance) {
        case scoring::KeyDistance::Exact: return wxColour(0xD4, 0xED, 0xDA);
        case scoring::KeyDistance::OneOff: return wxColour(0xFF, 0xF0, 0xC2);
        case scoring::KeyDistance::Further: return wxColour(0xF8, 0xD0, 0xD0);
        case scoring::KeyDistance::NotRated: break;
    }
    return wxColour(0xEE, 0xEE, 0xEE);
}

wxString counts_text(const scoring::KeyCounts& counts) {
    return wxString::Format(_("%d exact, %d one off, %d further, %d not rated"), counts.exact, counts.one_off,
                            counts.further, counts.not_rated);
}

}  // namespace

wxString debrief_cell(const scoring::KeyCheck& check) {
    const wxString level = check.team_level ? wxString::Format("%d", *check.team_level) : wxString("-");
    switch (check.distance) {
        case scoring::KeyDistance::Exact: return level + "  " + _("exact");
        case scoring::KeyDistance::OneOff: return level + "  " + _("one off");
        case scoring::KeyDistance::Further: return level + "  " + _("further");
        case scoring::KeyDistance::NotRated: break;
    }
    return level + "  " + _("not rated");
}

DebriefDialog::DebriefDialog(wxWindow* parent, AppContext& context)
    : wxDialog(parent, wxID_ANY, _("Training debrief"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "training_debrief"),
      context_(context) {
    const int gap = FromDIP(10);
    auto* column = new wxBoxSizer(wxVERTICAL);
    summary_ = new wxStaticText(this, wxID_ANY,
                                _("Add the teams' files of one training case: each team's agreed level is set "
                                  "beside the expert key."));
    summary_->SetFont(theme::font(this, 1.0, true));
    column->Add(summary_, 0, wxALL, gap);

    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName("debrief");
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetRowLabelSize(0);
    grid_->SetDefaultCellFont(theme::font(this, 1.0));
    grid_->SetLabelFont(theme::font(this, 0.95, true));
    grid_->DisableDragRowSize();
    grid_->SetCellHighlightPenWidth(0);
    grid_->SetMinSize(FromDIP(wxSize(760, 600)));  // a Quick Scan case and its domains without scrolling
    column->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

    problems_ = new wxStaticText(this, wxID_ANY, wxString());
    problems_->SetName("debrief-problems");
    problems_->SetForegroundColour(theme::warning_text());
    column->Add(problems_, 0, wxEXPAND | wxALL, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ANY, _("&Add team files..."));
    add->SetName("debrief-add");
    auto* clear = new wxButton(this, wxID_ANY, _("C&lear"));
    auto* close = new wxButton(this, wxID_CANCEL, _("&Close"));
    buttons->Add(add, 0, wxRIGHT, gap);
    buttons->Add(clear, 0);
    buttons->AddStretchSpacer();
    buttons->Add(close, 0);
    column->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizerAndFit(column);
    SetEscapeId(wxID_CANCEL);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_files(); });
    clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        files_.clear();
        add_files({});
    });
}

void DebriefDialog::choose_files() {
    wxFileDialog dialog(this, _("Teams' training files"), context_.settings().last_folder(), wxString(),
                        _("Socle assessments (*.socle)|*.socle"), wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<std::filesystem::path> chosen;
    for (const auto& path : paths) chosen.push_back(to_path(path));
    add_files(chosen);
}

void DebriefDialog::add_files(const std::vector<std::filesystem::path>& files) {
    for (const auto& file : files)
        if (std::find(files_.begin(), files_.end(), file) == files_.end()) files_.push_back(file);
    debrief_ = build_debrief(context_, files_);
    // Keep only what was taken: a refused file is named once, below the table.
    files_.clear();
    for (const auto& team : debrief_.teams) files_.push_back(team.file);
    show_table();
}

void DebriefDialog::show_table() {
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0) grid_->DeleteCols(0, grid_->GetNumberCols());
    wxString problems;
    for (const auto& line : debrief_.refused) problems << (problems.empty() ? "" : "\n") << line;
    problems_->SetLabel(problems);
    if (!debrief_.training_case || debrief_.teams.empty()) {
        Layout();
        return;
    }
    const auto& training_case = *debrief_.training_case;
    const std::string lang = exact_utf8(current_interface_language());
    summary_->SetLabel(wxString::Format(_("%s: each team against the expert key"),
                                        to_wx(case_text(training_case.title, lang))));
    const auto* framework = context_.catalog().find(training_case.framework, training_case.framework_version);

    const int teams = static_cast<int>(debrief_.teams.size());
    grid_->AppendCols(2 + teams);
    grid_->SetColLabelValue(0, _("Indicator"));
    grid_->SetColLabelValue(1, _("Key"));
    for (int t = 0; t < teams; ++t) grid_->SetColLabelValue(2 + t, to_wx(debrief_.teams[static_cast<std::size_t>(t)].name));

    const auto& first = debrief_.teams.front().check;
    const int indicators = static_cast<int>(first.indicators.size());
    grid_->AppendRows(indicators);
    for (int row = 0; row < indicators; ++row) {
        const auto& keyed = first.indicators[static_cast<std::size_t>(row)];
        grid_->SetCellValue(row, 0, to_wx(keyed.indicator_id));
        grid_->SetCellValue(row, 1, wxString::Format("%d", keyed.key_level));
        for (int t = 0; t < teams; ++t) {
            const auto& checks = debrief_.teams[static_cast<std::size_t>(t)].check.indicators;
            if (static_cast<std::size_t>(row) >= checks.size()) continue;
            const auto& check = checks[static_cast<std::size_t>(row)];
            grid_->SetCellValue(row, 2 + t, debrief_cell(check));
            grid_->SetCellBackgroundColour(row, 2 + t, distance_colour(check.distance));
        }
    }
    // Then the counts, per domain and for the whole case.
    const auto add_counts_row = [&](const wxString& label, const auto& counts_of) {
        const int row = grid_->GetNumberRows();
        grid_->AppendRows(1);
        grid_->SetCellValue(row, 0, label);
        grid_->SetCellFont(row, 0, theme::font(this, 1.0, true));
        for (int t = 0; t < teams; ++t)
            grid_->SetCellValue(row, 2 + t, counts_text(counts_of(debrief_.teams[static_cast<std::size_t>(t)].check)));
    };
    for (std::size_t d = 0; d < first.domains.size(); ++d) {
        const std::string& domain_id = first.domains[d].domain_id;
        wxString label = to_wx(domain_id);
        if (framework)
            if (const auto* domain = framework->find_domain(domain_id))
                label = to_wx(framework->text(domain->name, lang));
        add_counts_row(label, [d](const scoring::TrainingCheck& check) {
            return d < check.domains.size() ? check.domains[d].counts : scoring::KeyCounts{};
        });
    }
    add_counts_row(_("All indicators"), [](const scoring::TrainingCheck& check) { return check.overall; });
    grid_->AutoSizeColumns(false);
    // As large as the table, within what a laptop screen holds; the grid
    // scrolls beyond that.
    int width = grid_->GetRowLabelSize() + FromDIP(24);
    for (int col = 0; col < grid_->GetNumberCols(); ++col) width += grid_->GetColSize(col);
    int height = grid_->GetColLabelSize() + FromDIP(8);
    for (int row = 0; row < grid_->GetNumberRows(); ++row) height += grid_->GetRowSize(row);
    grid_->SetMinSize(wxSize(std::clamp(width, FromDIP(760), FromDIP(1200)), std::clamp(height, FromDIP(300), FromDIP(620))));
    GetSizer()->SetSizeHints(this);
    Layout();
}

}  // namespace socle::desktop
