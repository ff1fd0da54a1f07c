#include "ui/desktop/dashboard/room_voting_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

RoomVotingDialog::RoomVotingDialog(wxWindow* parent, std::vector<network::LocalAddress> addresses)
    : wxDialog(parent, wxID_ANY, _("Room voting"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      addresses_(std::move(addresses)) {
    SetName("room-voting");
    if (addresses_.empty()) addresses_.push_back({"", "127.0.0.1", true});
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Participants vote from their phones' browsers, with no internet and no app. Their phones must be on the "
          "same network as this computer: the room's Wi-Fi, or this computer's own hotspot."));
    intro->Wrap(FromDIP(520));
    address_ = new wxChoice(this, wxID_ANY);
    address_->SetName("room-voting.address");
    for (const auto& address : addresses_) {
        const wxString network = address.loopback ? wxString(_("this computer only, for a try"))
                                                   : to_wx(address.interface_name);
        address_->Append(wxString::Format("%s  (%s)", to_wx(address.address), network));
    }
    address_->SetSelection(0);
    port_ = new wxSpinCtrl(this, wxID_ANY, "8080", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1024, 65535, 8080);
    port_->SetName("room-voting.port");
    allow_new_ = new wxCheckBox(this, wxID_ANY, _("People not in the participants list may join with their name"));
    allow_new_->SetName("room-voting.allow-new");

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Network")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(address_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Port")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(port_, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, 0, wxALL, FromDIP(12));
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(allow_new_, 0, wxALL, FromDIP(12));
    sizer->Add(ok_cancel_buttons(*this), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
}

RoomVotingOptions RoomVotingDialog::options() const {
    RoomVotingOptions options;
    const int chosen = address_->GetSelection();
    options.address = addresses_[chosen == wxNOT_FOUND ? 0 : static_cast<std::size_t>(chosen)].address;
    options.port = static_cast<std::uint16_t>(port_->GetValue());
    options.allow_new_participants = allow_new_->GetValue();
    return options;
}

}  // namespace socle::desktop
