#pragma once
// Training > New training session: which built-in case, in which of its
// languages, and the team's name. The frame then asks where to save the
// team's file and opens it (MainFrame::new_training_session).
#include <optional>
#include <string>

class wxWindow;

namespace socle::desktop {

struct TrainingSessionChoice {
    std::string case_id;
    std::string language;
    std::string team;
};

// Nothing when cancelled.
std::optional<TrainingSessionChoice> ask_training_session(wxWindow* parent);

}  // namespace socle::desktop
