#include "ui/desktop/workshop/level_card.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/dcclient.h>

#include "ui/desktop/widgets/text_layout.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {
constexpr int kPadding = 10;
constexpr int kBorder = 3;
}  // namespace

LevelCard::LevelCard(wxWindow* parent, int level, int level_count)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE),
      level_(level), level_count_(level_count) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetFont(theme::font(parent, 1.1));
    SetCursor(wxCursor(wxCURSOR_HAND));
    Bind(wxEVT_PAINT, &LevelCard::on_paint, this);
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent&) {
        SetFocus();
        if (on_pick_) on_pick_(level_);
    });
    Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        if ((key == WXK_SPACE || key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && on_pick_)
            on_pick_(level_);
        else if (key == WXK_TAB)
            Navigate(event.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
        else
            event.Skip();
    });
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& event) { Refresh(); event.Skip(); });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) { Refresh(); event.Skip(); });

}

void LevelCard::set_content(const wxString& name, const wxString& descriptor) {
    name_ = name;
    descriptor_ = descriptor;
    SetName(wxString::Format(_("Level %d: %s. %s"), level_, name, descriptor));
    layout_text();
    Refresh();
}

void LevelCard::set_state(int votes, bool current, bool agreed, bool mine) {
    if (votes == votes_ && current == current_ && agreed == agreed_ && mine == mine_) return;
    votes_ = votes;
    current_ = current;
    agreed_ = agreed;
    mine_ = mine;
    Refresh();
}

int LevelCard::badge_width() const { return FromDIP(64); }

void LevelCard::set_wrap_width(int width) {
    if (width <= 0) return;
    wrap_width_ = width;
    layout_text();
}

void LevelCard::layout_text() {
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    // The right-hand column keeps room for the vote count and the marker.
    dc.SetFont(theme::font(this, 1.3, true));
    int reserve = dc.GetTextExtent(wxString::Format(wxPLURAL("%d vote", "%d votes", 99), 99)).GetWidth();
    dc.SetFont(GetFont());
    reserve = std::max(reserve, dc.GetTextExtent(wxString::FromUTF8("◆ ") + _("selected vote")).GetWidth());
    const int text_width = std::max(80, wrap_width_ - badge_width() - 4 * FromDIP(kPadding) - reserve);
    lines_ = wrap_text(dc, descriptor_, text_width);
    const int line_height = dc.GetCharHeight();
    dc.SetFont(GetFont().Bold());
    const int name_height = dc.GetCharHeight();
    const int height = 2 * FromDIP(kPadding) + name_height + static_cast<int>(lines_.size()) * line_height + 2;
    if (height != needed_height_) {
        needed_height_ = height;
        InvalidateBestSize();
        SetMinSize(wxSize(FromDIP(200), needed_height_));
    }
}

// The width is the sizer's to give (the text wraps to it); only the height
// is asked for, or the card would push the layout wider than the window.
wxSize LevelCard::DoGetBestClientSize() const { return wxSize(FromDIP(200), needed_height_); }

void LevelCard::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const wxSize size = GetClientSize();
    // Never draw text wrapped for another width (it would run under the votes).
    if (size.GetWidth() > 100 && size.GetWidth() != wrap_width_) {
        wrap_width_ = size.GetWidth();
        const int before = needed_height_;
        layout_text();
        if (needed_height_ != before && on_height_change_) CallAfter([this] { on_height_change_(); });
    }
    const wxColour colour = theme::level_colour(level_, level_count_);
    const bool focused = HasFocus();
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();

    const wxColour background = current_ ? theme::selected_background() : theme::card_background();
    const wxColour border = focused ? theme::accent() : current_ ? colour : wxColour(0xC8, 0xC8, 0xC8);
    dc.SetPen(wxPen(border, FromDIP(focused || current_ ? kBorder : 1)));
    dc.SetBrush(wxBrush(background));
    dc.DrawRoundedRectangle(1, 1, size.GetWidth() - 2, size.GetHeight() - 2, FromDIP(6));

    // The level number on its colour: never colour alone.
    const int badge = badge_width();
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(colour));
    dc.DrawRoundedRectangle(FromDIP(kPadding) / 2, FromDIP(kPadding) / 2, badge, size.GetHeight() - FromDIP(kPadding),
                            FromDIP(4));
    dc.SetFont(theme::font(this, 2.0, true));
    dc.SetTextForeground(*wxWHITE);
    const wxString number = wxString::Format("%d", level_);
    const wxSize number_size = dc.GetTextExtent(number);
    dc.DrawText(number, FromDIP(kPadding) / 2 + (badge - number_size.GetWidth()) / 2,
                (size.GetHeight() - number_size.GetHeight()) / 2);

    const int x = badge + FromDIP(kPadding) * 2;
    int y = FromDIP(kPadding);
    dc.SetFont(GetFont().Bold());
    dc.SetTextForeground(theme::text());
    wxString title = name_;
    if (agreed_) title += "  " + wxString::FromUTF8("✔ ") + _("agreed");
    dc.DrawText(title, x, y);
    y += dc.GetCharHeight();
    dc.SetFont(GetFont());
    for (const auto& line : lines_) {
        dc.DrawText(line, x, y);
        y += dc.GetCharHeight();
    }

    // Votes for this level, right-aligned: a count and one dot per vote.
    if (votes_ > 0 || mine_) {
        dc.SetFont(theme::font(this, 1.3, true));
        dc.SetTextForeground(colour.ChangeLightness(70));
        wxString count = wxString::Format(wxPLURAL("%d vote", "%d votes", votes_), votes_);
        if (votes_ == 0) count.clear();
        const wxSize count_size = dc.GetTextExtent(count);
        dc.DrawText(count, size.GetWidth() - count_size.GetWidth() - FromDIP(kPadding), FromDIP(kPadding));
        if (mine_) {
            dc.SetFont(GetFont());
            dc.SetTextForeground(theme::accent());
            const wxString label = wxString::FromUTF8("◆ ") + _("selected vote");
            const wxSize label_size = dc.GetTextExtent(label);
            dc.DrawText(label, size.GetWidth() - label_size.GetWidth() - FromDIP(kPadding),
                        FromDIP(kPadding) + count_size.GetHeight() + 2);
        }
    }
}

}  // namespace socle::desktop
