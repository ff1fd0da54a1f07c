#pragma once
// Setting up a workshop: the assessment's details (title, country,
// institutions, round, dates, facilitator, session language), the country
// profile questions whose answers switch indicators off (skip logic), and
// the team's core schemes and systems (format 2) and the participants. Text fields commit when they lose focus, as one edit.
// A button at the top starts the walkthrough.
#include <functional>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

class wxTextCtrl;
class wxButton;
class wxChoice;
class wxStaticText;

namespace socle::desktop {

class Document;
class ParticipantsPanel;
class CoreNamesPanel;

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

private:
    wxWindow* build_details();
    wxWindow* build_profile();
    // The core lists section, or null when the framework has no core indicator.
    wxWindow* build_core_names();
    wxTextCtrl* add_field(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const wxString& name,
                          bool multiline = false);
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
    wxTextCtrl* facilitator_ = nullptr;
    wxChoice* language_ = nullptr;
    std::vector<std::string> language_codes_;
    wxTextCtrl* notes_ = nullptr;
    std::vector<wxChoice*> profile_;
    wxStaticText* relevance_ = nullptr;
    ParticipantsPanel* participants_ = nullptr;
    CoreNamesPanel* core_names_ = nullptr;
    bool committing_ = false;
    wxButton* start_ = nullptr;
    std::function<void()> on_start_;
};

}  // namespace socle::desktop
