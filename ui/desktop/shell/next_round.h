#pragma once
// File > Start the next round: asks the new round's name and whether the
// participants stay, then builds the next round's assessment from the open
// one (assessment/next_round.h does the work; the main frame opens the
// result as a new, unsaved document).
#include <optional>
#include <string>

#include "assessment/next_round.h"

class wxWindow;

namespace socle::desktop {

class Document;

struct NextRoundChoice {
    std::string round;
    bool keep_participants = false;
};

// The dialog ("next_round", with "next_round.name" and
// "next_round.keep_participants"); nullopt when cancelled.
std::optional<NextRoundChoice> ask_next_round(wxWindow* parent, const Document& last);

// The next round of the document's assessment. Its baseline link names the
// document's file and, when the file is saved as shown, fingerprints its
// bytes (else the content as it would be saved).
assessment::NextRound next_round_of(const Document& last, const NextRoundChoice& choice);

}  // namespace socle::desktop
