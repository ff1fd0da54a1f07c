#include "ui/desktop/widgets/practice_cases_view.h"

#include "frameworks/practice_queries.h"

#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {

// What was done, cut to a few lines: the box is a pointer to the case, the
// whole text is in the library (socle-cli practices, the report's annex).
constexpr std::size_t kWhatChars = 320;

}  // namespace

PracticeCasesView::PracticeCasesView(wxWindow* parent, int height_dip)
    : wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, parent->FromDIP(height_dip)),
                 wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP) {
    SetName("practice-cases");
    SetFont(theme::font(parent, 1.0));
    SetMinSize(wxSize(-1, parent->FromDIP(height_dip)));
}

wxString case_place_and_years(const ShownCase& shown, const std::string& lang) {
    const auto& item = *shown.item;
    const wxString place =
        item.anonymised ? wxString(_("Country not named")) : to_wx(case_text(shown, item.country_name, lang));
    const wxString years = item.year_to == 0 ? wxString::Format(_("since %d"), item.year_from)
                           : item.year_to == item.year_from
                               ? wxString::Format("%d", item.year_from)
                               : wxString::Format("%d%s%d", item.year_from, wxString::FromUTF8("–"), item.year_to);
    return place + ", " + years;
}

void PracticeCasesView::append(const wxString& text, bool bold, bool muted) {
    wxTextAttr style(muted ? theme::muted_text() : theme::text());
    style.SetFontWeight(bold ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
    SetDefaultStyle(style);
    AppendText(text);
}

void PracticeCasesView::show(const std::vector<ShownCase>& cases, const std::string& lang, const wxString& empty) {
    shown_.clear();
    Clear();
    if (cases.empty()) {
        append(empty, false, true);
        return;
    }
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto& shown = cases[i];
        const auto& item = *shown.item;
        shown_.push_back(item.id);
        if (i > 0) append("\n\n", false);
        append(case_place_and_years(shown, lang) + "  |  " + wxString::Format(_("level %d"), shown.level) + "\n",
               false, true);
        append(to_wx(case_text(shown, item.title, lang)) + "\n", true);
        // A Lao or Tajik session reads the case's short summary (a draft
        // translation) rather than the English account, when there is one.
        const auto summary = frameworks::practice_summary(item, lang);
        if (summary && !item.what.has(lang))
            append(to_wx(summary->text) + (summary->draft ? wxString(" ") + _("(draft translation)") : wxString()), false);
        else
            append(short_text(case_text(shown, item.what, lang), kWhatChars), false);
        for (const auto& id : item.sources) {
            const auto* source = shown.library->find_source(id);
            if (!source) continue;  // the loader checks every citation
            wxString line = wxString::FromUTF8("\n• ") + to_wx(source->title) + ", " + to_wx(source->publisher) + ", " +
                            to_wx(source->year);
            if (!source->url.empty()) line += "\n   " + to_wx(source->url);
            append(line, false, true);
        }
    }
    ShowPosition(0);
}

}  // namespace socle::desktop
