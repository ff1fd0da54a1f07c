#pragma once
// "What this looks like elsewhere", in the walkthrough under the level
// cards: the good-practice cases that show the indicator at the levels
// above the room's (the agreed level, else the room's result from the
// votes), nearest level first, in the session language. A header line says
// how many there are and hides or shows the list, so the page stays as
// short as the room wants it. Teams add their own cases here: import a
// file another team shared, share one, or write one.
#include <cstdint>
#include <filesystem>
#include <string>

#include <wx/panel.h>

class wxButton;
class wxStaticText;

namespace socle::desktop {

class Document;
class PracticeCasesView;

class PracticePanel : public wxPanel {
public:
    PracticePanel(wxWindow* parent, Document& document);

    // Shows the document's current indicator (again, when the room's level
    // or the libraries changed since).
    void refresh();

    // The buttons' work once a file is chosen (tests call these with a
    // path; the buttons ask for it with a file dialog). The outcome is
    // written in the panel's status line.
    bool import_file(const std::filesystem::path& file);
    bool share_case(const std::string& case_id, bool anonymise, const std::filesystem::path& out);
    // Opens the "Write a case" dialog for the current indicator.
    void write_case();

    PracticeCasesView* cases() { return cases_; }
    wxStaticText* summary() { return summary_; }
    wxStaticText* status() { return status_; }
    wxButton* toggle_button() { return toggle_; }
    wxButton* import_button() { return import_; }
    wxButton* share_button() { return share_; }
    wxButton* write_button() { return write_; }
    bool expanded() const;

private:
    void fill();
    void set_expanded(bool expanded);
    void on_import();
    void on_share();
    void report(const wxString& text, bool problem);

    Document& document_;
    wxStaticText* summary_ = nullptr;
    wxButton* toggle_ = nullptr;
    wxWindow* body_ = nullptr;
    PracticeCasesView* cases_ = nullptr;
    wxButton* import_ = nullptr;
    wxButton* share_ = nullptr;
    wxButton* write_ = nullptr;
    wxStaticText* status_ = nullptr;
    std::string shown_indicator_;
    int shown_level_ = -1;
    std::uint64_t shown_generation_ = 0;
};

}  // namespace socle::desktop
