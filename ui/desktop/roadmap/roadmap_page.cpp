#include "ui/desktop/roadmap/roadmap_page.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "assessment/edits.h"
#include "scoring/roadmap.h"
#include "scoring/roadmap_text.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/roadmap/roadmap_board.h"
#include "ui/desktop/services/practice_cases.h"
#include "ui/desktop/widgets/practice_cases_view.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

// The planner's reasons and problems are worded by the core in English
// templates marked N_(); the interface catalogs carry them (po/*.po), so
// the page shows them in the session's interface language.
std::string translate(std::string_view english) { return to_utf8(translated(english)); }

wxString bullet(const std::string& sentence) { return wxString::FromUTF8("• ") + to_wx(sentence) + "\n"; }

wxButton* make_button(wxWindow* parent, const wxString& label, const wxString& name) {
    auto* button = new wxButton(parent, wxID_ANY, label);
    button->SetName(name);
    return button;
}

}  // namespace

struct RoadmapPage::Parts {
    RoadmapBoard* board = nullptr;
    wxStaticText* summary = nullptr;
    wxStaticText* problems = nullptr;
    wxString problems_text;  // unwrapped: wrapped again to the page's width on every resize
    wxString problems_wrapped_text;  // what the label was last wrapped from, and to which width
    int problems_width = 0;
    wxStaticText* title = nullptr;
    wxTextCtrl* details = nullptr;
    PracticeCasesView* cases = nullptr;
    wxTextCtrl* owner = nullptr;
    wxChoice* phase = nullptr;
    wxButton* set_owner = nullptr;
    wxButton* pin = nullptr;
    wxButton* exclude = nullptr;
    wxListCtrl* excluded = nullptr;
    wxButton* restore = nullptr;
    scoring::RoadmapPlan plan;
    std::uint64_t shown_state = 0;
    bool shown = false;
    std::string selection;

    void show_step(const Document& document);
    void fill_excluded();
    void show_cases(const Document& document, const scoring::RoadmapStep& step);
};

