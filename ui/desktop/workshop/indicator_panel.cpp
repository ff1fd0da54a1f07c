#include "ui/desktop/workshop/indicator_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "assessment/edits.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/workshop/evidence_panel.h"
#include "ui/desktop/workshop/level_card.h"
#include "ui/desktop/workshop/not_applicable_refusal.h"
#include "ui/desktop/workshop/practice_panel.h"
#include "ui/desktop/workshop/rating_guide.h"
#include "ui/desktop/workshop/response_fields.h"
#include "ui/desktop/widgets/focus_frame.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/widgets/wrapped_text.h"

namespace socle::desktop {

namespace {

// "Not re-examined" over "last round: level 3" (or not applicable, don't
// know): two lines, so the room's big level font does not widen the column
// and squeeze the level cards beside it.
wxString not_re_examined_label(const assessment::Vote& last) {
    wxString label;
    switch (last.kind) {
        case assessment::VoteKind::Level:
            label = wxString::Format(_("Not re-examined %s last round: level %d"), "\n", last.level);
            break;
        case assessment::VoteKind::NotApplicable:
            label = wxString::Format(_("Not re-examined %s last round: not applicable"), "\n");
            break;
        case assessment::VoteKind::Unknown:
            label = wxString::Format(_("Not re-examined %s last round: don't know"), "\n");
            break;
    }
    label.Replace(" \n ", "\n");
    return label;
}

}  // namespace

namespace {
namespace edits = socle::assessment::edits;
constexpr int kMargin = 16;
constexpr int kGap = 20;
constexpr int kBoxPadding = 10;
}  // namespace

IndicatorPanel::IndicatorPanel(wxWindow* parent, Document& document)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      document_(document) {
    SetName("indicator");
    SetBackgroundColour(theme::page_background());
    SetScrollRate(0, FromDIP(24));

    place_ = wrapped(this, 1.0, false, 0);
    place_->set_colour(theme::muted_text());
    question_ = wrapped(this, 1.45, true, 0);
    rule_ = wrapped(this, 1.0, false, 0);
    core_ = wrapped(this, 1.0, true, 0);

    notes_toggle_ = new wxButton(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT | wxBU_LEFT);
    notes_toggle_->SetName("notes_toggle");
    notes_toggle_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        show_notes(!notes_shown_);
        if (on_notes_toggled_) on_notes_toggled_(notes_shown_);
    });
    auto* guide_box = new wxPanel(this, wxID_ANY);
    guide_box_ = guide_box;
    guide_box->SetName("facilitator_notes");
    guide_box->SetBackgroundColour(wxColour(0xEE, 0xF3, 0xF8));
    auto* guide_sizer = new wxBoxSizer(wxVERTICAL);
    auto* guidance_title = new wxStaticText(guide_box, wxID_ANY, _("For the facilitator"));
    guidance_title->SetFont(theme::font(this, 1.0, true));
    guidance_ = wrapped(guide_box, 1.0, false, 2);
    auto* evidence_title = new wxStaticText(guide_box, wxID_ANY, _("Evidence to look for"));
    evidence_title->SetFont(theme::font(this, 1.0, true));
    evidence_ = wrapped(guide_box, 1.0, false, 2);
    auto* beside_title = new wxStaticText(guide_box, wxID_ANY, _("Stands beside"));
    beside_title->SetFont(theme::font(this, 1.0, true));
    beside_title_ = beside_title;
    beside_ = wrapped(guide_box, 1.0, false, 2);
    guide_sizer->Add(guidance_title, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(kBoxPadding));
    guide_sizer->Add(guidance_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kBoxPadding));
    guide_sizer->Add(evidence_title, 0, wxLEFT | wxRIGHT, FromDIP(kBoxPadding));
    guide_sizer->Add(evidence_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kBoxPadding));
    guide_sizer->Add(beside_title_, 0, wxLEFT | wxRIGHT, FromDIP(kBoxPadding));
    guide_sizer->Add(beside_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kBoxPadding));
    guide_box->SetSizer(guide_sizer);

    cards_panel_ = new wxPanel(this, wxID_ANY);
    cards_panel_->SetName(_("Levels"));
    cards_panel_->SetBackgroundColour(theme::page_background());
    cards_panel_->SetSizer(new wxBoxSizer(wxVERTICAL));
    build_cards();

    // The room's result, then the warning, then the votes.
    auto* right = new wxBoxSizer(wxVERTICAL);
    auto* result_title = new wxStaticText(this, wxID_ANY, _("Room's level"));
    result_title->SetFont(theme::font(this, 1.0, true));
    derived_ = new wxStaticText(this, wxID_ANY, wxString());
    derived_->SetName(_("Room's level"));
    derived_->SetFont(theme::font(this, 2.2, true));
    source_ = wrapped(this, 1.0, false, 1);
    source_->set_colour(theme::muted_text());
    spread_ = wrapped(this, 1.0, false, 1);
    warning_ = new wxPanel(this, wxID_ANY);
    warning_->SetName(_("Disagreement warning"));
    warning_->SetBackgroundColour(theme::warning_background());
    warning_text_ = new WrappedText(warning_, theme::font(this, 1.1, true), theme::warning_text());
    wrapped_.push_back({warning_text_, 3});
    auto* warning_sizer = new wxBoxSizer(wxVERTICAL);
    warning_sizer->Add(warning_text_, 0, wxEXPAND | wxALL, FromDIP(kBoxPadding));
    warning_->SetSizer(warning_sizer);
    votes_ = new VotesGrid(this, document_);
    right->Add(result_title, 0);
    right->Add(derived_, 0, wxTOP, FromDIP(2));
    right->Add(source_, 0, wxEXPAND);
    right->Add(spread_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    right->Add(warning_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    right->Add(votes_, 1, wxEXPAND);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(cards_panel_, 3, wxEXPAND | wxRIGHT, FromDIP(kGap));
    row->Add(right, 2, wxEXPAND);

    response_ = new ResponseFields(this, document_);
    // Under the cards, not above them: the cases never push the levels the
    // room votes on out of sight. Made in the order they are shown, so Tab
    // goes from the votes to what the facilitator records, then the cases,
    // then the documents seen.
    practices_ = new PracticePanel(this, document_);
    register_ = new EvidencePanel(this, document_);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(place_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin));
    sizer->Add(question_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin) / 2);
    sizer->Add(rule_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin) / 2);
    sizer->AddSpacer(FromDIP(kMargin) / 4);
    sizer->Add(core_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(kMargin) / 2);
    sizer->Add(notes_toggle_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin));
    sizer->Add(guide_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kMargin));
    sizer->AddSpacer(FromDIP(kMargin) / 2);
    sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(kMargin));
    // What the facilitator records (the agreed level first) straight under
    // the votes; the cases and the evidence register after it.
    sizer->Add(response_, 0, wxEXPAND | wxALL, FromDIP(kMargin));
    sizer->Add(practices_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(kMargin));
    sizer->Add(register_, 0, wxEXPAND | wxALL, FromDIP(kMargin));
    SetSizer(sizer);

    // The cards mark the selected participant's vote.
    votes_->list()->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        refresh_result();
        event.Skip();
    });
    // A field reached with Tab (or a shortcut) is scrolled into view:
    // wxScrolledWindow itself only shows its direct child, which for the
    // response fields is taller than a 1024x768 screen, so the agreed level
    // stayed below the fold. Focus events do not reach us reliably (a
    // scrolled window swallows its children's, GTK sends none to an
    // inactive window): the panel looks on idle, as FocusFrame does.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        wxWindow* focused = wxWindow::FindFocus();
        if (focused != last_focus_) {
            last_focus_ = focused;
            for (const wxWindow* part : {static_cast<wxWindow*>(response_), static_cast<wxWindow*>(register_),
                                         static_cast<wxWindow*>(practices_)})
                if (is_within(focused, part)) scroll_into_view(focused);
        }
        event.Skip();
    });
    // Re-wrapping changes heights and so the layout: never from inside GTK's
    // size allocation (a multi-line text control can crash then), always
    // just after it.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        if (!layout_pending_) {
            layout_pending_ = true;
            CallAfter([this] {
                layout_pending_ = false;
                rewrap();
            });
        }
        event.Skip();
    });
    show_notes(true);
    show_current();
}

