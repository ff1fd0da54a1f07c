#pragma once
// Good-practice cases as a person reads them beside an indicator or a
// roadmap step: for each, the country, the years and the level it shows,
// its title, a short account of what was done, and its sources (title,
// publisher, year, address). A read-only text box of a fixed height that
// scrolls on its own, so that a long list never pushes the page's other
// parts away, and whose text (an address above all) can be selected and
// copied.
#include <string>
#include <vector>

#include <wx/textctrl.h>

#include "ui/desktop/services/practice_cases.h"

namespace socle::desktop {

class PracticeCasesView : public wxTextCtrl {
public:
    PracticeCasesView(wxWindow* parent, int height_dip);

    // The cases with their texts in `lang` (the library's default language
    // where a case lacks it); `empty` when there are none.
    void show(const std::vector<ShownCase>& cases, const std::string& lang, const wxString& empty);
    // The ids of the cases shown, in order.
    const std::vector<std::string>& shown_ids() const { return shown_; }

private:
    void append(const wxString& text, bool bold, bool muted = false);

    std::vector<std::string> shown_;
};

// "Kenya, 2016-2023" (or "since 2020"; an anonymised case names no country).
wxString case_place_and_years(const ShownCase& shown, const std::string& lang);

}  // namespace socle::desktop