RoadmapPage::RoadmapPage(wxWindow* parent, Document& document, bool fill_now)
    : wxPanel(parent, wxID_ANY), parts_(std::make_unique<Parts>()), document_(document) {
    SetName("roadmap_page");
    SetBackgroundColour(theme::page_background());
    auto& p = *parts_;
    p.summary = new wxStaticText(this, wxID_ANY, wxEmptyString);
    p.summary->SetName("roadmap_summary");
    p.summary->SetFont(theme::font(this, 1.15, true));
    p.problems = new wxStaticText(this, wxID_ANY, wxEmptyString);
    p.problems->SetName("roadmap_problems");
    p.problems->SetFont(theme::font(this, 1.0, true));
    p.problems->SetForegroundColour(theme::warning_text());
    p.problems->SetBackgroundColour(theme::warning_background());

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter->SetMinimumPaneSize(FromDIP(280));
    splitter->SetSashGravity(1.0);
    p.board = new RoadmapBoard(splitter);
    auto* side = new wxPanel(splitter);
    p.title = new wxStaticText(side, wxID_ANY, _("Select a step"));
    p.title->SetName("step_title");
    p.title->SetFont(theme::font(this, 1.2, true));
    p.details = new wxTextCtrl(side, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    p.details->SetName("step_details");
    p.details->SetFont(theme::font(this, 1.0));

    auto* cases_title = new wxStaticText(side, wxID_ANY, _("What this step looked like elsewhere"));
    cases_title->SetFont(theme::font(this, 1.0, true));
    p.cases = new PracticeCasesView(side, 150);

    p.owner = new wxTextCtrl(side, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    p.owner->SetName("step_owner");
    p.set_owner = make_button(side, _("Set owner"), "set_owner");
    p.phase = new wxChoice(side, wxID_ANY);
    p.phase->SetName("step_phase");
    p.pin = make_button(side, _("Pin"), "pin_step");
    p.exclude = make_button(side, _("Exclude..."), "exclude_step");
    p.excluded = new wxListCtrl(side, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)), wxLC_REPORT | wxLC_SINGLE_SEL);
    p.excluded->SetName("excluded_list");
    p.excluded->AppendColumn(_("Excluded step"), wxLIST_FORMAT_LEFT, FromDIP(110));
    p.excluded->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, FromDIP(240));
    p.restore = make_button(side, _("Restore"), "restore_step");

    auto* owner_row = new wxBoxSizer(wxHORIZONTAL);
    owner_row->Add(p.owner, 1, wxEXPAND | wxRIGHT, FromDIP(6));
    owner_row->Add(p.set_owner, 0);
    auto* phase_row = new wxBoxSizer(wxHORIZONTAL);
    phase_row->Add(p.phase, 1, wxEXPAND | wxRIGHT, FromDIP(6));
    phase_row->Add(p.pin, 0);
    auto* side_sizer = new wxBoxSizer(wxVERTICAL);
    const int pad = FromDIP(8);
    side_sizer->Add(p.title, 0, wxEXPAND | wxALL, pad);
    side_sizer->Add(p.details, 1, wxEXPAND | wxLEFT | wxRIGHT, pad);
    side_sizer->Add(cases_title, 0, wxLEFT | wxTOP, pad);
    side_sizer->Add(p.cases, 1, wxEXPAND | wxLEFT | wxRIGHT, pad);
    side_sizer->Add(new wxStaticText(side, wxID_ANY, _("Owner")), 0, wxLEFT | wxTOP, pad);
    side_sizer->Add(owner_row, 0, wxEXPAND | wxLEFT | wxRIGHT, pad);
    side_sizer->Add(new wxStaticText(side, wxID_ANY, _("Phase (pinning overrides the plan)")), 0, wxLEFT | wxTOP, pad);
    side_sizer->Add(phase_row, 0, wxEXPAND | wxLEFT | wxRIGHT, pad);
    side_sizer->Add(p.exclude, 0, wxALL, pad);
    side_sizer->Add(p.excluded, 0, wxEXPAND | wxLEFT | wxRIGHT, pad);
    side_sizer->Add(p.restore, 0, wxALL, pad);
    side->SetSizer(side_sizer);
    splitter->SplitVertically(p.board, side, -FromDIP(340));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(p.summary, 0, wxEXPAND | wxALL, pad);
    sizer->Add(p.problems, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, pad);
    sizer->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, pad);
    SetSizer(sizer);
    // The problems name steps in words ("D10.6 (Inclusion, ...) to level 3"),
    // longer than a projector's width: they wrap instead of being cut.
    Bind(wxEVT_SIZE, [this, pad](wxSizeEvent& event) {
        wrap_problems(GetClientSize().x - 2 * pad);
        event.Skip();
    });

    p.board->set_on_select([this](const std::string& id) { select_step(id); });
    p.board->set_on_menu([this](const std::string& id, wxPoint where) {
        wxMenu menu;
        std::vector<std::pair<int, std::function<void()>>> actions;
        for (const auto& phase : parts_->plan.phases) {
            const int item = wxWindow::NewControlId();
            menu.Append(item, wxString::Format(_("Pin to %s"), phase_label(phase.settings)));
            actions.emplace_back(item, [this, id, phase_id = phase.settings.id] { pin(id, phase_id); });
        }
        const int unpin = wxWindow::NewControlId();
        menu.Append(unpin, _("Unpin"));
        actions.emplace_back(unpin, [this, id] { pin(id, {}); });
        menu.AppendSeparator();
        const int exclude_item = wxWindow::NewControlId();
        menu.Append(exclude_item, _("Exclude..."));
        actions.emplace_back(exclude_item, [this] { wxPostEvent(parts_->exclude, wxCommandEvent(wxEVT_BUTTON, parts_->exclude->GetId())); });
        const int chosen = parts_->board->GetPopupMenuSelectionFromUser(menu, where);
        for (const auto& [item, action] : actions)
            if (item == chosen) action();
    });
    p.set_owner->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!parts_->selection.empty()) set_owner(parts_->selection, to_utf8(parts_->owner->GetValue().Strip(wxString::both)));
    });
    p.owner->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (!parts_->selection.empty()) set_owner(parts_->selection, to_utf8(parts_->owner->GetValue().Strip(wxString::both)));
    });
    p.pin->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int choice = parts_->phase->GetSelection();
        if (parts_->selection.empty() || choice < 0) return;
        pin(parts_->selection, choice == 0 ? std::string() : parts_->plan.phases[static_cast<std::size_t>(choice - 1)].settings.id);
    });
    p.exclude->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (parts_->selection.empty()) return;
        wxTextEntryDialog dialog(this, _("Why does the team leave this step out of the roadmap?"),
                                 wxString::Format(_("Exclude %s"), to_wx(parts_->selection)));
        dialog.SetName("exclude_dialog");
        if (dialog.ShowModal() != wxID_OK) return;
        exclude(parts_->selection, to_utf8(dialog.GetValue().Strip(wxString::both)));
    });
    p.restore->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const long row = parts_->excluded->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (row >= 0 && static_cast<std::size_t>(row) < parts_->plan.excluded.size())
            restore(parts_->plan.excluded[static_cast<std::size_t>(row)].id);
    });
    if (fill_now) refresh();
}

