#include "ui/desktop/workshop/practice_dialogs.h"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/text.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/services/practice_cases.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {

wxString region_label(const std::string& region) {
    if (region == "africa") return _("Africa");
    if (region == "asia") return _("Asia");
    if (region == "central-asia") return _("Central Asia");
    if (region == "latin-america") return _("Latin America");
    if (region == "middle-east") return _("Middle East");
    if (region == "europe") return _("Europe");
    if (region == "pacific") return _("Pacific");
    return to_wx(region);
}

std::string trimmed(const wxTextCtrl* control) { return to_utf8(control->GetValue().Strip(wxString::both)); }

// A file-name-safe id from the country and title ("ke-single-registry");
// a title in another script gives the date and time instead.
std::string case_id_for(const std::string& country, const std::string& title) {
    std::string slug;
    for (const char c : common::to_lower_ascii(title)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) slug += c;
        else if (!slug.empty() && slug.back() != '-') slug += '-';
        if (slug.size() >= 40) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = to_utf8(wxDateTime::Now().Format("case-%Y%m%d-%H%M%S"));
    const std::string prefix = common::to_lower_ascii(country);
    return prefix.empty() ? "own-" + slug : prefix + "-" + slug;
}

std::string upper_ascii(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

void set_text(frameworks::LocalizedText& text, const std::string& lang, const std::string& value) {
    // Left out when empty, so the loader names what is missing.
    if (!value.empty()) text.set(lang, value);
}

}  // namespace

ShareCaseDialog::ShareCaseDialog(wxWindow* parent, const Document& document, const std::vector<std::string>& first)
    : wxDialog(parent, wxID_ANY, _("Share a case")) {
    SetName("share-case-dialog");
    SetFont(theme::font(parent, 1.1));
    wxArrayString labels;
    auto add = [&](const ShownCase& shown) {
        if (std::find(ids_.begin(), ids_.end(), shown.item->id) != ids_.end()) return;
        ids_.push_back(shown.item->id);
        labels.Add(to_wx(case_text(shown, shown.item->title, document.language())) + " (" + to_wx(shown.item->id) + ")");
    };
    for (const auto& id : first)
        for (const auto& library : practices().libraries)
            if (const auto* item = library.find_case(id)) add({&library, item, 0});
    for (const auto& library : practices().libraries)
        for (const auto& item : library.cases) add({&library, &item, 0});
    cases_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(520), -1), labels);
    cases_->SetName("share-case-choice");
    if (!ids_.empty()) cases_->SetSelection(0);
    anonymise_ = new wxCheckBox(this, wxID_ANY, _("&Anonymise: leave the country and its names out"));
    anonymise_->SetName("share-anonymise");
    auto* note = new wxStaticText(this, wxID_ANY,
                                  _("Anonymising replaces the country's names by [country] and drops the sources' "
                                    "addresses; read the file before you send it."));
    note->SetForegroundColour(theme::muted_text());
    note->Wrap(FromDIP(520));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("&Case:")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    sizer->Add(cases_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(anonymise_, 0, wxALL, FromDIP(12));
    sizer->Add(note, 0, wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(ok_cancel_buttons(*this), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
}

std::string ShareCaseDialog::case_id() const {
    const int selection = cases_->GetSelection();
    return selection < 0 ? std::string() : ids_[static_cast<std::size_t>(selection)];
}

bool ShareCaseDialog::anonymise() const { return anonymise_->GetValue(); }

wxTextCtrl* WriteCaseDialog::field(const wxString& label, const wxString& name, bool multiline) {
    auto* grid = grid_;
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0,
              multiline ? static_cast<int>(wxTOP) : static_cast<int>(wxALIGN_CENTER_VERTICAL), FromDIP(4));
    auto* control = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                   wxSize(FromDIP(420), multiline ? FromDIP(80) : -1),
                                   multiline ? wxTE_MULTILINE | wxTE_WORDWRAP : 0);
    control->SetName(name);
    grid->Add(control, 1, wxEXPAND);
    return control;
}

