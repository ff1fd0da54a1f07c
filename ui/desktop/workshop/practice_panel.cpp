#include "ui/desktop/workshop/practice_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/scrolwin.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/error.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/practice_cases.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/practice_cases_view.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/workshop/practice_dialogs.h"

namespace socle::desktop {

namespace {

// Hidden or shown for the whole session: moving to the next indicator (or
// rebuilding the page for another language) keeps what the room chose.
bool& expanded_setting() {
    static bool expanded = true;
    return expanded;
}

constexpr int kCasesHeight = 210;  // about two cases; the box scrolls for more

wxString first_problem(const common::Diagnostics& problems) {
    for (const auto& item : problems.items())
        if (item.severity == common::Severity::Error) return to_wx(item.message);
    return problems.empty() ? wxString() : to_wx(problems.items().front().message);
}

}  // namespace

PracticePanel::PracticePanel(wxWindow* parent, Document& document) : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("practice-panel");
    SetBackgroundColour(theme::page_background());
    auto* title = new wxStaticText(this, wxID_ANY, _("What this looks like elsewhere"));
    title->SetFont(theme::font(this, 1.0, true));
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetName("practice-summary");
    summary_->SetForegroundColour(theme::muted_text());
    toggle_ = new wxButton(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    toggle_->SetName("practice-toggle");

    body_ = new wxPanel(this, wxID_ANY);
    cases_ = new PracticeCasesView(body_, kCasesHeight);
    import_ = new wxButton(body_, wxID_ANY, _("&Import a case..."));
    import_->SetName("import_case");
    import_->SetToolTip(_("Keep a case file another team shared in your practice library"));
    share_ = new wxButton(body_, wxID_ANY, _("S&hare a case..."));
    share_->SetName("share_case");
    share_->SetToolTip(_("Write one case as a file for another team, anonymised if you wish"));
    write_ = new wxButton(body_, wxID_ANY, _("&Write a case..."));
    write_->SetName("write_case");
    write_->SetToolTip(_("Describe what your country did, with its source, in your practice library"));
    status_ = new wxStaticText(body_, wxID_ANY, wxString());
    status_->SetName("practice-status");

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(import_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(share_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(write_, 0);
    auto* body_sizer = new wxBoxSizer(wxVERTICAL);
    body_sizer->Add(cases_, 0, wxEXPAND | wxTOP, FromDIP(4));
    body_sizer->Add(buttons, 0, wxTOP, FromDIP(6));
    body_sizer->Add(status_, 0, wxEXPAND | wxTOP, FromDIP(4));
    body_->SetSizer(body_sizer);

    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(title, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    header->Add(summary_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    header->Add(toggle_, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, 0, wxEXPAND);
    sizer->Add(body_, 0, wxEXPAND);
    SetSizer(sizer);

    toggle_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { set_expanded(!expanded()); });
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_import(); });
    share_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_share(); });
    write_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { write_case(); });
    set_expanded(expanded_setting());
    refresh();
}

bool PracticePanel::expanded() const { return expanded_setting(); }

void PracticePanel::set_expanded(bool expanded) {
    expanded_setting() = expanded;
    toggle_->SetLabel(expanded ? _("Hide") : _("Show"));
    if (body_->IsShown() != expanded) {
        body_->Show(expanded);
        // The page around it scrolls: it must learn the new height.
        for (wxWindow* window = this; window; window = window->GetParent()) {
            window->Layout();
            if (window->IsTopLevel()) break;
        }
        if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(GetParent())) scrolled->FitInside();
    }
}

void PracticePanel::refresh() {
    const std::string& indicator = document_.current_indicator();
    const int level = room_level(document_.assessment(), indicator);
    if (indicator == shown_indicator_ && level == shown_level_ && practices_generation() == shown_generation_) return;
    if (indicator != shown_indicator_) status_->SetLabel(wxString());
    shown_indicator_ = indicator;
    shown_level_ = level;
    shown_generation_ = practices_generation();
    fill();
}

