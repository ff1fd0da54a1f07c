#pragma once
// The dialogs through which a team adds to the practice library: choose a
// case to share (anonymised or not), and write a case of its own. A case
// written here is checked as the file will be read (the core's loader and
// link check) and kept in the user practice folder only without errors;
// otherwise the problems are shown in the dialog, which stays open.
#include <filesystem>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "frameworks/practice_library.h"

class wxCheckBox;
class wxFlexGridSizer;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace socle::desktop {

class Document;

class ShareCaseDialog : public wxDialog {
public:
    // `first`: the cases to offer first (those shown beside the indicator).
    ShareCaseDialog(wxWindow* parent, const Document& document, const std::vector<std::string>& first);
    std::string case_id() const;
    bool anonymise() const;

private:
    std::vector<std::string> ids_;
    wxChoice* cases_ = nullptr;
    wxCheckBox* anonymise_ = nullptr;
};

class WriteCaseDialog : public wxDialog {
public:
    // Starts on `indicator`, at the level above `room_level`.
    WriteCaseDialog(wxWindow* parent, const Document& document, const std::string& indicator, int room_level);

    // The library of one case as entered, texts in the session language.
    frameworks::PracticeLibrary library() const;
    // Where OK kept the case.
    const std::filesystem::path& written() const { return written_; }
    wxStaticText* problem_label() { return problem_; }

private:
    void on_ok();
    wxTextCtrl* field(const wxString& label, const wxString& name, bool multiline = false);

    const Document& document_;
    std::vector<std::string> indicator_ids_;
    wxFlexGridSizer* grid_ = nullptr;  // field() adds its rows here
    wxTextCtrl* country_ = nullptr;
    wxTextCtrl* country_name_ = nullptr;
    wxChoice* region_ = nullptr;
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* to_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxTextCtrl* schemes_ = nullptr;
    wxTextCtrl* what_ = nullptr;
    wxChoice* indicator_ = nullptr;
    wxChoice* level_ = nullptr;
    wxTextCtrl* source_title_ = nullptr;
    wxTextCtrl* publisher_ = nullptr;
    wxTextCtrl* source_year_ = nullptr;
    wxTextCtrl* url_ = nullptr;
    wxStaticText* problem_ = nullptr;
    std::filesystem::path written_;
};

}  // namespace socle::desktop
