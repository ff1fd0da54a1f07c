#include "ui/desktop/dashboard/room_strip.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "ui/desktop/dashboard/room_voting.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/text_layout.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {
constexpr int kQuietZone = 4;  // light modules around the code, as the standard asks
}  // namespace

RoomStrip::RoomStrip(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetName("presentation.room");
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &RoomStrip::on_paint, this);
}

void RoomStrip::show(const RoomVoting& room) {
    const auto& qr = room.qr();
    modules_per_side_ = qr.size();
    modules_.assign(static_cast<std::size_t>(qr.size() * qr.size()), false);
    for (int y = 0; y < qr.size(); ++y)
        for (int x = 0; x < qr.size(); ++x) modules_[static_cast<std::size_t>(y * qr.size() + x)] = qr.dark(x, y);

    // The address without its code: people type the code on the page.
    std::string address = room.url();
    address = address.substr(0, address.find("/?"));
    open_ = room.voting_open();
    lines_ = {_("Vote from your phone"), to_wx(address), wxString::Format(_("Session code: %s"), to_wx(room.code())),
              wxString::Format(_("Indicator %d of %d"), static_cast<int>(room.position()),
                               static_cast<int>(room.indicator_count()))};
    lines_.push_back(open_ ? wxString::Format(_("Voting open: %d of %d voted"), static_cast<int>(room.voted_count()),
                                              static_cast<int>(room.participant_count()))
                           : wxString(_("Voting closed")));
    lines_.push_back(open_ ? _("V: close voting and show the votes") : _("V: open voting on this indicator"));
    wxString label;
    for (const auto& line : lines_) label << line << "\n";
    SetLabel(label.Trim());
    Refresh();
}

void RoomStrip::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(theme::card_background()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || modules_per_side_ == 0) return;
    const wxSize area = GetClientSize();
    const double margin = std::max(8.0, area.x * 0.05);
    const double width = area.x - 2 * margin;

    // The code: whole pixels per module, so a phone's camera sees sharp edges.
    const int side = modules_per_side_ + 2 * kQuietZone;
    const double module = std::max(1.0, std::floor(std::min(width, area.y * 0.55) / side));
    const double code_size = module * side;
    const double left = (area.x - code_size) / 2;
    double y = margin;
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(*wxWHITE_BRUSH);
    gc->DrawRectangle(left, y, code_size, code_size);
    gc->SetBrush(*wxBLACK_BRUSH);
    for (int row = 0; row < modules_per_side_; ++row)
        for (int column = 0; column < modules_per_side_; ++column)
            if (modules_[static_cast<std::size_t>(row * modules_per_side_ + column)])
                gc->DrawRectangle(left + (column + kQuietZone) * module, y + (row + kQuietZone) * module, module, module);
    y += code_size + margin / 2;

    // The words, as large as the rest of the strip allows.
    double px = std::clamp(area.y / 28.0, 10.0, 40.0);
    for (; px > 7; px *= 0.95) {
        double height = 0;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            wxFont font = theme::font(this, 1.0, i == 1 || i == 2);
            font.SetPixelSize(wxSize(0, static_cast<int>(px)));
            gc->SetFont(font, theme::text());
            height += measure_lines(*gc, wrap_text(*gc, lines_[i], width)).height + px * 0.3;
        }
        if (y + height <= area.y - margin) break;
    }
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const bool status = i == 4;
        wxFont font = theme::font(this, 1.0, i == 1 || i == 2 || status);
        font.SetPixelSize(wxSize(0, static_cast<int>(px)));
        gc->SetFont(font, status && open_ ? theme::accent() : i == 5 ? theme::muted_text() : theme::text());
        const auto wrapped = wrap_text(*gc, lines_[i], width);
        const auto size = measure_lines(*gc, wrapped);
        for (std::size_t k = 0; k < wrapped.size(); ++k)
            gc->DrawText(wrapped[k], margin, y + size.line_height * static_cast<double>(k));
        y += size.height + px * 0.3;
    }
}

}  // namespace socle::desktop
