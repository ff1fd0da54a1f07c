#pragma once
// Asked before room voting starts: which of this computer's networks the
// phones are on (the laptop's hotspot or the room's Wi-Fi), the port, and
// whether people may join with a name that is not yet in the list.
#include <vector>

#include <wx/dialog.h>

#include "ui/desktop/dashboard/room_voting.h"
#include "ui/network/local_addresses.h"

class wxChoice;
class wxSpinCtrl;
class wxCheckBox;

namespace socle::desktop {

class RoomVotingDialog : public wxDialog {
public:
    RoomVotingDialog(wxWindow* parent, std::vector<network::LocalAddress> addresses);
    RoomVotingOptions options() const;

private:
    std::vector<network::LocalAddress> addresses_;
    wxChoice* address_ = nullptr;
    wxSpinCtrl* port_ = nullptr;
    wxCheckBox* allow_new_ = nullptr;
};

}  // namespace socle::desktop
