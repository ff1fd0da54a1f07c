#include "ui/desktop/widgets/dc_text_wrap.h"

#include <wx/arrstr.h>
#include <wx/dc.h>

namespace socle::desktop {

// Greedy word wrap to `width`, at most `max_lines`, the last one ending in
// an ellipsis when the text does not fit.
std::vector<wxString> wrap_lines(wxDC& dc, const wxString& text, double width, std::size_t max_lines) {
    std::vector<wxString> lines;
    wxString line;
    const auto words = wxSplit(text, ' ', '\0');
    for (std::size_t i = 0; i < words.size(); ++i) {
        const wxString candidate = line.empty() ? words[i] : line + " " + words[i];
        if (dc.GetTextExtent(candidate).GetWidth() <= width || line.empty()) {
            line = candidate;
            continue;
        }
        lines.push_back(line);
        line = words[i];
        if (lines.size() == max_lines) {
            line.clear();
            lines.back() += " " + words[i];
            break;
        }
    }
    if (!line.empty()) lines.push_back(line);
    if (lines.size() > max_lines) lines.resize(max_lines);
    auto& last = lines.empty() ? line : lines.back();
    const wxString ellipsis = wxString::FromUTF8("...");
    bool cut = false;
    while (!last.empty() && dc.GetTextExtent(last).GetWidth() > width) {
        last.RemoveLast();
        cut = true;
    }
    if (cut) {
        while (!last.empty() && dc.GetTextExtent(last + ellipsis).GetWidth() > width) last.RemoveLast();
        last += ellipsis;
    }
    return lines;
}

}  // namespace socle::desktop
