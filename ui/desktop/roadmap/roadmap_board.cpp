#include "ui/desktop/roadmap/roadmap_board.h"

#include <algorithm>
#include <cmath>

#include <wx/dcbuffer.h>
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
constexpr int kCardHeight = 132;
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
    int tallest = 0;
    for (int c = 0; c < count; ++c) {
        auto& column = columns_[static_cast<std::size_t>(c)];
        const int x = kGap + c * (width + kGap);
        int y = kGap + FromDIP(kHeader);
        for (auto& card : column.cards) {
            card.rect = wxRect(x + 6, y, width - 12, FromDIP(kCardHeight));
            y += FromDIP(kCardHeight) + FromDIP(8);
        }
        column.rect = wxRect(x, kGap, width, std::max(y, FromDIP(kHeader) + 40) - kGap);
        tallest = std::max(tallest, y + kGap);
    }
    SetVirtualSize(kGap + count * (width + kGap), tallest);
    Refresh();
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
    const int width = r.width - kBand - 22;
    int y = r.y + 7;
    dc.SetFont(board_font(this, 1.1, true));
    dc.SetTextForeground(theme::text());
    dc.DrawText(card.title, left, y);
    const int title_right = left + dc.GetTextExtent(card.title).x;
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
        const int beside_effort = effort.x - label_width - 8;
        if (beside_effort >= title_right + 8) {
            dc.DrawText(label, beside_effort, y + 2);
        } else {
            dc.DrawText(label, left, y + effort_size.y + 3);
            caption_left = left + label_width + 6;
        }
    }
    y += effort_size.y + 3;
    dc.SetFont(board_font(this, 0.85));
    dc.SetTextForeground(theme::muted_text());
    for (const auto& line : wrap_lines(dc, card.caption, width - (caption_left - left), 1)) {
        dc.DrawText(line, caption_left, y);
        y += dc.GetTextExtent(line).y;
    }
    y += 3;
    dc.SetFont(board_font(this, 0.95));
    dc.SetTextForeground(theme::text());
    for (const auto& line : wrap_lines(dc, card.action, width, 3)) {
        dc.DrawText(line, left, y);
        y += dc.GetTextExtent(line).y;
    }
    dc.SetFont(board_font(this, 0.85, true));
    dc.SetTextForeground(theme::muted_text());
    const auto owner = wrap_lines(dc, card.owner, width, 1);
    if (!owner.empty()) dc.DrawText(owner.front(), left, r.GetBottom() - dc.GetTextExtent("Ag").y - 5);
}

}  // namespace socle::desktop
