#include "ui/desktop/workshop/evidence_panel.h"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "assessment/edits.h"
#include "assessment/evidence_register.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/workshop/evidence_dialog.h"

namespace socle::desktop {

namespace {

namespace edits = socle::assessment::edits;

// "Decree 224/PM - Law or regulation, 2024-05-17"
wxString line_of(const assessment::EvidenceDocument& document) {
    wxString line = to_wx(document.title.empty() ? document.id : document.title);
    line += " - " + translated(assessment::document_type_label(document.type));
    if (!document.date.empty()) line += ", " + to_wx(document.date);
    return line;
}

}  // namespace

EvidencePanel::EvidencePanel(wxWindow* parent, Document& document) : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("evidence-register");
    auto* title = new wxStaticText(this, wxID_ANY, _("Documents seen"));
    title->SetFont(theme::font(this, 1.0, true));
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetForegroundColour(theme::muted_text());
    list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(90)));
    list_->SetName(_("Documents supporting this indicator"));
    add_ = new wxButton(this, wxID_ANY, _("Add &document..."));
    add_->SetName("add_document");
    link_ = new wxButton(this, wxID_ANY, _("Link a document &seen..."));
    link_->SetName("link_document");
    unlink_ = new wxButton(this, wxID_ANY, _("Unlin&k"));
    unlink_->SetName("unlink_document");
    edit_ = new wxButton(this, wxID_ANY, _("&Edit..."));
    edit_->SetName("edit_document");
    remove_ = new wxButton(this, wxID_ANY, _("Re&move"));
    remove_->SetName("remove_document");

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(link_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(unlink_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(edit_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(remove_, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title, 0);
    sizer->Add(summary_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    sizer->Add(list_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
    sizer->Add(buttons, 0);
    SetSizer(sizer);

    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_add(); });
    link_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_link(); });
    unlink_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_unlink(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_edit(); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_remove(); });
    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { enable_selection_buttons(); });
    list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { on_edit(); });
    refresh();
}

void EvidencePanel::refresh() {
    const auto& a = document_.assessment();
    const auto& indicator = document_.current_indicator();
    const auto supporting = assessment::documents_supporting(a, indicator);
    shown_.clear();
    wxArrayString lines;
    for (const auto* document : supporting) {
        shown_.push_back(document->id);
        lines.Add(line_of(*document));
    }
    list_->Set(lines);
    summary_->SetLabel(supporting.empty()
                           ? _("No document of the register supports this indicator: its agreed level is stated.")
                           : wxString::Format(wxPLURAL("%d document supports this indicator.",
                                                       "%d documents support this indicator.",
                                                       static_cast<int>(supporting.size())),
                                              static_cast<int>(supporting.size())));
    link_->Enable(supporting.size() < a.evidence.size());
    enable_selection_buttons();
}

void EvidencePanel::enable_selection_buttons() {
    const bool chosen = selected() != nullptr;
    unlink_->Enable(chosen);
    edit_->Enable(chosen);
    remove_->Enable(chosen);
}

const assessment::EvidenceDocument* EvidencePanel::selected() const {
    const int row = list_->GetSelection();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= shown_.size()) return nullptr;
    for (const auto& document : document_.assessment().evidence)
        if (document.id == shown_[static_cast<std::size_t>(row)]) return &document;
    return nullptr;
}

void EvidencePanel::on_edit() {
    const auto* chosen = selected();
    if (!chosen) return;
    const auto& a = document_.assessment();
    EvidenceDialog dialog(this, to_wx(chosen->title.empty() ? chosen->id : chosen->title), a, *chosen);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto edited = dialog.document();
    if (edited == *chosen) return;
    document_.apply(described(edits::update_document(a, edited), wxString::Format(_("document %s"), to_wx(edited.title))));
}

void EvidencePanel::on_remove() {
    const auto* chosen = selected();
    if (!chosen) return;
    const wxString title = to_wx(chosen->title);
    document_.apply(described(edits::remove_document(document_.assessment(), chosen->id),
                              wxString::Format(_("document %s"), title)));
}

void EvidencePanel::on_add() {
    const auto& a = document_.assessment();
    assessment::EvidenceDocument fresh;
    fresh.id = assessment::next_document_id(a);
    fresh.indicators = {document_.current_indicator()};
    EvidenceDialog dialog(this, _("Add document"), a, fresh);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto added = dialog.document();
    document_.apply(described(edits::add_document(document_.assessment(), added),
                              wxString::Format(_("document %s"), to_wx(added.title))));
}

void EvidencePanel::on_link() {
    const auto& a = document_.assessment();
    const auto& indicator = document_.current_indicator();
    std::vector<std::string> ids;
    wxArrayString choices;
    for (const auto& document : a.evidence) {
        if (document.supports(indicator)) continue;
        ids.push_back(document.id);
        choices.Add(line_of(document));
    }
    if (ids.empty()) return;
    wxSingleChoiceDialog chooser(this, wxString::Format(_("Which document supports %s?"), to_wx(indicator)),
                                 _("Link a document seen"), choices);
    chooser.SetName("link-document-dialog");
    if (chooser.ShowModal() != wxID_OK) return;
    const auto& id = ids.at(static_cast<std::size_t>(chooser.GetSelection()));
    document_.apply(described(edits::link_document(a, id, indicator),
                              wxString::Format(_("link of a document to %s"), to_wx(indicator))));
}

void EvidencePanel::on_unlink() {
    const int row = list_->GetSelection();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= shown_.size()) return;
    const auto& indicator = document_.current_indicator();
    document_.apply(described(edits::unlink_document(document_.assessment(), shown_[static_cast<std::size_t>(row)],
                                                     indicator),
                              wxString::Format(_("unlink of a document from %s"), to_wx(indicator))));
}

}  // namespace socle::desktop
