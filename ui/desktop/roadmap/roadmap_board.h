#pragma once
// The roadmap as a board: one column per phase, then "beyond the horizon",
// each step a card (indicator, levels, question, action, owner, effort) in
// schedule order, each column headed by its load against its capacity.
// A card wraps all of its text and is as tall as the text needs (a Russian
// action at 1024x768 runs to ten lines): nothing is cut or drawn outside it. Clicking a
// card selects it; its prerequisites are outlined so the room sees what
// it waits for. Drawn by hand on a scrolled canvas so a phase of thirty
// steps stays one smooth column on a projector.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "assessment/assessment.h"
#include "scoring/roadmap.h"

namespace socle::desktop {

// A phase's name for display: the planner's default names ("0-6 months")
// are translated; names a team gave its phases are shown as they are.
wxString phase_label(const scoring::PhaseSettings& phase);

class RoadmapBoard : public wxScrolledCanvas {
public:
    explicit RoadmapBoard(wxWindow* parent);

    void set_plan(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan);
    void select(const std::string& step_id);  // empty: none
    const std::string& selection() const { return selection_; }
    void set_on_select(std::function<void(const std::string&)> on_select) { on_select_ = std::move(on_select); }
    // A right click on a card (after selecting it), at a client position.
    void set_on_menu(std::function<void(const std::string&, wxPoint)> on_menu) { on_menu_ = std::move(on_menu); }

    // The column a step is shown in: a phase id, "beyond", or empty when not shown.
    std::string column_of(const std::string& step_id) const;
    // The card's rectangle in client coordinates (scrolling applied).
    wxRect card_rect(const std::string& step_id) const;
    void show_card(const std::string& step_id);  // scrolls it into view
    // Every line of text the card draws, top to bottom (title, "pinned",
    // question, action, owner): what a person reads on it.
    std::vector<wxString> card_lines(const std::string& step_id) const;

private:
    struct Card {
        std::string step_id;
        wxString title;    // "D5.1  2 → 3"
        wxString caption;  // the indicator's question, one line
        wxString action;
        wxString owner;
        wxString effort;   // "S", "M", "L"
        int to = 0;
        bool pinned = false;
        bool problem = false;
        // Set by measure_card for the card's width, drawn as they are.
        std::vector<wxString> caption_lines, action_lines, owner_lines;
        bool pinned_below = false;  // "pinned" at the head of the caption, not beside the effort
        wxRect rect;  // in board (unscrolled) coordinates
    };
    struct Column {
        std::string id;
        wxString title;
        wxString load;  // "12 of 12 points"
        double fill = 0;  // load / capacity
        bool over = false;
        std::vector<Card> cards;
        wxRect rect;
    };

    void layout_cards();
    // Wraps the card's text to `card_width` and returns the height it needs.
    int measure_card(wxDC& dc, Card& card, int card_width) const;
    void on_paint(wxPaintEvent& event);
    void on_mouse(wxMouseEvent& event);
    void draw_column(wxDC& dc, const Column& column) const;
    void draw_card(wxDC& dc, const Card& card) const;
    const Card* card_at(wxPoint board_point) const;

    std::vector<Column> columns_;
    std::map<std::string, std::vector<std::string>> after_;  // step -> the steps it waits for
    int level_count_ = 5;
    std::string selection_;
    std::function<void(const std::string&)> on_select_;
    std::function<void(const std::string&, wxPoint)> on_menu_;
};

}  // namespace socle::desktop
