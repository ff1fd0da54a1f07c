#pragma once
// Setting up a workshop: the assessment's details (title, country,
// institutions, round, dates, facilitator, session language), the country
// profile questions whose answers switch indicators off (skip logic), and
// the team's core schemes and systems (format 2) and the participants. Text fields commit when they lose focus, as one edit.
// A button at the top starts the walkthrough.
//
// It holds at a projector's 1024x768 in Russian: labels wrap instead of
// being cut, the two columns stack when the page is too narrow for both
// side by side, and the page scrolls to every control. Dates are read the
// way people type them (common/local_date.h) and stored ISO; one that
// cannot be read is kept as typed and the reason is said under the field.
#include <functional>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

class wxTextCtrl;
class wxButton;
class wxChoice;
class wxStaticText;
class wxBoxSizer;

namespace socle::desktop {

class Document;
class ParticipantsPanel;
class CoreNamesPanel;
class WrappedText;

class SetupPage : public wxScrolledWindow {
public:
    SetupPage(wxWindow* parent, Document& document);

    void refresh();
    void commit_pending();
    // A new assessment starts here: the typing goes into the title.
    void focus_first_field();
    // What the "Start the walkthrough" button does (the frame shows the walkthrough).
    void set_on_start(std::function<void()> on_start) { on_start_ = std::move(on_start); }
    wxButton* start_button() { return start_; }

    wxTextCtrl* title_field() { return title_; }
    wxTextCtrl* country_field() { return country_; }
    ParticipantsPanel* participants() { return participants_; }
    // Null when no indicator of the framework is rated against core lists.
    CoreNamesPanel* core_names() { return core_names_; }
    const std::vector<wxChoice*>& profile_choices() const { return profile_; }
    wxTextCtrl* start_date_field() { return start_date_; }
    wxTextCtrl* end_date_field() { return end_date_; }
    // What is said under a date field that cannot be read (hidden when it can).
    WrappedText* start_date_note() { return start_note_; }
    WrappedText* end_date_note() { return end_note_; }
    // Whether the two columns are stacked (the page is too narrow for both).
    bool stacked() const;

private:
    wxWindow* build_details();
    wxWindow* build_profile();
    // The core lists section, or null when the framework has no core indicator.
    wxWindow* build_core_names();
    wxTextCtrl* add_field(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const wxString& name,
                          bool multiline = false);
    // The note under a date field, wrapped to the field's width, hidden when empty.
    WrappedText* add_date_note(wxWindow* parent, wxFlexGridSizer* grid);
    // Says under each date field why its text is not a date (or nothing).
    void update_date_notes();
    // Side by side when both columns fit the page's width, else stacked.
    void fit_columns();
    // Re-wraps the labels that follow the page's width and lays it out again.
    void relayout();
    void on_language();
    void on_profile(std::size_t question);
    void update_relevance_note();

    Document& document_;
    wxTextCtrl* title_ = nullptr;
    wxTextCtrl* country_ = nullptr;
    wxTextCtrl* institutions_ = nullptr;
    wxTextCtrl* round_ = nullptr;
    wxTextCtrl* start_date_ = nullptr;
    wxTextCtrl* end_date_ = nullptr;
    WrappedText* start_note_ = nullptr;
    WrappedText* end_note_ = nullptr;
    std::vector<WrappedText*> page_wide_notes_;  // wrapped to their column's width
    wxWindow* details_ = nullptr;
    wxBoxSizer* columns_ = nullptr;
    wxBoxSizer* right_ = nullptr;
    wxTextCtrl* facilitator_ = nullptr;
    wxChoice* language_ = nullptr;
    std::vector<std::string> language_codes_;
    wxTextCtrl* notes_ = nullptr;
    std::vector<wxChoice*> profile_;
    WrappedText* relevance_ = nullptr;
    ParticipantsPanel* participants_ = nullptr;
    CoreNamesPanel* core_names_ = nullptr;
    bool committing_ = false;
    wxButton* start_ = nullptr;
    std::function<void()> on_start_;
};

}  // namespace socle::desktop
