#include "ui/desktop/workshop/setup_page.h"

#include "ui/desktop/widgets/committed_text.h"

#include <map>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "common/local_date.h"
#include "frameworks/translation_coverage.h"
#include "scoring/score_highlights.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/workshop/core_names_panel.h"
#include "ui/desktop/workshop/participants_panel.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/wrapped_text.h"

namespace socle::desktop {

namespace {

namespace edits = socle::assessment::edits;

wxStaticText* section_title(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(theme::font(parent, 1.25, true));
    label->SetForegroundColour(theme::accent());
    return label;
}

// The widest a label of the details grid gets before it wraps: the fields
// keep the rest of a 1024-pixel projector's half page.
constexpr int kLabelWidthDip = 190;
// The narrowest a field of the details grid gets (it grows with the page).
constexpr int kFieldMinWidthDip = 150;
// Profile questions wrap at this width (the choice sits beside them).
constexpr int kQuestionWidthDip = 300;

// Shows or hides a date's note and the empty cell beside it (a hidden
// row of the details grid takes no room).
void show_note(WrappedText* note, bool shown) {
    auto* grid = note->GetContainingSizer();
    if (!grid || note->IsShown() == shown) return;
    const auto& items = grid->GetChildren();
    wxSizerItem* previous = nullptr;
    for (auto* item : items) {
        if (item->GetWindow() == note) break;
        previous = item;
    }
    if (previous) previous->Show(shown);
    note->Show(shown);
}

// A session language by its own name (framework content is in it).
wxString language_name(const std::string& code) {
    static const std::map<std::string, const char*> kNames = {
        {"en", "English"}, {"fr", "Français"}, {"ru", "Русский"}, {"lo", "ພາສາລາວ (Lao)"}, {"tg", "Тоҷикӣ (Tajik)"}};
    const auto found = kNames.find(code);
    return found == kNames.end() ? to_wx(code) : wxString::FromUTF8(found->second) + " [" + to_wx(code) + "]";
}

void set_text(wxTextCtrl* control, const wxString& value) {
    if (control->GetValue() != value) control->ChangeValue(value);
}

}  // namespace

SetupPage::SetupPage(wxWindow* parent, Document& document)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      document_(document) {
    SetName("setup-page");
    SetBackgroundColour(theme::page_background());
    SetFont(theme::font(parent, 1.1));
    SetScrollRate(0, FromDIP(24));
    columns_ = new wxBoxSizer(wxHORIZONTAL);
    details_ = build_details();
    columns_->Add(details_, 1, wxEXPAND | wxRIGHT, FromDIP(32));
    right_ = new wxBoxSizer(wxVERTICAL);
    right_->Add(build_profile(), 0, wxEXPAND | wxBOTTOM, FromDIP(24));
    if (auto* core = build_core_names()) right_->Add(core, 0, wxEXPAND | wxBOTTOM, FromDIP(16));
    participants_ = new ParticipantsPanel(this, document_);
    right_->Add(participants_, 1, wxEXPAND);
    columns_->Add(right_, 1, wxEXPAND);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(columns_, 1, wxEXPAND | wxALL, FromDIP(24));
    SetSizer(sizer);
    // Before the default handler lays the page out at its new size: the
    // columns' arrangement first, the wrapped notes once the widths are known.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fit_columns();
        event.Skip();
        CallAfter([this] { relayout(); });
    });
    refresh();
}

bool SetupPage::stacked() const { return columns_->GetOrientation() == wxVERTICAL; }

void SetupPage::fit_columns() {
    const int margins = 2 * FromDIP(24);
    const int available = GetClientSize().GetWidth() - margins;
    if (available <= 0) return;
    const int side_by_side = details_->GetBestSize().GetWidth() + FromDIP(32) + right_->CalcMin().GetWidth();
    const bool stack = available < side_by_side;
    if (stack == stacked()) return;
    columns_->SetOrientation(stack ? wxVERTICAL : wxHORIZONTAL);
    // Stacked, the details keep their height and the gap goes below them.
    if (auto* item = columns_->GetItem(details_)) {
        item->SetFlag(wxEXPAND | (stack ? wxBOTTOM : wxRIGHT));
        item->SetProportion(stack ? 0 : 1);
    }
}

void SetupPage::relayout() {
    if (IsBeingDeleted()) return;
    bool changed = false;
    for (auto* note : page_wide_notes_) {
        const int width = note->GetSize().GetWidth();
        if (note->IsShown() && width > 0) changed = note->set_wrap_width(width) || changed;
    }
    if (!changed) return;
    Layout();
    FitInside();
}

