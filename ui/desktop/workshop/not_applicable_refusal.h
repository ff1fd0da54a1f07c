#pragma once
// The desktop side of the model's N/A refusal (assessment::refusal_of): a
// vote key or agreed-level choice of N/A on an always-applicable indicator
// shows why, and nothing changes.
#include <optional>

#include <wx/msgdlg.h>
#include <wx/window.h>

#include "assessment/assessment.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

// True (after telling the user) when `vote` must not be recorded.
inline bool refuse_not_applicable(wxWindow* parent, const frameworks::Indicator* indicator,
                                  const std::optional<assessment::Vote>& vote) {
    if (!indicator || !vote || !assessment::refusal_of(*indicator, *vote)) return false;
    wxMessageBox(wxString::Format(translated(assessment::not_applicable_refused_template()), to_wx(indicator->id)),
                 _("Not applicable is refused"), wxOK | wxICON_INFORMATION, parent);
    return true;
}

}  // namespace socle::desktop
