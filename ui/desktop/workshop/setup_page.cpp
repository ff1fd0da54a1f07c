#include "ui/desktop/workshop/setup_page.h"

#include "ui/desktop/widgets/committed_text.h"

#include <map>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "frameworks/translation_coverage.h"
#include "scoring/score_highlights.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/workshop/core_names_panel.h"
#include "ui/desktop/workshop/participants_panel.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

namespace edits = socle::assessment::edits;

wxStaticText* section_title(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(theme::font(parent, 1.25, true));
    label->SetForegroundColour(theme::accent());
    return label;
}

bool valid_date(const wxString& text) {
    if (text.empty()) return true;
    wxDateTime date;
    return text.length() == 10 && date.ParseISODate(text);
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
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(build_details(), 1, wxEXPAND | wxRIGHT, FromDIP(32));
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(build_profile(), 0, wxEXPAND | wxBOTTOM, FromDIP(24));
    if (auto* core = build_core_names()) right->Add(core, 0, wxEXPAND | wxBOTTOM, FromDIP(16));
    participants_ = new ParticipantsPanel(this, document_);
    right->Add(participants_, 1, wxEXPAND);
    columns->Add(right, 1, wxEXPAND);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(columns, 1, wxEXPAND | wxALL, FromDIP(24));
    SetSizer(sizer);
    refresh();
}

void SetupPage::focus_first_field() {
    Scroll(0, 0);
    title_->SetFocus();
}

wxTextCtrl* SetupPage::add_field(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const wxString& name,
                                 bool multiline) {
    return add_committed_text(this, parent, grid, label, name, multiline ? FromDIP(110) : 0, [this] { commit_pending(); });
}

wxWindow* SetupPage::build_details() {
    auto* panel = new wxPanel(this, wxID_ANY);
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1, 1);
    title_ = add_field(panel, grid, _("&Title:"), _("Title"));
    country_ = add_field(panel, grid, _("C&ountry:"), _("Country"));
    institutions_ = add_field(panel, grid, _("&Institutions\n(one per line):"), _("Institutions"), true);
    round_ = add_field(panel, grid, _("&Round:"), _("Round"));
    round_->SetHint(_("baseline, follow-up 2028, ..."));
    start_date_ = add_field(panel, grid, _("&Start date:"), _("Start date"));
    start_date_->SetHint(_("YYYY-MM-DD"));
    end_date_ = add_field(panel, grid, _("&End date:"), _("End date"));
    end_date_->SetHint(_("YYYY-MM-DD"));
    facilitator_ = add_field(panel, grid, _("&Facilitator:"), _("Facilitator"));

    grid->Add(new wxStaticText(panel, wxID_ANY, _("Session &language:")), 0, wxALIGN_CENTER_VERTICAL);
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
    grid->Add(language_, 0);
    notes_ = add_field(panel, grid, _("&Notes:"), _("Notes on the assessment"), true);
    language_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_language(); });

    // The way forward, under the details: the left column is the shorter
    // one, so the button shows without scrolling even on a 1024x768 projector.
    auto* next = new wxStaticText(panel, wxID_ANY,
                                  _("Details and participants in? The walkthrough rates the indicators one by one."));
    next->SetForegroundColour(theme::muted_text());
    next->Wrap(FromDIP(380));
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
    sizer->Add(next, 0, wxTOP, FromDIP(20));
    sizer->Add(start_, 0, wxTOP, FromDIP(8));
    panel->SetSizer(sizer);
    return panel;
}

wxWindow* SetupPage::build_profile() {
    auto* panel = new wxPanel(this, wxID_ANY);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(section_title(panel, _("Country profile")), 0, wxBOTTOM, FromDIP(4));
    auto* hint = new wxStaticText(panel, wxID_ANY, _("The answers switch off indicators that do not apply."));
    hint->SetForegroundColour(theme::muted_text());
    sizer->Add(hint, 0, wxBOTTOM, FromDIP(8));
    const auto& framework = document_.framework();
    const std::string& lang = document_.language();
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(12));
    grid->AddGrowableCol(0, 1);
    for (std::size_t i = 0; i < framework.profile.size(); ++i) {
        const auto& question = framework.profile[i];
        auto* label = new wxStaticText(panel, wxID_ANY, to_wx(framework.text(question.text, lang)));
        label->Wrap(FromDIP(380));
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
    if (framework.profile.empty())
        sizer->Add(new wxStaticText(panel, wxID_ANY, _("This framework asks no profile questions.")), 0);
    relevance_ = new wxStaticText(panel, wxID_ANY, wxString());
    relevance_->SetForegroundColour(theme::muted_text());
    sizer->Add(relevance_, 0, wxTOP, FromDIP(8));
    panel->SetSizer(sizer);
    return panel;
}

wxWindow* SetupPage::build_core_names() {
    bool any_core = false;
    for (const auto& domain : document_.framework().domains)
        for (const auto& indicator : domain.indicators) any_core = any_core || indicator.core.any();
    if (!any_core) return nullptr;
    auto* panel = new wxPanel(this, wxID_ANY);
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
    for (auto* field : {start_date_, end_date_}) {
        field->SetBackgroundColour(valid_date(field->GetValue()) ? wxNullColour : theme::warning_background());
        field->Refresh();
    }
}

void SetupPage::update_relevance_note() {
    const auto progress = scoring::progress(document_.scores());
    relevance_->SetLabel(wxString::Format(_("%d of %d indicators apply to this country."), progress.relevant,
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
    // A date that is not YYYY-MM-DD stays in its (highlighted) field and is
    // not recorded until it is one.
    bool dates_ok = true;
    for (auto [field, value] : {std::pair{start_date_, &metadata.start_date}, std::pair{end_date_, &metadata.end_date}}) {
        const wxString text = field->GetValue().Strip(wxString::both);
        const bool ok = valid_date(text);
        dates_ok = dates_ok && ok;
        if (ok) *value = to_utf8(text);
        field->SetBackgroundColour(ok ? wxNullColour : theme::warning_background());
        field->Refresh();
    }
    if (!dates_ok) wxBell();
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
