#pragma once
// The roadmap page: the board of phases and steps (roadmap_board.h) and,
// for the selected step, why it sits where it sits (the prerequisites and
// the flows behind them) and the team's choices: its owner, a pin to a
// phase, an exclusion with a reason. Each choice is one undoable edit of
// the document (set_roadmap_choices), so it is saved in the file and the
// plan is recomputed at once; pins that break a prerequisite are shown.
#include <memory>
#include <string>

#include <wx/panel.h>

namespace socle::desktop {

class Document;

class RoadmapPage : public wxPanel {
public:
    // `fill_now` false leaves the page empty until the first refresh() (the
    // main frame refreshes the page it shows; see SystemsPage).
    RoadmapPage(wxWindow* parent, Document& document, bool fill_now = true);
    ~RoadmapPage() override;
    // Re-plans from the document; the main frame calls it after every change.
    void refresh();

    // The choices, as the buttons and the card menu make them (each one
    // edit of the document, then a refresh).
    void select_step(const std::string& step_id);
    void set_owner(const std::string& step_id, const std::string& owner);
    void pin(const std::string& step_id, const std::string& phase_id);  // empty: unpin
    void exclude(const std::string& step_id, const std::string& reason);
    void restore(const std::string& step_id);

private:
    void wrap_problems(int width);  // the problems line to the page's width

    struct Parts;
    std::unique_ptr<Parts> parts_;  // plain pointers to child windows (wx owns those)
    Document& document_;
};

}  // namespace socle::desktop
