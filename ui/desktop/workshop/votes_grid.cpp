#include "ui/desktop/workshop/votes_grid.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/desktop/document/document.h"
#include "ui/desktop/widgets/focus_frame.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/wrapped_text.h"

namespace socle::desktop {

wxString participant_label(const assessment::Participant& participant) {
    if (participant.anonymous || participant.name.empty())
        return wxString::Format(_("Anonymous (%s)"), to_wx(participant.id));
    return to_wx(participant.name);
}

VotesGrid::VotesGrid(wxWindow* parent, Document& document) : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("votes");
    auto* label = new wxStaticText(this, wxID_ANY, _("&Votes"));
    label->SetFont(theme::font(this, 1.0, true));
    frame_ = new FocusFrame(this);
    list_ = new wxListCtrl(frame_, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(180)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->SetName(_("Votes of the participants"));
    list_->AppendColumn(_("Participant"), wxLIST_FORMAT_LEFT, FromDIP(220));
    list_->AppendColumn(_("Vote"), wxLIST_FORMAT_LEFT, FromDIP(150));
    frame_->set_content(list_);
    // Whose vote the next key sets, in words: the selection highlight alone
    // is easy to miss from the back of the room.
    // Wrapped: "Сейчас оценивает: вся группа (...)" must not widen the column.
    voting_for_ = new WrappedText(this, theme::font(this, 1.0, true), theme::accent());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(label, 0, wxBOTTOM, FromDIP(4));
    sizer->Add(voting_for_, 0, wxEXPAND | wxBOTTOM, FromDIP(2));
    sizer->Add(frame_, 1, wxEXPAND);
    // The keys, under the list: a short line that wraps rather than widening the column.
    hint_ = new WrappedText(this, theme::font(this, 0.95), theme::muted_text());
    hint_->set_text(_("Keys: 1-5 a level, n not applicable, u unknown, Delete clears; the next participant is selected."));
    sizer->Add(hint_, 0, wxEXPAND | wxTOP, FromDIP(4));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        hint_->set_wrap_width(event.GetSize().GetWidth());
        voting_for_->set_wrap_width(event.GetSize().GetWidth());
        event.Skip();
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        update_voting_for();
        event.Skip();
    });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& event) {
        update_voting_for();
        event.Skip();
    });
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int width = event.GetSize().GetWidth() - FromDIP(24);
        if (width > FromDIP(200)) {
            // Half each: a level's name ("3  Определённый") needs as much room as a person's.
            list_->SetColumnWidth(0, width / 2);
            list_->SetColumnWidth(1, width - width / 2);
        }
        event.Skip();
    });
}

wxString VotesGrid::vote_text(const std::optional<assessment::Vote>& vote) const {
    if (!vote) return wxString();
    switch (vote->kind) {
        case assessment::VoteKind::NotApplicable: return _("not applicable");
        case assessment::VoteKind::Unknown: return _("unknown");
        case assessment::VoteKind::Level: break;
    }
    const auto& levels = document_.framework().levels;
    const auto index = static_cast<std::size_t>(vote->level - 1);
    if (index < levels.size())
        return wxString::Format("%d  %s", vote->level, to_wx(document_.framework().text(levels[index].name, document_.language())));
    return wxString::Format("%d", vote->level);
}

void VotesGrid::mark_replaced(const std::string& participant, const std::optional<assessment::Vote>& before) {
    if (replaced_indicator_ != document_.current_indicator()) replaced_.clear();
    replaced_indicator_ = document_.current_indicator();
    // The first value is the one the room had: two quick changes keep it.
    replaced_.try_emplace(participant, before ? vote_text(before) : wxString(_("no vote")));
}

void VotesGrid::refresh() {
    const auto& assessment = document_.assessment();
    if (replaced_indicator_ != document_.current_indicator()) replaced_.clear();
    const auto& response = assessment.response(document_.current_indicator());
    const long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    std::vector<std::string> ids;
    for (const auto& participant : assessment.participants) ids.push_back(participant.id);
    if (ids != participant_ids_) {
        participant_ids_ = ids;
        list_->DeleteAllItems();
        for (std::size_t i = 0; i < assessment.participants.size(); ++i)
            list_->InsertItem(static_cast<long>(i), participant_label(assessment.participants[i]));
    }
    for (std::size_t i = 0; i < assessment.participants.size(); ++i) {
        const auto found = response.votes.find(assessment.participants[i].id);
        const auto vote = found == response.votes.end() ? std::nullopt : std::optional(found->second);
        wxString text = vote_text(vote);
        const auto replaced = replaced_.find(assessment.participants[i].id);
        const bool changed = replaced != replaced_.end() && replaced->second != text;
        if (changed) text << "  " << wxString::Format(_("(was %s)"), replaced->second);
        if (list_->GetItemText(static_cast<long>(i), 1) != text) list_->SetItem(static_cast<long>(i), 1, text);
        const wxColour colour = changed ? theme::accent() : list_->GetTextColour();
        if (list_->GetItemTextColour(static_cast<long>(i)) != colour) list_->SetItemTextColour(static_cast<long>(i), colour);
        if (list_->GetItemText(static_cast<long>(i), 0) != participant_label(assessment.participants[i]))
            list_->SetItem(static_cast<long>(i), 0, participant_label(assessment.participants[i]));
    }
    if (selected == -1 && !participant_ids_.empty()) select_participant(0);
    update_voting_for();
}

void VotesGrid::update_voting_for() {
    // No participant selected: the keys record the agreed level
    // (IndicatorPanel::record).
    const std::string id = selected_participant();
    wxString name = _("the agreed level");
    for (const auto& participant : document_.assessment().participants)
        if (participant.id == id) name = participant_label(participant);
    const wxString text = wxString::Format(_("Voting for: %s"), name);
    if (voting_for_->text() != text) {
        voting_for_->set_text(text);
        Layout();
    }
}

std::string VotesGrid::selected_participant() const {
    const long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || static_cast<std::size_t>(selected) >= participant_ids_.size()) return {};
    return participant_ids_[static_cast<std::size_t>(selected)];
}

void VotesGrid::select_participant(std::size_t row) {
    if (row >= participant_ids_.size()) return;
    const auto item = static_cast<long>(row);
    list_->SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(item);
    update_voting_for();
}

void VotesGrid::select_none() {
    for (long item = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); item != -1;
         item = list_->GetNextItem(item, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED))
        list_->SetItemState(item, 0, wxLIST_STATE_SELECTED);
    update_voting_for();
}

bool VotesGrid::select_next() {
    const long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || static_cast<std::size_t>(selected + 1) >= participant_ids_.size()) return false;
    select_participant(static_cast<std::size_t>(selected + 1));
    return true;
}

void VotesGrid::focus_list() { list_->SetFocus(); }

}  // namespace socle::desktop