void IndicatorPanel::scroll_into_view(wxWindow* window) {
    const wxRect shown(GetScreenPosition(), GetClientSize());
    const wxRect target = window->GetScreenRect();
    // In view enough: its top and first lines show (a tall list such as
    // the votes keeps the question above it in view).
    if (target.y >= shown.y && target.y + std::min(target.height, FromDIP(48)) <= shown.GetBottom()) return;
    int unit_x = 0, unit_y = 0;
    GetScrollPixelsPerUnit(&unit_x, &unit_y);
    if (unit_y <= 0) return;
    const wxPoint start = GetViewStart();
    // Pixels to move: bring the bottom in, but never the top out.
    int delta = target.GetBottom() - shown.GetBottom() + FromDIP(8);
    if (target.y - delta < shown.y || target.y < shown.y) delta = target.y - shown.y - FromDIP(8);
    Scroll(-1, std::max(0, start.y + delta / unit_y + (delta % unit_y != 0 ? (delta > 0 ? 1 : -1) : 0)));
}

void IndicatorPanel::show_notes(bool shown) {
    notes_shown_ = shown;
    guide_box_->Show(shown);
    notes_toggle_->SetLabel(shown ? wxString::FromUTF8("▾ ") + _("Hide the facilitator's notes")
                                  : wxString::FromUTF8("▸ ") + _("Show the facilitator's notes (guidance, evidence to look for, sources)"));
    wrapped_width_ = 0;
    rewrap();
}

