#pragma once
// "How is this computed?": the terms of a domain's figures (every indicator
// with its status, level, weight and weighted level; what is left out and
// why), the sums, and the results, in the words of docs/methodology.md. The
// numbers are the core's (scoring::explain_domain / explain_overall).
#include <string>

#include <wx/dialog.h>

namespace socle::desktop {

class Document;

class ExplanationDialog : public wxDialog {
public:
    // An empty domain_id explains the overall figure.
    ExplanationDialog(wxWindow* parent, const Document& document, const std::string& domain_id);

    static constexpr const char* kTermsName = "explanation.terms";
    static constexpr const char* kFormulaName = "explanation.formula";
};

}  // namespace socle::desktop
