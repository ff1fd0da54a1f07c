#include "ui/desktop/roadmap/roadmap_board.h"

#include <algorithm>
#include <cmath>

#include <wx/dcbuffer.h>
#include <wx/dcmemory.h>
#include <wx/dcgraph.h>
#include <wx/intl.h>

#include "scoring/roadmap_text.h"
#include "ui/desktop/widgets/text_layout.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

constexpr int kGap = 12;
constexpr int kHeader = 74;
constexpr int kMinCardHeight = 84;  // a card with little text still reads as a card
constexpr int kMinColumn = 200;
constexpr int kBand = 8;

wxFont board_font(const wxWindow* window, double factor, bool bold = false) { return theme::font(window, factor, bold); }

wxString effort_letter(frameworks::Effort effort) {
    switch (effort) {
        case frameworks::Effort::Small: return "S";
        case frameworks::Effort::Medium: return "M";
        case frameworks::Effort::Large: return "L";
    }
    return "?";
}

// Padding inside a card, and the gaps between its blocks of text.
constexpr int kPadTop = 7;
constexpr int kPadBottom = 8;
constexpr int kBlockGap = 3;
constexpr int kOwnerGap = 5;

int line_height(wxDC& dc) { return dc.GetTextExtent("Ag").y; }

std::vector<wxString> wrapped(wxDC& dc, const wxString& text, int width) {
    if (text.empty()) return {};
    return wrap_text(dc, text, std::max(width, 20));
}

wxString number(double value) { return wxString::FromCDouble(std::round(value * 10) / 10); }

// The planner's default phase names (scoring/roadmap.h), marked so that
// the catalogs carry them.
[[maybe_unused]] const char* const kDefaultPhaseNames[] = {wxTRANSLATE("0-6 months"), wxTRANSLATE("6-18 months"),
                                                           wxTRANSLATE("18-36 months")};

}  // namespace

wxString phase_label(const scoring::PhaseSettings& phase) { return wxGetTranslation(to_wx(phase.name)); }

RoadmapBoard::RoadmapBoard(wxWindow* parent)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxHSCROLL | wxFULL_REPAINT_ON_RESIZE) {
    SetName("roadmap_board");
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(24, 24);  // across too when the phases do not fit
    Bind(wxEVT_PAINT, &RoadmapBoard::on_paint, this);
    Bind(wxEVT_LEFT_DOWN, &RoadmapBoard::on_mouse, this);
    Bind(wxEVT_RIGHT_DOWN, &RoadmapBoard::on_mouse, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        layout_cards();
        event.Skip();
    });
}

void RoadmapBoard::set_plan(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan) {
    const auto& framework = assessment.framework();
    const auto& language = assessment.metadata.language;
    level_count_ = framework.level_count();
    columns_.clear();
    after_.clear();
    std::set<std::string> troubled;
    for (const auto& problem : plan.problems) troubled.insert(problem.step);

    auto make_card = [&](const scoring::RoadmapStep& step) {
        Card card;
        card.step_id = step.id;
        card.title = to_wx(step.indicator_id) + wxString::FromUTF8("   ") + wxString::Format("%d", step.from) +
                     wxString::FromUTF8(" → ") + wxString::Format("%d", step.to);
        if (const auto* indicator = framework.find_indicator(step.indicator_id))
            card.caption = to_wx(framework.text(indicator->question, language));
        card.action = to_wx(scoring::step_action(assessment, step));
        card.owner = step.owner.empty() ? _("No owner yet") : wxString::Format(_("Owner: %s"), to_wx(step.owner));
        card.effort = effort_letter(step.effort);
        card.to = step.to;
        card.pinned = step.pinned;
        card.problem = troubled.count(step.id) > 0;
        after_[step.id] = step.after;
        return card;
    };
    for (const auto& phase : plan.phases) {
        Column column;
        column.id = phase.settings.id;
        column.title = phase_label(phase.settings);
        column.load = wxString::Format(_("%s of %s points"), number(phase.load), number(phase.settings.capacity));
        column.fill = phase.settings.capacity > 0 ? phase.load / phase.settings.capacity : 0;
        column.over = phase.load > phase.settings.capacity + 1e-9;
        for (const auto& step : plan.steps)
            if (step.phase == phase.settings.id) column.cards.push_back(make_card(step));
        columns_.push_back(std::move(column));
    }
    Column beyond;
    beyond.id = "beyond";
    beyond.title = _("Beyond the horizon");
    beyond.load = wxString::Format(wxPLURAL("%d step", "%d steps", static_cast<int>(plan.beyond_horizon.size())),
                                   static_cast<int>(plan.beyond_horizon.size()));
    for (const auto& id : plan.beyond_horizon)
        if (const auto* step = plan.find(id)) beyond.cards.push_back(make_card(*step));
    columns_.push_back(std::move(beyond));
    if (column_of(selection_).empty()) selection_.clear();
    layout_cards();
}

