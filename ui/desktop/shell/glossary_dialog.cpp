#include "ui/desktop/shell/glossary_dialog.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/close_button.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {

wxString language_name(const std::string& code) {
    for (const auto& language : interface_languages())
        if (language.code == to_wx(code)) return language.native_name;
    return to_wx(code);
}

wxString status_text(frameworks::ReviewStatus status) {
    switch (status) {
        case frameworks::ReviewStatus::Draft: return _("draft, not yet reviewed");
        case frameworks::ReviewStatus::Reviewed: return _("reviewed");
        case frameworks::ReviewStatus::Approved: return _("approved");
        case frameworks::ReviewStatus::Unstated: break;
    }
    return {};
}

}  // namespace

GlossaryDialog::GlossaryDialog(wxWindow* parent, const frameworks::Glossary& glossary)
    : wxDialog(parent, wxID_ANY, _("Glossary"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      glossary_(glossary) {
    SetName("glossary_dialog");
    SetFont(theme::font(parent, 1.1));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("&Search (any language):")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    search_ = new wxTextCtrl(this, wxID_ANY);
    search_->SetName("glossary_search");
    sizer->Add(search_, 0, wxEXPAND | wxALL, FromDIP(12));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(720, 320)), wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("glossary_list");
    const wxString session = current_interface_language();
    list_->AppendColumn(language_name(to_utf8(session)), wxLIST_FORMAT_LEFT, FromDIP(360));
    if (session != "en") list_->AppendColumn(language_name("en"), wxLIST_FORMAT_LEFT, FromDIP(340));
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

    // Every language of the selected term, with its review status: the
    // glossary holds names, not definitions.
    details_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 130)),
                              wxTE_MULTILINE | wxTE_READONLY);
    details_->SetName("glossary_details");
    sizer->Add(details_, 0, wxEXPAND | wxALL, FromDIP(12));

    finish_with_close_button(*this, sizer, FromDIP(12));

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search(search_->GetValue()); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { show_details(event.GetIndex()); });
    search(wxEmptyString);
    search_->SetFocus();
}

void GlossaryDialog::search(const wxString& query) {
    if (search_->GetValue() != query) search_->ChangeValue(query);
    shown_ = glossary_.search(to_utf8(query));
    const std::string session = to_utf8(current_interface_language());
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        const auto& name = shown_[i]->name;
        const long row = list_->InsertItem(static_cast<long>(i), to_wx(name.get(session, "en")));
        if (session != "en") list_->SetItem(row, 1, to_wx(name.get("en", "en")));
    }
    if (!shown_.empty()) {
        list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        show_details(0);
    } else {
        details_->ChangeValue(_("No term matches: try another spelling or another language."));
    }
}

void GlossaryDialog::show_details(long row) {
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) return;
    const auto& name = shown_[static_cast<std::size_t>(row)]->name;
    wxString text;
    for (const auto& [lang, value] : name.all()) {
        text << language_name(lang) << ": " << to_wx(value);
        const wxString status = status_text(name.status(lang));
        if (!status.empty()) text << "  (" << status << ")";
        text << "\n";
    }
    details_->ChangeValue(text.Trim());
}

}  // namespace socle::desktop