RoadmapPage::~RoadmapPage() = default;

void RoadmapPage::wrap_problems(int width) {
    auto& p = *parts_;
    if (p.problems_wrapped_text == p.problems_text && width == p.problems_width) return;
    p.problems_wrapped_text = p.problems_text;
    p.problems_width = width;
    p.problems->SetLabel(p.problems_text);
    if (width > 100) p.problems->Wrap(width);
    Layout();
}

void RoadmapPage::refresh() {
    auto& p = *parts_;
    if (p.shown && p.shown_state == document_.state_id()) return;
    p.shown = true;
    p.shown_state = document_.state_id();
    p.plan = document_.plan();
    p.board->set_plan(document_.assessment(), p.plan);
    p.board->select(p.selection);

    wxString phases;
    for (const auto& phase : p.plan.phases) {
        int count = 0;
        for (const auto& step : p.plan.steps) count += step.phase == phase.settings.id;
        if (!phases.empty()) phases += ", ";
        phases += wxString::Format("%s: %d", phase_label(phase.settings), count);
    }
    p.summary->SetLabel(wxString::Format(_("Planned steps: %d (%s). Beyond the horizon: %d. Excluded by the team: %d."),
                                         static_cast<int>(p.plan.steps.size() - p.plan.beyond_horizon.size()), phases,
                                         static_cast<int>(p.plan.beyond_horizon.size()),
                                         static_cast<int>(p.plan.excluded.size())));
    wxString problems;
    for (const auto& problem : p.plan.problems)
        problems += (problems.empty() ? "" : "\n") + wxString::FromUTF8("⚠ ") + to_wx(scoring::problem_text(document_.assessment(), p.plan, problem, translate));
    p.problems_text = problems;
    wrap_problems(GetClientSize().x - 2 * FromDIP(8));
    p.problems->Show(!problems.empty());

    p.phase->Clear();
    p.phase->Append(_("Automatic (as planned)"));
    for (const auto& phase : p.plan.phases) p.phase->Append(phase_label(phase.settings));
    p.fill_excluded();
    p.restore->Enable(!p.plan.excluded.empty());
    p.show_step(document_);
    Layout();
}

// The cases for a step: its indicator at the levels the step climbs to
// (above where it starts, up to where it ends).
void RoadmapPage::Parts::show_cases(const Document& document, const scoring::RoadmapStep& step) {
    cases->show(cases_between(document.framework(), step.indicator_id, step.from, step.to), document.language(),
                wxString::Format(_("No case in the practice library shows %s at levels %d to %d yet."),
                                 to_wx(step.indicator_id), step.from + 1, step.to));
}

void RoadmapPage::Parts::fill_excluded() {
    excluded->DeleteAllItems();
    for (const auto& item : plan.excluded) {
        const long row = excluded->InsertItem(excluded->GetItemCount(), to_wx(item.id));
        excluded->SetItem(row, 1, to_wx(item.reason));
    }
}