WriteCaseDialog::WriteCaseDialog(wxWindow* parent, const Document& document, const std::string& indicator,
                                 int room_level)
    : wxDialog(parent, wxID_ANY, _("Write a case"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      document_(document) {
    SetName("write-case-dialog");
    SetFont(theme::font(parent, 1.0));
    auto* grid = grid_ = new wxFlexGridSizer(2, FromDIP(6), FromDIP(10));
    grid->AddGrowableCol(1, 1);

    country_ = field(_("Country &code (ISO, two letters):"), "case-country");
    country_name_ = field(_("Country &name:"), "case-country-name");
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Region:")), 0, wxALIGN_CENTER_VERTICAL);
    region_ = new wxChoice(this, wxID_ANY);
    region_->SetName("case-region");
    for (const auto& region : frameworks::practice_regions()) region_->Append(region_label(region));
    region_->SetSelection(0);
    grid->Add(region_, 0);
    from_ = field(_("&From (year):"), "case-from");
    to_ = field(_("&To (year; empty while it goes on):"), "case-to");
    title_ = field(_("T&itle:"), "case-title");
    schemes_ = field(_("&Schemes and systems involved:"), "case-schemes");
    what_ = field(_("&What was done:"), "case-what", true);

    grid->Add(new wxStaticText(this, wxID_ANY, _("In&dicator it illustrates:")), 0, wxALIGN_CENTER_VERTICAL);
    indicator_ = new wxChoice(this, wxID_ANY);
    indicator_->SetName("case-indicator");
    const auto& framework = document.framework();
    for (const auto& domain : framework.domains)
        for (const auto& item : domain.indicators) {
            indicator_ids_.push_back(item.id);
            indicator_->Append(to_wx(item.id) + "  " + short_text(framework.text(item.question, document.language()), 60));
            if (item.id == indicator) indicator_->SetSelection(static_cast<int>(indicator_ids_.size() - 1));
        }
    grid->Add(indicator_, 0, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Level it shows:")), 0, wxALIGN_CENTER_VERTICAL);
    level_ = new wxChoice(this, wxID_ANY);
    level_->SetName("case-level");
    for (int level = 1; level <= framework.level_count(); ++level) level_->Append(wxString::Format("%d", level));
    level_->SetSelection(std::clamp(room_level, 0, framework.level_count() - 1));
    grid->Add(level_, 0);

    source_title_ = field(_("Source titl&e (as published):"), "case-source-title");
    publisher_ = field(_("Source &publisher:"), "case-source-publisher");
    source_year_ = field(_("Source &year:"), "case-source-year");
    url_ = field(_("Source &address (optional):"), "case-source-url");

    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wxString::Format(_("Texts are kept in the session language (%s). Every fact comes "
                                                      "from the source you name."),
                                                    to_wx(document.language())));
    intro->SetForegroundColour(theme::muted_text());
    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetName("case-problem");
    problem_->SetForegroundColour(theme::warning_text());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(ok_cancel_buttons(*this), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    country_->SetFocus();
}

frameworks::PracticeLibrary WriteCaseDialog::library() const {
    const auto& framework = document_.framework();
    const std::string& lang = document_.language();
    frameworks::PracticeLibrary library;
    frameworks::PracticeCase item;
    item.country = upper_ascii(trimmed(country_));
    item.id = case_id_for(item.country, trimmed(title_));
    library.id = "own." + item.id;
    library.version = "1.0.0";
    library.framework = framework.id;
    library.framework_version = framework.version;
    library.default_language = lang;
    const int region = region_->GetSelection();
    item.region = frameworks::practice_regions()[static_cast<std::size_t>(std::max(region, 0))];
    item.year_from = common::parse_int(trimmed(from_)).value_or(0);
    item.year_to = common::parse_int(trimmed(to_)).value_or(0);
    set_text(item.country_name, lang, trimmed(country_name_));
    set_text(item.title, lang, trimmed(title_));
    set_text(item.schemes, lang, trimmed(schemes_));
    set_text(item.what, lang, trimmed(what_));
    const int indicator = indicator_->GetSelection();
    if (indicator >= 0)
        item.links.push_back({indicator_ids_[static_cast<std::size_t>(indicator)], level_->GetSelection() + 1, 0, 0});
    frameworks::PracticeSource source;
    source.id = item.id + "-source";
    source.title = trimmed(source_title_);
    source.publisher = trimmed(publisher_);
    source.year = trimmed(source_year_);
    source.url = trimmed(url_);
    item.sources.push_back(source.id);
    library.sources.push_back(std::move(source));
    library.cases.push_back(std::move(item));
    return library;
}

void WriteCaseDialog::on_ok() {
    // Years the file cannot hold are said here in the words of the form
    // (the file would only show them as 0).
    const auto from = common::parse_int(trimmed(from_));
    const std::string to = trimmed(to_);
    wxString problems;
    if (!from) problems = _("From: write the first year the case describes, such as 2019.");
    else if (!to.empty() && !common::parse_int(to)) problems = _("To: write a year such as 2023, or leave it empty.");
    if (problems.empty()) {
        const auto outcome = save_own_case(library(), document_.framework());
        if (outcome.ok) {
            written_ = outcome.written;
            EndModal(wxID_OK);
            return;
        }
        // The core's words, in English: they name the very field and value.
        for (const auto& item : outcome.problems.items())
            if (item.severity == common::Severity::Error) problems << (problems.empty() ? "" : "\n") << to_wx(item.message);
    }
    problem_->SetLabel(problems);
    problem_->Wrap(FromDIP(560));
    Layout();
    Fit();
}

}  // namespace socle::desktop