void RoadmapBoard::layout_cards() {
    const int count = static_cast<int>(columns_.size());
    if (count == 0) return;
    const int client = GetClientSize().x;
    const int width = std::max(FromDIP(kMinColumn), (client - kGap * (count + 1)) / count);
    // Measured through a graphics context, as on_paint draws, so the lines
    // wrap where they will be drawn (on a bitmap: the window may not be
    // shown yet).
    wxBitmap bitmap(1, 1);
    wxMemoryDC memory(bitmap);
    wxGCDC dc(memory);
    int tallest = 0;
    for (int c = 0; c < count; ++c) {
        auto& column = columns_[static_cast<std::size_t>(c)];
        const int x = kGap + c * (width + kGap);
        int y = kGap + FromDIP(kHeader);
        for (auto& card : column.cards) {
            const int height = std::max(FromDIP(kMinCardHeight), measure_card(dc, card, width - 12));
            card.rect = wxRect(x + 6, y, width - 12, height);
            y += height + FromDIP(8);
        }
        column.rect = wxRect(x, kGap, width, std::max(y, FromDIP(kHeader) + 40) - kGap);
        tallest = std::max(tallest, y + kGap);
    }
    SetVirtualSize(kGap + count * (width + kGap), tallest);
    Refresh();
}

int RoadmapBoard::measure_card(wxDC& dc, Card& card, int card_width) const {
    const int left = kBand + 12;  // from the card's left edge
    const int width = card_width - kBand - 22;
    int height = kPadTop;
    dc.SetFont(board_font(this, 1.1, true));
    const int title_right = left + dc.GetTextExtent(card.title).x;
    const auto effort_size = dc.GetTextExtent(card.effort);
    const int effort_left = card_width - 1 - effort_size.x - 18;
    height += effort_size.y + kBlockGap;
    int caption_indent = 0;
    card.pinned_below = false;
    if (card.pinned) {
        dc.SetFont(board_font(this, 0.85, true));
        const int label_width = dc.GetTextExtent(_("pinned")).x;
        if (effort_left - label_width - 8 < title_right + 8) {
            card.pinned_below = true;
            caption_indent = label_width + 6;
        }
    }
    dc.SetFont(board_font(this, 0.85));
    card.caption_lines = wrapped(dc, card.caption, width - caption_indent);
    const int caption_lines = std::max<int>(static_cast<int>(card.caption_lines.size()), card.pinned_below ? 1 : 0);
    height += caption_lines * line_height(dc) + kBlockGap;
    dc.SetFont(board_font(this, 0.95));
    card.action_lines = wrapped(dc, card.action, width);
    height += static_cast<int>(card.action_lines.size()) * line_height(dc) + kOwnerGap;
    dc.SetFont(board_font(this, 0.85, true));
    card.owner_lines = wrapped(dc, card.owner, width);
    height += static_cast<int>(card.owner_lines.size()) * line_height(dc) + kPadBottom;
    return height;
}

std::vector<wxString> RoadmapBoard::card_lines(const std::string& step_id) const {
    for (const auto& column : columns_)
        for (const auto& card : column.cards)
            if (card.step_id == step_id) {
                std::vector<wxString> lines{card.title};
                if (card.pinned) lines.push_back(_("pinned"));
                for (const auto* block : {&card.caption_lines, &card.action_lines, &card.owner_lines})
                    lines.insert(lines.end(), block->begin(), block->end());
                return lines;
            }
    return {};
}

