#include "ui/desktop/shell/next_round.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/atomic_file.h"
#include "common/path_text.h"
#include "common/sha256.h"
#include "common/text.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

std::optional<NextRoundChoice> ask_next_round(wxWindow* parent, const Document& last) {
    wxDialog dialog(parent, wxID_ANY, _("Start the next round"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "next_round");
    auto* column = new wxBoxSizer(wxVERTICAL);
    const auto& assessment = last.assessment();
    auto* intro = new wxStaticText(
        &dialog, wxID_ANY,
        _("The set-up, institutions, core schemes and systems, the system map and the roadmap decisions carry "
          "over. Every indicator starts as \"not re-examined\", showing this round's result, until the room rates "
          "it anew. The new round opens as a new, unsaved assessment; this one is not changed."));
    intro->Wrap(dialog.FromDIP(460));
    column->Add(intro, 0, wxALL, dialog.FromDIP(12));
    if (!assessment.metadata.round.empty())
        column->Add(new wxStaticText(&dialog, wxID_ANY,
                                     wxString::Format(_("This round: %s"), to_wx(assessment.metadata.round))),
                    0, wxLEFT | wxRIGHT | wxBOTTOM, dialog.FromDIP(12));
    column->Add(new wxStaticText(&dialog, wxID_ANY, _("Name of the new round:")), 0, wxLEFT | wxRIGHT, dialog.FromDIP(12));
    auto* name = new wxTextCtrl(&dialog, wxID_ANY, _("follow-up"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "next_round.name");
    column->Add(name, 0, wxEXPAND | wxALL, dialog.FromDIP(12));
    auto* keep = new wxCheckBox(&dialog, wxID_ANY,
                                wxString::Format(_("Keep the %d participants"),
                                                 static_cast<int>(assessment.participants.size())),
                                wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "next_round.keep_participants");
    keep->Enable(!assessment.participants.empty());
    column->Add(keep, 0, wxLEFT | wxRIGHT | wxBOTTOM, dialog.FromDIP(12));
    column->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, dialog.FromDIP(12));
    dialog.SetSizerAndFit(column);
    // A round needs a name: comparisons and reports tell rounds apart by it.
    auto* ok = dialog.FindWindow(wxID_OK);
    name->Bind(wxEVT_TEXT, [name, ok](wxCommandEvent&) { ok->Enable(!common::trim(to_utf8(name->GetValue())).empty()); });
    name->SelectAll();
    name->SetFocus();
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    const std::string round(common::trim(to_utf8(name->GetValue())));
    if (round.empty()) return std::nullopt;
    return NextRoundChoice{round, keep->IsChecked()};
}

assessment::NextRound next_round_of(const Document& last, const NextRoundChoice& choice) {
    assessment::NextRoundOptions options;
    options.round = choice.round;
    options.keep_participants = choice.keep_participants;
    if (!last.path().empty()) {
        options.baseline_file = common::path_to_utf8(last.path().filename());
        // The file's own bytes when they are what is shown.
        common::Diagnostics ignored;
        if (!last.modified())
            if (const auto bytes = common::read_file_or_diagnose(last.path(), ignored))
                options.baseline_fingerprint = common::sha256_hex(*bytes);
    }
    return assessment::start_next_round(last.assessment(), options);
}

}  // namespace socle::desktop