WrappedText* IndicatorPanel::wrapped(wxWindow* parent, double size, bool bold, int column) {
    auto* label = new WrappedText(parent, theme::font(this, size, bold), theme::text());
    wrapped_.push_back({label, column});
    return label;
}

void IndicatorPanel::rewrap() {
    const int full = GetClientSize().GetWidth() - 2 * FromDIP(kMargin) - FromDIP(4);
    if (full < 100) return;
    if (full == wrapped_width_) return;
    wrapped_width_ = full;
    const int left = (full - FromDIP(kGap)) * 3 / 5;
    const int right = full - FromDIP(kGap) - left;
    const int widths[] = {full, right, full - 2 * FromDIP(kBoxPadding), right - 2 * FromDIP(kBoxPadding)};
    for (auto& item : wrapped_) item.label->set_wrap_width(widths[item.column]);
    for (auto* card : cards_) card->set_wrap_width(left);
    Layout();
    // The sizer has the last word on the cards' width: wrap to what they got.
    bool changed = false;
    for (auto* card : cards_) {
        const int actual = card->GetClientSize().GetWidth();
        if (actual > 100 && actual != left) {
            card->set_wrap_width(actual);
            changed = true;
        }
    }
    if (changed) Layout();
    FitInside();
}

void IndicatorPanel::build_cards() {
    auto* sizer = cards_panel_->GetSizer();
    sizer->Clear(true);
    cards_.clear();
    const int level_count = document_.framework().level_count();
    for (int level = 1; level <= level_count; ++level) {
        auto* card = new LevelCard(cards_panel_, level, level_count);
        card->set_on_pick([this](int picked) { record(assessment::Vote::at(picked)); });
        card->set_on_height_change([this] {
            wrapped_width_ = 0;
            rewrap();
        });
        sizer->Add(card, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
        cards_.push_back(card);
    }
}

void IndicatorPanel::show_current() {
    const auto& framework = document_.framework();
    const auto* indicator = framework.find_indicator(document_.current_indicator());
    if (!indicator) return;
    shown_ = indicator->id;
    const std::string& lang = document_.language();
    const auto* domain = framework.find_domain(indicator->domain_id);

    int position = 0;
    int total = 0;
    for (const auto& d : framework.domains)
        for (const auto& i : d.indicators) {
            ++total;
            if (i.id == indicator->id) position = total;
        }
    wxString place = wxString::Format(_("%s  |  indicator %s  |  %d of %d"),
                                      domain ? to_wx(framework.text(domain->name, lang)) : wxString(),
                                      to_wx(indicator->id), position, total);
    if (!document_.assessment().is_relevant(*indicator))
        place += "  |  " + _("not relevant for this country's profile");
    place_->set_text(place);
    question_->set_text(to_wx(framework.text(indicator->question, lang)));
    const wxString guidance = to_wx(framework.text(indicator->guidance, lang));
    const wxString evidence = to_wx(framework.text(indicator->evidence, lang));
    guidance_->set_text(guidance.empty() ? _("(no guidance in this framework)") : guidance);
    evidence_->set_text(evidence.empty() ? _("(none listed)") : evidence);
    show_rating_guide(*indicator);

    for (auto* card : cards_) {
        const auto index = static_cast<std::size_t>(card->level() - 1);
        const wxString name = index < framework.levels.size() ? to_wx(framework.text(framework.levels[index].name, lang))
                                                               : wxString();
        const wxString descriptor =
            index < indicator->descriptors.size() ? to_wx(framework.text(indicator->descriptors[index], lang)) : wxString();
        card->set_content(name, descriptor);
    }
    refresh();
    // A new indicator starts a new round of votes: from the first participant.
    votes_->select_participant(0);
    refresh_result();
    Scroll(0, 0);
    rewrap();
}

void IndicatorPanel::show_rating_guide(const frameworks::Indicator& indicator) {
    const auto& framework = document_.framework();
    const std::string& lang = document_.language();
    const wxString rule = rating_rule_text(framework, indicator, lang);
    rule_->set_text(rule.empty() ? wxString() : _("How to rate:") + " " + rule);
    rule_->Show(!rule.empty());
    const auto& core = document_.assessment().core;
    core_->set_text(core_lists_text(indicator, core));
    // An empty list the rating needs is a warning, not a detail.
    core_->set_colour(core_lists_missing(indicator, core) ? theme::warning_text() : theme::accent());
    core_->Show(indicator.core.any());
    beside_->set_text(mappings_text(framework, indicator));
    const wxString rationale = mappings_rationale(framework, indicator, lang);
    if (rationale.empty()) beside_->UnsetToolTip();
    else if (beside_->GetToolTipText() != rationale) beside_->SetToolTip(rationale);
    beside_title_->Show(!indicator.mappings.empty());
    beside_->Show(!indicator.mappings.empty());
}

void IndicatorPanel::refresh() {
    if (document_.current_indicator() != shown_) {
        show_current();
        return;
    }
    // The core lists change on the set-up page.
    if (const auto* indicator = document_.framework().find_indicator(shown_)) show_rating_guide(*indicator);
    votes_->refresh();
    response_->refresh();
    register_->refresh();
    refresh_result();
}

void IndicatorPanel::refresh_result() {
    const auto& framework = document_.framework();
    const auto* score = document_.scores().find_indicator(shown_);
    if (!score) return;
    // The cases above the room's level follow the room's level.
    practices_->refresh();
    const int level_count = framework.level_count();
    const auto& response = document_.assessment().response(shown_);
    const std::string selected = votes_->selected_participant();
    const auto mine = response.votes.find(selected);

    for (auto* card : cards_) {
        const auto index = static_cast<std::size_t>(card->level() - 1);
        const int votes = index < score->votes_per_level.size() ? score->votes_per_level[index] : 0;
        const bool agreed = response.agreed && response.agreed->kind == assessment::VoteKind::Level &&
                            response.agreed->level == card->level();
        const bool is_mine = mine != response.votes.end() && mine->second == assessment::Vote::at(card->level());
        card->set_state(votes, score->level && *score->level == card->level(), agreed, is_mine);
    }

    const auto status = theme::display_status(*score);
    wxString derived;
    if (score->level) {
        const auto index = static_cast<std::size_t>(*score->level - 1);
        derived = wxString::Format("%d  %s", *score->level,
                                   index < framework.levels.size()
                                       ? to_wx(framework.text(framework.levels[index].name, document_.language()))
                                       : wxString());
        derived_->SetForegroundColour(theme::level_colour(*score->level, level_count).ChangeLightness(80));
    } else if (score->not_re_examined()) {
        // A round started from the last one: the last round's result, until
        // the room rates the indicator anew (never shown as a level of this round).
        derived = not_re_examined_label(*score->previous);
        derived_->SetForegroundColour(theme::muted_text());
    } else {
        derived = theme::status_label(status);
        derived_->SetForegroundColour(theme::status_colour(status));
    }
    if (derived_->GetLabel() != derived) derived_->SetLabel(derived);

    // The parts that apply, joined by a separator only between them.
    wxArrayString parts;
    switch (score->source) {
        case scoring::LevelSource::Agreed: parts.Add(_("agreed by the room")); break;
        case scoring::LevelSource::Median:
            parts.Add(score->level_votes == 1
                          ? wxString(_("the only level vote (no agreed level yet)"))
                          : wxString::Format(wxPLURAL("lower median of %d vote (no agreed level yet)",
                                                      "lower median of %d votes (no agreed level yet)", score->level_votes),
                                             score->level_votes));
            break;
        case scoring::LevelSource::None:
            if (score->status == scoring::IndicatorStatus::Unanswered) parts.Add(_("no votes yet"));
            break;
    }
    wxString target = wxString::Format(_("target %d"), score->target);
    if (score->gap) target += wxString::Format(_(", gap %d"), *score->gap);
    parts.Add(target);
    if (score->na_votes > 0 || score->unknown_votes > 0)
        parts.Add(wxString::Format(_("%d not applicable, %d unknown"), score->na_votes, score->unknown_votes));
    wxString source;
    for (const auto& part : parts) source << (source.empty() ? "" : "  |  ") << part;
    source_->set_text(source);

    const auto [lowest, highest] = scoring::vote_range(*score);
    const wxString spread = score->level_votes == 0
                                ? wxString()
                                : wxString::Format(_("Spread %d (votes from %d to %d)"), score->spread, lowest, highest);
    spread_->set_text(spread);

    const bool warn = status == theme::DisplayStatus::Disagreement;
    if (warn)
        warning_text_->set_text(
                    wxString::Format(_("%s The room disagrees: votes range from %d to %d. Discuss the evidence, "
                                       "then record an agreed level."),
                                     wxString::FromUTF8("⚠"), lowest, highest));
    if (warning_->IsShown() != warn) {
        warning_->Show(warn);
        wrapped_width_ = 0;
    }
    // New texts may need other heights.
    wrapped_width_ = 0;
    rewrap();
}

void IndicatorPanel::record(std::optional<assessment::Vote> vote) {
    const std::string participant = votes_->selected_participant();
    if (participant.empty()) {
        record_agreed(vote);
        return;
    }
    commit_pending();
    if (!may_record(vote)) return;
    const auto& votes = document_.assessment().response(shown_).votes;
    const auto found = votes.find(participant);
    const auto before = found == votes.end() ? std::nullopt : std::optional(found->second);
    if (before != vote) {
        // Replacing a vote says so, in the list and in Edit > Undo.
        wxString description = wxString::Format(_("vote on %s"), to_wx(shown_));
        if (before) {
            votes_->mark_replaced(participant, before);
            wxString name = to_wx(participant);
            for (const auto& person : document_.assessment().participants)
                if (person.id == participant) name = participant_label(person);
            description = wxString::Format(_("%s's vote on %s: %s, was %s"), name, to_wx(shown_),
                                           vote ? votes_->vote_text(vote) : wxString(_("cleared")), votes_->vote_text(before));
        }
        document_.apply(described(edits::set_vote(document_.assessment(), shown_, participant, vote), description));
    }
    votes_->select_next();
    refresh_result();
}

void IndicatorPanel::record_agreed(std::optional<assessment::Vote> agreed) {
    commit_pending();
    if (!may_record(agreed)) return;
    const auto& response = document_.assessment().response(shown_);
    if (response.agreed == agreed) return;
    document_.apply(described(edits::set_agreed(document_.assessment(), shown_, agreed, response.rationale),
                              wxString::Format(_("agreed level of %s"), to_wx(shown_))));
}

void IndicatorPanel::record_rationale(const std::string& rationale) {
    commit_pending();
    const auto& response = document_.assessment().response(shown_);
    if (response.rationale == rationale) return;
    document_.apply(described(edits::set_agreed(document_.assessment(), shown_, response.agreed, rationale),
                              wxString::Format(_("rationale of %s"), to_wx(shown_))));
}

bool IndicatorPanel::may_record(const std::optional<assessment::Vote>& vote) {
    if (vote && vote->kind == assessment::VoteKind::Level &&
        (vote->level < 1 || vote->level > document_.framework().level_count()))
        return false;
    // Says why when the framework marks the indicator always applicable.
    return !refuse_not_applicable(this, document_.framework().find_indicator(shown_), vote);
}

void IndicatorPanel::commit_pending() { response_->commit_pending(); }

}  // namespace socle::desktop
