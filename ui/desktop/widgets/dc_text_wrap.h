#pragma once
// Word wrapping on a wxDC (any DC: screen, bitmap, SVG), for the views that
// draw their own cards and boxes: at most `max_lines` lines that fit
// `width` in the DC's current font, the last one cut with an ellipsis when
// the text is longer.
#include <cstddef>
#include <vector>

#include <wx/string.h>

class wxDC;

namespace socle::desktop {

std::vector<wxString> wrap_lines(wxDC& dc, const wxString& text, double width, std::size_t max_lines);

}  // namespace socle::desktop