std::string RoadmapBoard::column_of(const std::string& step_id) const {
    for (const auto& column : columns_)
        for (const auto& card : column.cards)
            if (card.step_id == step_id) return column.id;
    return {};
}

wxRect RoadmapBoard::card_rect(const std::string& step_id) const {
    for (const auto& column : columns_)
        for (const auto& card : column.cards)
            if (card.step_id == step_id) {
                const auto origin = CalcScrolledPosition(card.rect.GetPosition());
                return wxRect(origin, card.rect.GetSize());
            }
    return {};
}

void RoadmapBoard::show_card(const std::string& step_id) {
    for (const auto& column : columns_)
        for (const auto& card : column.cards)
            if (card.step_id == step_id) {
                int unit_x = 0, unit_y = 0;
                GetScrollPixelsPerUnit(&unit_x, &unit_y);
                const auto size = GetClientSize();
                const auto top_left = CalcUnscrolledPosition(wxPoint(0, 0));
                int x = -1, y = -1;
                if (unit_y > 0 && (card.rect.GetTop() < top_left.y || card.rect.GetBottom() > top_left.y + size.y))
                    y = std::max(0, card.rect.GetTop() - FromDIP(kHeader)) / unit_y;
                if (unit_x > 0 && (card.rect.GetLeft() < top_left.x || card.rect.GetRight() > top_left.x + size.x))
                    x = std::max(0, card.rect.GetLeft() - kGap) / unit_x;
                if (x >= 0 || y >= 0) Scroll(x, y);
                return;
            }
}

void RoadmapBoard::select(const std::string& step_id) {
    selection_ = column_of(step_id).empty() ? std::string() : step_id;
    Refresh();
}

const RoadmapBoard::Card* RoadmapBoard::card_at(wxPoint board_point) const {
    for (const auto& column : columns_)
        for (const auto& card : column.cards)
            if (card.rect.Contains(board_point)) return &card;
    return nullptr;
}

void RoadmapBoard::on_mouse(wxMouseEvent& event) {
    SetFocus();
    const auto* card = card_at(CalcUnscrolledPosition(event.GetPosition()));
    const std::string id = card ? card->step_id : std::string();
    if (id != selection_) {
        select(id);
        if (on_select_) on_select_(id);
    }
    if (event.RightDown() && !id.empty() && on_menu_) on_menu_(id, event.GetPosition());
}

void RoadmapBoard::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC buffer(this);
    buffer.SetBackground(wxBrush(theme::page_background()));
    buffer.Clear();
    wxGCDC dc(buffer);
    DoPrepareDC(dc);
    bool empty = true;
    for (const auto& column : columns_) {
        draw_column(dc, column);
        empty = empty && column.cards.empty();
    }
    if (empty && !columns_.empty()) {
        dc.SetFont(board_font(this, 1.1));
        dc.SetTextForeground(theme::muted_text());
        dc.DrawText(_("No steps yet: the roadmap grows from the indicators rated below their target."), kGap + 10,
                    columns_.front().rect.GetBottom() + 16);
    }
}

void RoadmapBoard::draw_column(wxDC& dc, const Column& column) const {
    dc.SetPen(wxPen(wxColour(0xDD, 0xDD, 0xDD)));
    dc.SetBrush(wxBrush(wxColour(0xF0, 0xF2, 0xF5)));
    dc.DrawRoundedRectangle(column.rect, 8);
    const int x = column.rect.x + 10;
    int y = column.rect.y + 8;
    dc.SetFont(board_font(this, 1.2, true));
    dc.SetTextForeground(theme::text());
    dc.DrawText(column.title, x, y);
    y += dc.GetTextExtent(column.title).y + 6;
    if (column.id != "beyond") {
        // Load against capacity: a bar that turns red past the capacity.
        const int bar_width = column.rect.width - 20;
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxColour(0xD6, 0xDB, 0xE1)));
        dc.DrawRoundedRectangle(x, y, bar_width, 10, 4);
        const wxColour fill = column.over ? wxColour(0xC6, 0x28, 0x28) : theme::accent();
        dc.SetBrush(wxBrush(fill));
        dc.DrawRoundedRectangle(x, y, static_cast<int>(bar_width * std::min(1.0, column.fill)), 10, 4);
        y += 14;
    }
    dc.SetFont(board_font(this, 0.95, column.over));
    dc.SetTextForeground(column.over ? wxColour(0xC6, 0x28, 0x28) : theme::muted_text());
    dc.DrawText(column.load, x, y);
    for (const auto& card : column.cards) draw_card(dc, card);
}