void SetupPage::focus_first_field() {
    Scroll(0, 0);
    title_->SetFocus();
}

wxTextCtrl* SetupPage::add_field(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const wxString& name,
                                 bool multiline) {
    auto* field =
        add_committed_text(this, parent, grid, label, name, multiline ? FromDIP(110) : 0, [this] { commit_pending(); });
    // The label just added wraps rather than pushing the field off the page
    // (or being cut) in a long language.
    if (auto* item = grid->GetItem(grid->GetItemCount() - 2))
        if (auto* text = dynamic_cast<wxStaticText*>(item->GetWindow())) text->Wrap(FromDIP(kLabelWidthDip));
    // Its natural width is no minimum: the column gives it what is left.
    wxSize least = field->GetMinSize();
    least.SetWidth(FromDIP(kFieldMinWidthDip));
    field->SetMinSize(least);
    return field;
}

WrappedText* SetupPage::add_date_note(wxWindow* parent, wxFlexGridSizer* grid) {
    grid->AddSpacer(0);
    auto* note = new WrappedText(parent, theme::font(this, 1.0), theme::warning_text());
    grid->Add(note, 0, wxEXPAND);
    page_wide_notes_.push_back(note);
    show_note(note, false);
    return note;
}

wxWindow* SetupPage::build_details() {
    auto* panel = new wxPanel(this, wxID_ANY);
    panel->SetBackgroundColour(theme::page_background());  // the wrapped notes paint in it
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1, 1);
    title_ = add_field(panel, grid, _("&Title:"), _("Title"));
    country_ = add_field(panel, grid, _("C&ountry:"), _("Country"));
    institutions_ = add_field(panel, grid, _("&Institutions\n(one per line):"), _("Institutions"), true);
    round_ = add_field(panel, grid, _("&Round:"), _("Round"));
    round_->SetHint(_("baseline, follow-up 2028, ..."));
    // Two dates, two labels that say which day each is (in Russian both
    // once began "Дата" and were cut to it).
    start_date_ = add_field(panel, grid, _("&Start date (first day of the workshop):"), _("Start date"));
    start_date_->SetHint(_("DD.MM.YYYY or YYYY-MM-DD"));
    start_note_ = add_date_note(panel, grid);
    start_note_->SetName("start-date-note");
    end_date_ = add_field(panel, grid, _("&End date (last day of the workshop):"), _("End date"));
    end_date_->SetHint(_("DD.MM.YYYY or YYYY-MM-DD"));
    end_note_ = add_date_note(panel, grid);
    end_note_->SetName("end-date-note");
    facilitator_ = add_field(panel, grid, _("&Facilitator:"), _("Facilitator"));

    auto* language_label = new wxStaticText(panel, wxID_ANY, _("Session &language:"));
    language_label->Wrap(FromDIP(kLabelWidthDip));
    grid->Add(language_label, 0, wxALIGN_CENTER_VERTICAL);
    language_ = new wxChoice(panel, wxID_ANY);
    language_->SetName(_("Session language"));
    // Each language with how much of the framework it covers and whether a
    // native speaker has reviewed it, so a room knows what it will read.
    const auto coverage = frameworks::translation_coverage(document_.framework());
    for (const auto& language : document_.framework().languages) {
        wxString label = language_name(language.code);
        for (const auto& covered : coverage)
            if (covered.code == language.code && covered.total > 0)
                label += wxString::Format(" %d%%", static_cast<int>(covered.share() * 100.0));
        if (language.status == frameworks::LanguageStatus::Draft) label += " " + _("(draft translation)");
        language_->Append(label);
        language_codes_.push_back(language.code);
    }
    if (language_codes_.empty()) {
        language_->Append(language_name(document_.framework().default_language));
        language_codes_.push_back(document_.framework().default_language);
    }
    // "Тоҷикӣ (Tajik) [tg] 100% (draft translation)" is wide: the choice
    // takes the column's width rather than setting the page's.
    language_->SetMinSize(wxSize(FromDIP(kFieldMinWidthDip), -1));
    grid->Add(language_, 0, wxEXPAND);
    notes_ = add_field(panel, grid, _("&Notes:"), _("Notes on the assessment"), true);
    language_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_language(); });

    // The way forward, under the details: the left column is the shorter
    // one, so the button shows without scrolling even on a 1024x768 projector.
    auto* next = new WrappedText(panel, theme::font(this, 1.0), theme::muted_text());
    next->set_text(_("Details and participants in? The walkthrough rates the indicators one by one."));
    page_wide_notes_.push_back(next);
    start_ = new wxButton(panel, wxID_ANY, _("Start the &walkthrough"));
    start_->SetName("start-walkthrough");
    start_->SetFont(theme::font(this, 1.15, true));
    start_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        commit_pending();
        if (on_start_) on_start_();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(section_title(panel, _("Assessment details")), 0, wxBOTTOM, FromDIP(10));
    sizer->Add(grid, 0, wxEXPAND);
    sizer->Add(next, 0, wxEXPAND | wxTOP, FromDIP(20));
    sizer->Add(start_, 0, wxTOP, FromDIP(8));
    panel->SetSizer(sizer);
    return panel;
}

