#pragma once
// The comparison view: several assessments of one framework side by side
// (peers) or one team over time (rounds). The user adds files or a folder;
// the page shows the assessments compared with their completeness (a low one
// is flagged, so a half-finished assessment is not read as a finding), an
// overlaid radar with one series per assessment, the domain and indicator
// tables (levels, median, quartiles, position in colour and in words), the
// changes from round to round, the ids only some assessments have, and
// exports the comparison workbook. All figures come from
// scoring::ComparisonBuilder (through comparison_actions.h); nothing is
// computed here.
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include <wx/colour.h>
#include <wx/panel.h>

#include "scoring/comparison.h"

class wxButton;
class wxGrid;
class wxListCtrl;
class wxNotebook;
class wxRadioBox;
class wxStaticText;

namespace socle::desktop {

class AppContext;
class RadarChart;

class ComparisonPage : public wxPanel {
public:
    ComparisonPage(wxWindow* parent, AppContext& context);

    // Adds files and folders (a folder stands for its .socle files) and
    // compares again. Inputs that do not load are refused with their
    // problems reported, and the comparison so far is kept.
    void add_inputs(const std::vector<std::filesystem::path>& inputs);
    void clear();
    // Builds the comparison again from the inputs (e.g. after a language change).
    void refresh();

    scoring::ComparisonMode mode() const { return mode_; }
    // Shows the mode in the radio box and compares again (for a rebuilt
    // page keeping the user's choice; people use the radio box).
    void set_mode(scoring::ComparisonMode mode);
    const std::vector<std::filesystem::path>& inputs() const { return inputs_; }
    // The comparison shown; null until two assessments are added.
    const scoring::Comparison* comparison() const { return comparison_ ? &*comparison_ : nullptr; }

    // Asks for a file name, then export_to().
    void export_interactively();
    // Writes the comparison workbook (in the interface language) under a
    // progress dialog; a failure is reported. True when written.
    bool export_to(const std::filesystem::path& out);

    // How problems are reported (a dialog by default); tests collect them.
    void set_problem_reporter(std::function<void(const wxString& title, const wxString& message)> reporter) {
        report_ = std::move(reporter);
    }

private:
    void build();
    wxWindow* build_toolbar();
    wxWindow* build_views(wxWindow* parent);
    void bind_events();
    void on_add_files();
    void on_add_folder();
    void on_mode_changed();
    void compare(const std::vector<std::filesystem::path>& candidate, bool keep_on_failure);
    void show();
    void show_cautions();
    void show_message(const wxString& text, bool warning);
    void report(const wxString& title, const wxString& message);

    // comparison_views.cpp: filling the views from comparison_.
    void show_assessments();
    void show_radar();
    void show_rows(wxGrid* grid, const std::vector<scoring::ComparedRow>& rows, bool domains);
    void show_changes();
    void show_unmatched();

    AppContext& context_;
    scoring::ComparisonMode mode_ = scoring::ComparisonMode::Peers;
    std::vector<std::filesystem::path> inputs_;
    std::optional<scoring::Comparison> comparison_;
    std::vector<std::filesystem::path> skipped_;  // folder files of another framework, left out
    std::function<void(const wxString&, const wxString&)> report_;

    wxButton* export_ = nullptr;
    wxRadioBox* mode_box_ = nullptr;
    wxStaticText* message_ = nullptr;
    wxListCtrl* assessments_ = nullptr;
    RadarChart* radar_ = nullptr;
    wxNotebook* views_ = nullptr;
    wxGrid* domains_ = nullptr;
    wxGrid* indicators_ = nullptr;
    wxStaticText* changes_note_ = nullptr;
    wxListCtrl* changes_ = nullptr;
    wxListCtrl* unmatched_ = nullptr;
};

// The colour of assessment `index`'s radar series and list swatch.
wxColour comparison_series_colour(std::size_t index);

}  // namespace socle::desktop
