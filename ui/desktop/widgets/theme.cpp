#include "ui/desktop/widgets/theme.h"

#include <algorithm>
#include <cmath>

#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/intl.h>
#include <wx/window.h>

#include "scoring/figure_text.h"

namespace socle::desktop::theme {

namespace {
double g_text_scale = 1.0;
}

DisplayStatus display_status(const scoring::IndicatorScore& score) {
    using scoring::IndicatorStatus;
    switch (score.status) {
        case IndicatorStatus::NotRelevant: return DisplayStatus::NotRelevant;
        case IndicatorStatus::Unanswered: return DisplayStatus::Unanswered;
        case IndicatorStatus::NotApplicable: return DisplayStatus::NotApplicable;
        case IndicatorStatus::Unknown: return DisplayStatus::Unknown;
        case IndicatorStatus::Rated: break;
    }
    if (score.disagreement && score.source != scoring::LevelSource::Agreed) return DisplayStatus::Disagreement;
    return DisplayStatus::Rated;
}

wxString status_label(DisplayStatus status) {
    switch (status) {
        case DisplayStatus::Unanswered: return _("Unanswered");
        case DisplayStatus::Rated: return _("Rated");
        case DisplayStatus::Disagreement: return _("Disagreement");
        case DisplayStatus::NotApplicable: return _("Not applicable");
        case DisplayStatus::Unknown: return _("Unknown");
        case DisplayStatus::NotRelevant: return _("Not relevant");
    }
    return {};
}

wxString status_symbol(DisplayStatus status) {
    switch (status) {
        case DisplayStatus::Unanswered: return wxString::FromUTF8("○");
        case DisplayStatus::Rated: return wxString::FromUTF8("●");
        case DisplayStatus::Disagreement: return wxString::FromUTF8("▲");
        case DisplayStatus::NotApplicable: return wxString::FromUTF8("–");
        case DisplayStatus::Unknown: return "?";
        case DisplayStatus::NotRelevant: return wxString::FromUTF8("×");
    }
    return {};
}

wxColour status_colour(DisplayStatus status) {
    switch (status) {
        case DisplayStatus::Unanswered: return wxColour(0x75, 0x75, 0x75);
        case DisplayStatus::Rated: return wxColour(0x1B, 0x7F, 0x3B);
        case DisplayStatus::Disagreement: return wxColour(0xD8, 0x4A, 0x05);
        case DisplayStatus::NotApplicable: return wxColour(0x45, 0x5A, 0x64);
        case DisplayStatus::Unknown: return wxColour(0x6A, 0x1B, 0x9A);
        case DisplayStatus::NotRelevant: return wxColour(0xB0, 0xB0, 0xB0);
    }
    return *wxBLACK;
}

wxBitmap status_bitmap(DisplayStatus status, int size) {
    wxBitmap bitmap(size, size, 32);
    bitmap.UseAlpha();
    {
        wxMemoryDC dc(bitmap);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        if (gc) {
            const wxColour colour = status_colour(status);
            const double inset = 2.0;
            gc->SetPen(wxPen(colour, 2));
            gc->SetBrush(status == DisplayStatus::Unanswered ? *wxTRANSPARENT_BRUSH : wxBrush(colour));
            if (status == DisplayStatus::Disagreement) {
                wxGraphicsPath path = gc->CreatePath();
                path.MoveToPoint(size / 2.0, inset);
                path.AddLineToPoint(size - inset, size - inset);
                path.AddLineToPoint(inset, size - inset);
                path.CloseSubpath();
                gc->DrawPath(path);
            } else {
                gc->DrawEllipse(inset, inset, size - 2 * inset, size - 2 * inset);
            }
        }
    }
    return bitmap;
}

wxColour level_colour(int level, int level_count) {
    static const wxColour kScale[] = {wxColour(0xC6, 0x28, 0x28), wxColour(0xEF, 0x6C, 0x00), wxColour(0xF9, 0xA8, 0x25),
                                      wxColour(0x7C, 0xB3, 0x42), wxColour(0x2E, 0x7D, 0x32)};
    if (level_count <= 1) return kScale[4];
    const double t = std::clamp(static_cast<double>(level - 1) / (level_count - 1), 0.0, 1.0);
    return kScale[static_cast<int>(std::lround(t * 4))];
}

wxColour text() { return wxColour(0x1A, 0x1A, 0x1A); }
wxColour muted_text() { return wxColour(0x50, 0x50, 0x50); }
wxColour accent() { return wxColour(0x0D, 0x47, 0xA1); }
wxColour page_background() { return wxColour(0xFA, 0xFA, 0xFA); }
wxColour card_background() { return wxColour(0xFF, 0xFF, 0xFF); }
wxColour selected_background() { return wxColour(0xDC, 0xEB, 0xFF); }
wxColour warning_text() { return wxColour(0x8A, 0x2B, 0x00); }
wxColour warning_background() { return wxColour(0xFF, 0xE8, 0xCC); }
wxColour current_series() { return wxColour(0x15, 0x65, 0xC0); }
wxColour target_series() { return wxColour(0xE6, 0x51, 0x00); }

wxFont font(const wxWindow* window, double factor, bool bold) {
    wxFont base = window ? window->GetFont() : *wxNORMAL_FONT;
    if (!base.IsOk()) base = *wxNORMAL_FONT;
    wxFont result = base;
    result.SetFractionalPointSize(wxNORMAL_FONT->GetFractionalPointSize() * factor * g_text_scale);
    if (bold) result.MakeBold();
    return result;
}

void set_text_scale(double scale) { g_text_scale = std::clamp(scale, 0.7, 2.5); }
double text_scale() { return g_text_scale; }

// The rounding and precision of scoring/figure_text.h, shared with the CLI
// and the workbook's number formats.
wxString format_level(const std::optional<double>& level) {
    return level ? wxString::FromUTF8(scoring::level_text(*level)) : wxString::FromUTF8("–");
}

wxString format_index(const std::optional<double>& index) {
    return index ? wxString::FromUTF8(scoring::index_text(*index)) : wxString::FromUTF8("–");
}

wxString format_percent(const std::optional<double>& fraction) {
    return fraction ? wxString::FromUTF8(scoring::percent_text(*fraction)) : wxString::FromUTF8("–");
}

}  // namespace socle::desktop::theme
