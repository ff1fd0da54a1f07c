#pragma once
// Colours, fonts and status wording shared by every view. Chosen for a
// projector: strong contrast, large type, and never colour alone (every
// status also has a word and a symbol).
#include <wx/bitmap.h>
#include <wx/colour.h>
#include <wx/font.h>
#include <wx/string.h>

#include "scoring/assessment_scores.h"

class wxWindow;

namespace socle::desktop::theme {

// What the navigator and the views call an indicator's state.
enum class DisplayStatus { Unanswered, Rated, Disagreement, NotApplicable, Unknown, NotRelevant };
constexpr int kDisplayStatusCount = 6;

// Disagreement wins over "rated" until the room records an agreed value.
DisplayStatus display_status(const scoring::IndicatorScore& score);
wxString status_label(DisplayStatus status);  // translated
wxString status_symbol(DisplayStatus status);  // one character, for text-only lists
wxColour status_colour(DisplayStatus status);
// A small filled (or hollow, for unanswered) disc for lists and trees.
wxBitmap status_bitmap(DisplayStatus status, int size);

// The level colour scale, from red (1) to green (highest).
wxColour level_colour(int level, int level_count);

wxColour text();
wxColour muted_text();
wxColour accent();
wxColour page_background();
wxColour card_background();
wxColour selected_background();
wxColour warning_text();
wxColour warning_background();
wxColour current_series();
wxColour target_series();

// The font of `window` scaled by `factor` (and the app's text scale).
wxFont font(const wxWindow* window, double factor, bool bold = false);

// The app-wide text scale (from the settings), applied by font().
void set_text_scale(double scale);
double text_scale();

// Figures as shown to people: "3", "2.25", "27.8", "98%"; a dash when
// absent. Rounded as the workbook's cells and the CLI round them.
wxString format_level(const std::optional<double>& level);
wxString format_index(const std::optional<double>& index);
wxString format_percent(const std::optional<double>& fraction);

}  // namespace socle::desktop::theme
