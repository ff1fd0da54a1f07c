#pragma once
// Presentation mode's `r`: the rationale for the agreed level, typed without
// leaving the slide. The dialog shows over the slide in large type, so the
// room reads what is being recorded as the facilitator types it.
#include <optional>
#include <string>

#include <wx/string.h>

class wxWindow;

namespace socle::desktop {

// Asks for the rationale of `indicator_heading`'s agreed level, starting
// from `current`; nullopt when cancelled. The answer is trimmed.
std::optional<std::string> ask_rationale(wxWindow* parent, const wxString& indicator_heading, const std::string& current);

}  // namespace socle::desktop