wxWindow* SetupPage::build_profile() {
    auto* panel = new wxPanel(this, wxID_ANY);
    panel->SetBackgroundColour(theme::page_background());  // the wrapped notes paint in it
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(section_title(panel, _("Country profile")), 0, wxBOTTOM, FromDIP(4));
    auto* hint = new WrappedText(panel, theme::font(this, 1.0), theme::muted_text());
    hint->set_text(_("The answers switch off indicators that do not apply."));
    page_wide_notes_.push_back(hint);
    sizer->Add(hint, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    const auto& framework = document_.framework();
    const std::string& lang = document_.language();
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(12));
    grid->AddGrowableCol(0, 1);
    for (std::size_t i = 0; i < framework.profile.size(); ++i) {
        const auto& question = framework.profile[i];
        auto* label = new wxStaticText(panel, wxID_ANY, to_wx(framework.text(question.text, lang)));
        label->Wrap(FromDIP(kQuestionWidthDip));
        grid->Add(label, 1, wxALIGN_CENTER_VERTICAL);
        auto* choice = new wxChoice(panel, wxID_ANY);
        choice->SetName(to_wx(framework.text(question.text, lang)));
        choice->Append(_("(not answered)"));
        for (const auto& option : question.options) {
            wxString text = to_wx(framework.text(option.label, lang));
            if (text.empty()) text = option.id == "yes" ? _("Yes") : option.id == "no" ? _("No") : to_wx(option.id);
            choice->Append(text);
        }
        choice->Bind(wxEVT_CHOICE, [this, i](wxCommandEvent&) { on_profile(i); });
        grid->Add(choice, 0, wxALIGN_CENTER_VERTICAL);
        profile_.push_back(choice);
    }
    sizer->Add(grid, 0, wxEXPAND);
    if (framework.profile.empty()) {
        auto* none = new WrappedText(panel, theme::font(this, 1.0), theme::text());
        none->set_text(_("This framework asks no profile questions."));
        page_wide_notes_.push_back(none);
        sizer->Add(none, 0, wxEXPAND);
    }
    relevance_ = new WrappedText(panel, theme::font(this, 1.0), theme::muted_text());
    page_wide_notes_.push_back(relevance_);
    sizer->Add(relevance_, 0, wxEXPAND | wxTOP, FromDIP(8));
    panel->SetSizer(sizer);
    return panel;
}

wxWindow* SetupPage::build_core_names() {
    bool any_core = false;
    for (const auto& domain : document_.framework().domains)
        for (const auto& indicator : domain.indicators) any_core = any_core || indicator.core.any();
    if (!any_core) return nullptr;
    auto* panel = new wxPanel(this, wxID_ANY);
    panel->SetBackgroundColour(theme::page_background());  // the wrapped notes paint in it
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(section_title(panel, _("Core schemes and systems")), 0, wxBOTTOM, FromDIP(4));
    core_names_ = new CoreNamesPanel(panel, document_);
    sizer->Add(core_names_, 0, wxEXPAND);
    panel->SetSizer(sizer);
    return panel;
}

void SetupPage::refresh() {
    if (committing_) return;
    if (core_names_) core_names_->refresh();
    const auto& metadata = document_.assessment().metadata;
    set_text(title_, to_wx(metadata.title));
    set_text(country_, to_wx(metadata.country));
    set_text(institutions_, lines_to_field(metadata.institutions));
    set_text(round_, to_wx(metadata.round));
    set_text(start_date_, to_wx(metadata.start_date));
    set_text(end_date_, to_wx(metadata.end_date));
    set_text(facilitator_, to_wx(metadata.facilitator));
    set_text(notes_, to_wx(metadata.notes));
    for (std::size_t i = 0; i < language_codes_.size(); ++i)
        if (language_codes_[i] == metadata.language) language_->SetSelection(static_cast<int>(i));

    const auto& framework = document_.framework();
    const auto& profile = document_.assessment().profile;
    for (std::size_t i = 0; i < profile_.size(); ++i) {
        const auto& question = framework.profile[i];
        const auto found = profile.find(question.id);
        int selection = 0;
        if (found != profile.end())
            for (std::size_t o = 0; o < question.options.size(); ++o)
                if (question.options[o].id == found->second) selection = static_cast<int>(o) + 1;
        profile_[i]->SetSelection(selection);
    }
    update_relevance_note();
    participants_->refresh();
    update_date_notes();
}

