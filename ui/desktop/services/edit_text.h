#pragma once
// The core's edit builders describe edits in English for logs; the menus
// show "Undo <description>" in the interface language, so the desktop
// replaces the description with a translated one when it builds an edit.
#include <wx/string.h>

#include "assessment/edit_history.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

inline assessment::Edit described(assessment::Edit edit, const wxString& description) {
    edit.description = to_utf8(description);
    return edit;
}

}  // namespace socle::desktop
