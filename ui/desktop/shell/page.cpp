#include "ui/desktop/shell/page.h"

namespace socle::desktop {

std::optional<Page> parse_page(const wxString& name) {
    const wxString lower = name.Lower();
    if (lower == "start") return Page::Start;
    if (lower == "setup") return Page::Setup;
    if (lower == "walkthrough" || lower == "indicator") return Page::Walkthrough;
    if (lower == "dashboard") return Page::Dashboard;
    if (lower == "presentation") return Page::Presentation;
    if (lower == "systems") return Page::Systems;
    if (lower == "roadmap") return Page::Roadmap;
    if (lower == "compare") return Page::Compare;
    return std::nullopt;
}

}  // namespace socle::desktop
