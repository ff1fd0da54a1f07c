#include "ui/desktop/workshop/participants_panel.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "assessment/edits.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/workshop/participant_dialog.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/widgets/wrapped_text.h"

namespace socle::desktop {

namespace {
namespace edits = socle::assessment::edits;
}

ParticipantsPanel::ParticipantsPanel(wxWindow* parent, Document& document)
    : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("participants");
    // The keys' line paints its background in this colour.
    SetBackgroundColour(parent->GetBackgroundColour());
    auto* title = new wxStaticText(this, wxID_ANY, _("&Participants"));
    title->SetFont(theme::font(this, 1.25, true));
    title->SetForegroundColour(theme::accent());
    // 170, not 200: room for the keys' line under it on a 1280x800 screen.
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(170)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    // Its columns' widths are not its minimum: on a 1024-pixel projector the
    // list takes half the page (and scrolls sideways) rather than pushing
    // the set-up page into one long column.
    list_->SetMinSize(wxSize(FromDIP(320), FromDIP(170)));
    list_->SetName(_("Participants"));
    list_->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(200));
    list_->AppendColumn(_("Institution"), wxLIST_FORMAT_LEFT, FromDIP(220));
    list_->AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, FromDIP(160));
    list_->AppendColumn(_("Votes"), wxLIST_FORMAT_RIGHT, FromDIP(70));

    add_ = new wxButton(this, wxID_ADD, _("&Add..."));
    add_->SetName(_("Add participant"));
    edit_ = new wxButton(this, wxID_EDIT, _("&Edit..."));
    edit_->SetName(_("Edit participant"));
    remove_ = new wxButton(this, wxID_REMOVE, _("Re&move"));
    remove_->SetName(_("Remove participant"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(edit_, 0, wxRIGHT, FromDIP(8));
    buttons->Add(remove_, 0);

    // The keys of the list, which nothing else shows.
    hint_ = new WrappedText(this, theme::font(this, 0.95), theme::muted_text());
    hint_->set_text(_("Keys in the list: Insert adds a participant, Enter edits, Delete removes."));
    hint_->SetName("participants-keys");
    // When the keys' line needs another height, the page (a scrolled
    // window) lays out again and grows its scrolled area: without it the
    // buttons below were pushed past the area's end, under the status bar
    // at 1280x800 in a larger font, where no scrolling reached them.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        if (hint_->set_wrap_width(event.GetSize().GetWidth())) CallAfter([this] { relayout_page(); });
        event.Skip();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title, 0, wxBOTTOM, FromDIP(6));
    sizer->Add(list_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    sizer->Add(hint_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    sizer->Add(buttons, 0);
    SetSizer(sizer);

    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_add(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_edit(); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_remove(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { on_edit(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE) on_remove();
        else if (event.GetKeyCode() == WXK_INSERT) on_add();
        else event.Skip();
    });
    refresh();
}

void ParticipantsPanel::refresh() {
    const auto& assessment = document_.assessment();
    const long keep = selected();
    list_->Freeze();
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < assessment.participants.size(); ++i) {
        const auto& participant = assessment.participants[i];
        int votes = 0;
        for (const auto& [id, response] : assessment.responses) votes += response.votes.count(participant.id) ? 1 : 0;
        const long row = list_->InsertItem(static_cast<long>(i), participant_label(participant));
        list_->SetItem(row, 1, to_wx(participant.institution));
        list_->SetItem(row, 2, to_wx(participant.role));
        list_->SetItem(row, 3, wxString::Format("%d", votes));
    }
    if (keep >= 0 && keep < list_->GetItemCount())
        list_->SetItemState(keep, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->Thaw();
    update_buttons();
}

void ParticipantsPanel::relayout_page() {
    auto* page = GetParent();
    if (!page || page->IsBeingDeleted()) return;
    page->Layout();
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(page)) scrolled->FitInside();
}

long ParticipantsPanel::selected() const { return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

void ParticipantsPanel::update_buttons() {
    const bool any = selected() >= 0;
    edit_->Enable(any);
    remove_->Enable(any);
}

void ParticipantsPanel::on_add() {
    assessment::Participant fresh;
    fresh.id = edits::next_participant_id(document_.assessment());
    ParticipantDialog dialog(this, _("Add participant"), fresh, document_.assessment().metadata.institutions);
    if (dialog.ShowModal() != wxID_OK) return;
    auto participant = dialog.participant();
    if (!participant.anonymous && participant.name.empty()) participant.anonymous = true;
    document_.apply(described(edits::add_participant(document_.assessment(), participant),
                              wxString::Format(_("add participant %s"), participant_label(participant))));
    const long last = list_->GetItemCount() - 1;
    if (last >= 0) list_->SetItemState(last, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->SetFocus();
}

void ParticipantsPanel::on_edit() {
    const long row = selected();
    const auto& participants = document_.assessment().participants;
    if (row < 0 || static_cast<std::size_t>(row) >= participants.size()) return;
    ParticipantDialog dialog(this, _("Edit participant"), participants[static_cast<std::size_t>(row)],
                             document_.assessment().metadata.institutions);
    if (dialog.ShowModal() != wxID_OK) return;
    auto participant = dialog.participant();
    if (!participant.anonymous && participant.name.empty()) participant.anonymous = true;
    if (participant == participants[static_cast<std::size_t>(row)]) return;
    document_.apply(described(edits::update_participant(document_.assessment(), participant),
                              wxString::Format(_("edit participant %s"), participant_label(participant))));
}

void ParticipantsPanel::on_remove() {
    const long row = selected();
    const auto& participants = document_.assessment().participants;
    if (row < 0 || static_cast<std::size_t>(row) >= participants.size()) return;
    const auto participant = participants[static_cast<std::size_t>(row)];
    // No question asked: removal is one undo away, and says so.
    document_.apply(described(edits::remove_participant(document_.assessment(), participant.id),
                              wxString::Format(_("remove participant %s"), participant_label(participant))));
}

}  // namespace socle::desktop