void RoadmapBoard::draw_card(wxDC& dc, const Card& card) const {
    const bool selected = card.step_id == selection_;
    bool prerequisite = false;
    if (!selection_.empty()) {
        const auto found = after_.find(selection_);
        if (found != after_.end())
            prerequisite = std::find(found->second.begin(), found->second.end(), card.step_id) != found->second.end();
    }
    const wxRect& r = card.rect;
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(card.problem ? theme::warning_background() : theme::card_background()));
    dc.DrawRoundedRectangle(r, 6);
    dc.SetBrush(wxBrush(theme::level_colour(card.to, level_count_)));
    dc.DrawRoundedRectangle(r.x, r.y, kBand + 6, r.height, 6);
    dc.DrawRectangle(r.x + 6, r.y, kBand, r.height);
    wxColour border(0xC8, 0xC8, 0xC8);
    int border_width = 1;
    if (selected) {
        border = theme::accent();
        border_width = 4;
    } else if (prerequisite) {
        border = wxColour(0x15, 0x65, 0xC0);
        border_width = 3;
    } else if (card.problem) {
        border = theme::warning_text();
        border_width = 2;
    }
    dc.SetPen(wxPen(border, border_width));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawRoundedRectangle(r, 6);

    const int left = r.x + kBand + 12;
    int y = r.y + kPadTop;
    dc.SetFont(board_font(this, 1.1, true));
    dc.SetTextForeground(theme::text());
    dc.DrawText(card.title, left, y);
    // Effort, top right: S, M or L in a small box.
    const auto effort_size = dc.GetTextExtent(card.effort);
    const wxRect effort(r.GetRight() - effort_size.x - 18, y - 1, effort_size.x + 10, effort_size.y + 2);
    dc.SetPen(wxPen(theme::muted_text()));
    dc.DrawRoundedRectangle(effort, 3);
    dc.DrawText(card.effort, effort.x + 5, effort.y + 1);
    // "Pinned" beside the effort when the title leaves room for it (a long
    // translation in a narrow card does not), else at the head of the caption.
    int caption_left = left;
    if (card.pinned) {
        dc.SetFont(board_font(this, 0.85, true));
        dc.SetTextForeground(theme::accent());
        const auto label = _("pinned");
        const int label_width = dc.GetTextExtent(label).x;
        if (!card.pinned_below) {
            dc.DrawText(label, effort.x - label_width - 8, y + 2);
        } else {
            dc.DrawText(label, left, y + effort_size.y + kBlockGap);
            caption_left = left + label_width + 6;
        }
    }
    // The lines measure_card wrapped, each block below the last: the card
    // was made as tall as they need.
    y += effort_size.y + kBlockGap;
    dc.SetFont(board_font(this, 0.85));
    dc.SetTextForeground(theme::muted_text());
    const int caption_top = y;
    for (const auto& line : card.caption_lines) {
        dc.DrawText(line, caption_left, y);
        y += line_height(dc);
    }
    if (card.pinned_below && card.caption_lines.empty()) y = caption_top + line_height(dc);
    y += kBlockGap;
    dc.SetFont(board_font(this, 0.95));
    dc.SetTextForeground(theme::text());
    for (const auto& line : card.action_lines) {
        dc.DrawText(line, left, y);
        y += line_height(dc);
    }
    y += kOwnerGap;
    dc.SetFont(board_font(this, 0.85, true));
    dc.SetTextForeground(theme::muted_text());
    for (const auto& line : card.owner_lines) {
        dc.DrawText(line, left, y);
        y += line_height(dc);
    }
}

}  // namespace socle::desktop
