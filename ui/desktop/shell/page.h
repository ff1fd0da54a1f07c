#pragma once
// The pages of the main frame, and their names on the command line
// (--page) and in the user guide's screenshots.
#include <optional>

#include <wx/string.h>

namespace socle::desktop {

enum class Page { Start, Setup, Walkthrough, Dashboard, Presentation, Systems, Compare, Roadmap };

// "dashboard" -> Page::Dashboard (any case); nothing for an unknown name.
std::optional<Page> parse_page(const wxString& name);

}  // namespace socle::desktop
