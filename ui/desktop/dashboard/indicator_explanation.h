#pragma once
// "How is this computed?" for one indicator (a row of the largest gaps or
// the disagreements): who voted what, how the level follows from the votes
// or the agreed value, the spread, the target and the gap, in the words of
// docs/methodology.md ("Indicator level"). The figures are the core's
// IndicatorScore; the dialog only lists and words them.
#include <string>

#include <wx/dialog.h>

namespace socle::desktop {

class Document;

class IndicatorExplanationDialog : public wxDialog {
public:
    IndicatorExplanationDialog(wxWindow* parent, const Document& document, const std::string& indicator_id);

    static constexpr const char* kVotesName = "explanation.votes";
    static constexpr const char* kFormulaName = "explanation.formula";
};

}  // namespace socle::desktop