void RoadmapPage::Parts::show_step(const Document& document) {
    const auto* step = selection.empty() ? nullptr : plan.find(selection);
    for (auto* control : std::initializer_list<wxWindow*>{owner, set_owner, phase, pin, exclude}) control->Enable(step != nullptr);
    if (!step) {
        title->SetLabel(_("Select a step"));
        details->ChangeValue(_("Click a card to see why the step sits in its phase, and to set its owner, pin it to a phase or leave it out."));
        owner->ChangeValue(wxEmptyString);
        phase->SetSelection(wxNOT_FOUND);
        cases->show({}, document.language(), _("The cases of other countries for the selected step show here."));
        return;
    }
    const auto& framework = document.framework();
    const auto& language = document.language();
    title->SetLabel(wxString::Format(_("%s: level %d to %d"), to_wx(step->indicator_id), step->from, step->to));
    wxString text;
    if (const auto* indicator = framework.find_indicator(step->indicator_id))
        text += to_wx(framework.text(indicator->question, language)) + "\n";
    if (const auto* domain = framework.find_domain(step->domain_id))
        text += wxString::Format(_("Domain: %s"), to_wx(framework.text(domain->name, language))) + "\n";
    wxString where = _("beyond the horizon");
    for (const auto& phase_plan : plan.phases)
        if (phase_plan.settings.id == step->phase) where = phase_label(phase_plan.settings);
    text += wxString::Format(_("Phase: %s%s"), where, step->pinned ? wxString(" ") + _("(pinned by the team)") : wxString()) + "\n";
    text += wxString::Format(_("Effort: %s points"), wxString::FromCDouble(step->points)) + "\n\n";
    text += _("Action") + ":\n" + to_wx(scoring::step_action(document.assessment(), *step)) + "\n\n";
    text += _("Why it is here") + ":\n";
    if (step->reasons.empty() && step->notes.empty()) text += _("It waits for nothing: only the phases' capacity places it.") + "\n";
    for (const auto& reason : step->reasons) text += bullet(scoring::reason_text(document.assessment(), reason, translate));
    for (const auto& note : step->notes) text += bullet(scoring::note_text(document.assessment(), plan, note, translate));
    if (step->beyond_target) text += wxString::FromUTF8("• ") + _("Climbs past the target because a later step needs it.") + "\n";
    details->ChangeValue(text);
    details->ShowPosition(0);
    show_cases(document, *step);
    const auto choice = document.assessment().roadmap.steps.find(step->id);
    owner->ChangeValue(to_wx(step->owner));
    int selected = 0;
    if (choice != document.assessment().roadmap.steps.end() && choice->second.pinned_phase)
        for (std::size_t i = 0; i < plan.phases.size(); ++i)
            if (plan.phases[i].settings.id == *choice->second.pinned_phase) selected = static_cast<int>(i + 1);
    phase->SetSelection(selected);
}

void RoadmapPage::select_step(const std::string& step_id) {
    parts_->selection = step_id;
    parts_->board->select(step_id);
    parts_->board->show_card(step_id);
    parts_->show_step(document_);
}

namespace {

// One change of the team's choices for a step, as one undoable edit; an
// override left empty is removed, so the file keeps only real choices.
void change_step(Document& document, const std::string& step_id,
                 const std::function<void(assessment::StepOverride&)>& change, const wxString& description) {
    auto choices = document.assessment().roadmap;
    auto& choice = choices.steps[step_id];
    change(choice);
    if (choice == assessment::StepOverride{}) choices.steps.erase(step_id);
    if (choices == document.assessment().roadmap) return;
    document.apply(assessment::edits::set_roadmap_choices(document.assessment(), std::move(choices), to_utf8(description)));
}

}  // namespace

void RoadmapPage::set_owner(const std::string& step, const std::string& owner) {
    const std::string step_id = step;  // `step` may live in the plan that the edit replaces
    change_step(document_, step_id, [&](assessment::StepOverride& choice) { choice.owner = owner; },
                wxString::Format(_("Owner of %s"), to_wx(step_id)));
    refresh();
}

void RoadmapPage::pin(const std::string& step, const std::string& phase_id) {
    const std::string step_id = step;  // `step` may live in the plan that the edit replaces
    change_step(document_, step_id,
                [&](assessment::StepOverride& choice) {
                    choice.pinned_phase = phase_id.empty() ? std::nullopt : std::optional<std::string>(phase_id);
                },
                phase_id.empty() ? wxString::Format(_("Unpin %s"), to_wx(step_id))
                                 : wxString::Format(_("Pin %s"), to_wx(step_id)));
    refresh();
    select_step(step_id);
}

void RoadmapPage::exclude(const std::string& step, const std::string& reason) {
    const std::string step_id = step;  // `step` may live in the plan that the edit replaces
    change_step(document_, step_id,
                [&](assessment::StepOverride& choice) {
                    choice.excluded = true;
                    choice.exclusion_reason = reason;
                },
                wxString::Format(_("Exclude %s"), to_wx(step_id)));
    parts_->selection.clear();
    refresh();
}

void RoadmapPage::restore(const std::string& step) {
    const std::string step_id = step;  // `step` may live in the plan that the edit replaces
    change_step(document_, step_id,
                [&](assessment::StepOverride& choice) {
                    choice.excluded = false;
                    choice.exclusion_reason.clear();
                },
                wxString::Format(_("Restore %s"), to_wx(step_id)));
    refresh();
    select_step(step_id);
}

}  // namespace socle::desktop
