// The main frame's part in room voting: it owns the RoomVoting (so the room
// survives a language change that rebuilds the pages, and stops with the
// document it serves), asks for the network, and puts the room beside the
// presentation slide.
#include <wx/msgdlg.h>

#include "common/error.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/dashboard/room_voting.h"
#include "ui/desktop/dashboard/slide_window.h"
#include "ui/desktop/dashboard/room_voting_dialog.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/network/local_addresses.h"

namespace socle::desktop {

bool MainFrame::start_room_voting(const RoomVotingOptions& options) {
    if (!document_) return false;
    stop_room_voting();
    commit_pending_edits();
    try {
        room_ = std::make_unique<RoomVoting>(*document_, options);
    } catch (const common::Error& error) {
        message_box(wxString::Format(_("Room voting could not start: %s\n\nPick another network or port and try again."),
                                     to_wx(error.what())),
                    _("Room voting"), wxOK | wxICON_WARNING, this);
        return false;
    }
    room_->set_on_change([this] {
        if (presentation_page_) presentation_page_->refresh();
        if (slide_window_) slide_window_->page()->refresh();
        update_status();
    });
    if (presentation_page_) presentation_page_->set_room(room_.get());
    if (slide_window_) slide_window_->page()->set_room(room_.get());
    update_menus();
    update_status();
    return true;
}

void MainFrame::stop_room_voting() {
    if (!room_) return;
    if (presentation_page_) presentation_page_->set_room(nullptr);
    if (slide_window_) slide_window_->page()->set_room(nullptr);
    room_.reset();
    update_menus();
    update_status();
}

void MainFrame::on_room_voting_command() {
    if (room_) {
        stop_room_voting();
        return;
    }
    RoomVotingDialog dialog(this, network::local_ipv4_addresses());
    if (dialog.ShowModal() != wxID_OK) return;
    if (start_room_voting(dialog.options())) set_presentation_mode(true);
}

}  // namespace socle::desktop