void SetupPage::update_date_notes() {
    const auto order = common::date_order_for(document_.language());
    bool changed = false;
    for (auto [field, note] : {std::pair{start_date_, start_note_}, std::pair{end_date_, end_note_}}) {
        const auto date = common::parse_local_date(to_utf8(field->GetValue()), order);
        // In words, not only in colour: what is wrong and that nothing was lost.
        const wxString words =
            date.read() ? wxString()
                        : wxString::Format(_("Kept as typed, but not read as a date. %s"),
                                           translated(common::date_problem_text(date.problem)));
        field->SetBackgroundColour(date.read() ? wxNullColour : theme::warning_background());
        field->Refresh();
        if (note->text() != words || note->IsShown() != !words.empty()) changed = true;
        note->set_text(words);
        const int width = field->GetSize().GetWidth();
        if (width > 0) note->set_wrap_width(width);
        show_note(note, !words.empty());
    }
    if (!changed) return;
    Layout();
    FitInside();
}

void SetupPage::update_relevance_note() {
    const auto progress = scoring::progress(document_.scores());
    relevance_->set_text(wxString::Format(_("%d of %d indicators apply to this country."), progress.relevant,
                                          progress.indicators));
}

void SetupPage::commit_pending() {
    if (committing_ || IsBeingDeleted()) return;
    if (core_names_) core_names_->commit_pending();
    auto metadata = document_.assessment().metadata;
    const auto before = metadata;
    metadata.title = to_utf8(title_->GetValue().Strip(wxString::both));
    metadata.country = to_utf8(country_->GetValue().Strip(wxString::both));
    metadata.institutions = lines_from_field(institutions_->GetValue());
    metadata.round = to_utf8(round_->GetValue().Strip(wxString::both));
    metadata.facilitator = to_utf8(facilitator_->GetValue().Strip(wxString::both));
    metadata.notes = to_utf8(notes_->GetValue());
    // A date typed the local way is stored ISO and shown back so; one that
    // cannot be read is kept as typed (a language switch, the file and the
    // workbook keep it) and the note under the field says why.
    const auto order = common::date_order_for(document_.language());
    for (auto [field, value] : {std::pair{start_date_, &metadata.start_date}, std::pair{end_date_, &metadata.end_date}}) {
        const std::string typed = to_utf8(field->GetValue().Strip(wxString::both));
        const auto date = common::parse_local_date(typed, order);
        *value = date.read() ? date.iso : typed;
        set_text(field, to_wx(*value));
    }
    update_date_notes();
    if (metadata == before) return;
    committing_ = true;
    document_.apply(described(edits::set_metadata(document_.assessment(), metadata), _("assessment details")));
    committing_ = false;
}

void SetupPage::on_language() {
    commit_pending();
    const int index = language_->GetSelection();
    if (index < 0 || static_cast<std::size_t>(index) >= language_codes_.size()) return;
    auto metadata = document_.assessment().metadata;
    if (metadata.language == language_codes_[static_cast<std::size_t>(index)]) return;
    metadata.language = language_codes_[static_cast<std::size_t>(index)];
    document_.apply(described(edits::set_metadata(document_.assessment(), metadata), _("session language")));
}

void SetupPage::on_profile(std::size_t question_index) {
    commit_pending();
    const auto& question = document_.framework().profile[question_index];
    const int selection = profile_[question_index]->GetSelection();
    const std::string answer = selection <= 0 ? std::string() : question.options[static_cast<std::size_t>(selection - 1)].id;
    const auto& profile = document_.assessment().profile;
    const auto found = profile.find(question.id);
    if ((found == profile.end() ? std::string() : found->second) == answer) return;
    document_.apply(described(edits::set_profile_answer(document_.assessment(), question.id, answer),
                              wxString::Format(_("profile answer %s"), to_wx(question.id))));
}

}  // namespace socle::desktop
