#include "ui/desktop/dashboard/indicator_explanation.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "scoring/assessment_scores.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/widgets/close_button.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

using scoring::IndicatorStatus;

wxString vote_text(const assessment::Vote& vote) {
    switch (vote.kind) {
        case assessment::VoteKind::Level: return wxString::Format("%d", vote.level);
        case assessment::VoteKind::NotApplicable: return _("not applicable");
        case assessment::VoteKind::Unknown: return _("unknown");
    }
    return {};
}

// The level votes in increasing order, from the score's own counts.
wxString ordered_votes(const scoring::IndicatorScore& score) {
    wxString out;
    for (std::size_t level = 0; level < score.votes_per_level.size(); ++level)
        for (int n = 0; n < score.votes_per_level[level]; ++n) out << (out.empty() ? "" : ", ") << (level + 1);
    return out;
}

wxString level_lines(const scoring::IndicatorScore& score, int voters, bool agreed) {
    switch (score.status) {
        case IndicatorStatus::NotRelevant: return _("The profile answers switch this indicator off: it is not relevant and counts nowhere.");
        case IndicatorStatus::Unanswered: return _("Nobody has voted yet: the indicator is unanswered and lowers completeness.");
        case IndicatorStatus::NotApplicable:
            if (agreed) return _("The room recorded \"not applicable\" as its agreed answer.");
            return wxString::Format(_("%d of %d voters said not applicable, more than half: the indicator is not applicable (never level 1)."),
                                    score.na_votes, voters);
        case IndicatorStatus::Unknown:
            if (agreed) return _("The room recorded \"unknown\" as its agreed answer: the level is unknown and lowers completeness.");
            return wxString::Format(_("%d of %d voters said unknown and %d not applicable, and no level can be derived: the level is unknown and lowers completeness."),
                                    score.unknown_votes, voters, score.na_votes);
        case IndicatorStatus::Rated: break;
    }
    if (score.source == scoring::LevelSource::Agreed)
        return wxString::Format(_("The room recorded an agreed level of %d: it decides, whatever the votes."), *score.level);
    return wxString::Format(_("Level votes in order: %s. Level = their median (the lower middle value for an even count) = %d. N/A and unknown votes do not enter it."),
                            ordered_votes(score), *score.level);
}

wxString formula_text(const Document& document, const scoring::IndicatorScore& score) {
    const auto& response = document.assessment().response(score.id);
    wxString out = level_lines(score, static_cast<int>(response.votes.size()), response.agreed.has_value());
    if (score.level_votes >= 2) {
        out << "\n"
            << wxString::Format(score.disagreement ? _("Spread = highest - lowest level vote = %d: 2 or more, so the room disagrees.")
                                                   : _("Spread = highest - lowest level vote = %d."),
                                score.spread);
    }
    out << "\n"
        << wxString::Format(response.target ? _("Target = %d (recorded for this indicator).")
                                            : _("Target = %d (the framework's default)."),
                            score.target);
    if (score.gap)
        out << "\n" << wxString::Format(_("Gap = max(0, target - level) = max(0, %d - %d) = %d"), score.target, *score.level, *score.gap);
    return out;
}

wxListCtrl* make_votes_list(wxWindow* parent, const Document& document, const std::string& indicator_id) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(IndicatorExplanationDialog::kVotesName);
    list->SetFont(theme::font(parent, 1.05));
    list->AppendColumn(_("Participant"));
    list->AppendColumn(_("Vote"));
    const auto& assessment = document.assessment();
    long row = 0;
    for (const auto& participant : assessment.participants) {
        const auto& votes = assessment.response(indicator_id).votes;
        const auto found = votes.find(participant.id);
        const wxString who = participant.anonymous || participant.name.empty()
                                 ? wxString::Format(_("Anonymous (%s)"), to_wx(participant.id))
                                 : to_wx(participant.name);
        list->InsertItem(row, who);
        list->SetItem(row, 1, found == votes.end() ? wxString::FromUTF8("–") : vote_text(found->second));
        ++row;
    }
    for (int c = 0; c < 2; ++c) list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    list->SetMinSize(parent->FromDIP(wxSize(420, 180)));
    return list;
}

}  // namespace

IndicatorExplanationDialog::IndicatorExplanationDialog(wxWindow* parent, const Document& document,
                                                       const std::string& indicator_id)
    : wxDialog(parent, wxID_ANY, _("How is this computed?"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const auto& framework = document.framework();
    const auto* indicator = framework.find_indicator(indicator_id);
    const auto* score = document.scores().find_indicator(indicator_id);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(12);
    auto* title = new wxStaticText(this, wxID_ANY, wxString::Format(_("How the level of %s is computed"), to_wx(indicator_id)));
    title->SetFont(theme::font(this, 1.35, true));
    sizer->Add(title, 0, wxALL, border);
    if (indicator) {
        auto* question = new wxStaticText(this, wxID_ANY, to_wx(framework.text(indicator->question, document.language())));
        question->SetFont(theme::font(this, 1.05));
        question->Wrap(FromDIP(640));
        sizer->Add(question, 0, wxLEFT | wxRIGHT | wxBOTTOM, border);
    }
    sizer->Add(make_votes_list(this, document, indicator_id), 1, wxEXPAND | wxLEFT | wxRIGHT, border);
    if (score) {
        auto* formula = new wxStaticText(this, wxID_ANY, formula_text(document, *score));
        formula->SetName(kFormulaName);
        formula->SetFont(theme::font(this, 1.1));
        formula->Wrap(FromDIP(640));
        sizer->Add(formula, 0, wxALL, border);
    }
    finish_with_close_button(*this, sizer, border);
}

}  // namespace socle::desktop