void PracticePanel::fill() {
    const auto& framework = document_.framework();
    const int top = framework.level_count();
    const auto shown = cases_between(framework, shown_indicator_, shown_level_, top);
    wxString summary;
    if (shown_level_ >= top)
        summary = _("the room is at the top level");
    else if (shown_level_ > 0)
        summary = wxString::Format(wxPLURAL("%d case above level %d", "%d cases above level %d",
                                            static_cast<int>(shown.size())),
                                   static_cast<int>(shown.size()), shown_level_);
    else
        summary = wxString::Format(wxPLURAL("%d case", "%d cases", static_cast<int>(shown.size())),
                                   static_cast<int>(shown.size()));
    summary_->SetLabel(summary);
    const wxString empty = shown_level_ >= top ? _("The room's level is the top of the scale.")
                                               : _("No case in the practice library shows this indicator above the "
                                                   "room's level yet. A team that did it can write one.");
    cases_->show(shown, document_.language(), empty);
    // A file copied into the folder by hand may not load: say so rather
    // than leave its cases silently out.
    for (const auto& problem : practices().problems.items())
        if (problem.severity == common::Severity::Error) {
            report(wxString::Format(_("A file in your practice folder was left out: %s"),
                                    to_wx(common::format_diagnostic(problem))),
                   true);
            break;
        }
    Layout();
}

void PracticePanel::report(const wxString& text, bool problem) {
    status_->SetForegroundColour(problem ? theme::warning_text() : theme::muted_text());
    status_->SetLabel(text);
    status_->Wrap(std::max(GetClientSize().GetWidth(), FromDIP(300)));
    Layout();
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(GetParent())) {
        scrolled->Layout();
        scrolled->FitInside();
    }
}

bool PracticePanel::import_file(const std::filesystem::path& file) {
    const auto outcome = import_practice_file(file);
    refresh();  // first: what it says of the folder gives way to the outcome
    if (outcome.name_taken)
        report(wxString::Format(_("Not imported: %s is already in your practice library. Rename the file to keep both."),
                                path_to_wx(outcome.written)),
               true);
    else if (!outcome.ok)
        report(wxString::Format(_("Not imported: %s"), first_problem(outcome.problems)), true);
    else
        report(wxString::Format(_("Imported into %s."), path_to_wx(outcome.written)), false);
    return outcome.ok;
}

bool PracticePanel::share_case(const std::string& case_id, bool anonymise, const std::filesystem::path& out) {
    try {
        if (!share_practice_case(case_id, anonymise, out)) {
            report(wxString::Format(_("No case '%s' in the practice library."), to_wx(case_id)), true);
            return false;
        }
    } catch (const common::Error& error) {
        report(to_wx(error.what()), true);
        return false;
    }
    report(wxString::Format(anonymise ? _("Case written, anonymised, to %s. Read it before you send it: names the "
                                          "tool cannot see (a programme's name) may remain.")
                                      : _("Case written to %s."),
                            path_to_wx(out)),
           false);
    return true;
}

void PracticePanel::on_import() {
    wxFileDialog chooser(this, _("Import a case"), wxString(), wxString(), _("Practice library files (*.xml)|*.xml"),
                         wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (chooser.ShowModal() == wxID_OK) import_file(to_path(chooser.GetPath()));
}

void PracticePanel::on_share() {
    ShareCaseDialog dialog(this, document_, cases_->shown_ids());
    if (dialog.ShowModal() != wxID_OK || dialog.case_id().empty()) return;
    wxFileDialog chooser(this, _("Share a case"), wxString(), to_wx(dialog.case_id()) + ".xml",
                         _("Practice library files (*.xml)|*.xml"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (chooser.ShowModal() == wxID_OK) share_case(dialog.case_id(), dialog.anonymise(), to_path(chooser.GetPath()));
}

void PracticePanel::write_case() {
    WriteCaseDialog dialog(this, document_, shown_indicator_, shown_level_);
    if (dialog.ShowModal() != wxID_OK) return;
    refresh();
    report(wxString::Format(_("Your case is kept in %s."), path_to_wx(dialog.written())), false);
}

}  // namespace socle::desktop
