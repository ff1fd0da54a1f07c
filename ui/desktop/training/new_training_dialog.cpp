#include "ui/desktop/training/new_training_dialog.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "frameworks/training_catalog.h"
#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/training/training_session.h"

namespace socle::desktop {

namespace {

// "Français (fr)" when the interface speaks it, else the code.
wxString language_name(const std::string& code) {
    for (const auto& language : interface_languages())
        if (language.code == to_wx(code)) return language.native_name + " (" + language.code + ")";
    return to_wx(code);
}

}  // namespace

std::optional<TrainingSessionChoice> ask_training_session(wxWindow* parent) {
    const auto& cases = frameworks::training_catalog();
    if (cases.empty()) return std::nullopt;
    wxDialog dialog(parent, wxID_ANY, _("New training session"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "new_training_session");
    const int gap = dialog.FromDIP(12);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(&dialog, wxID_ANY,
                                   _("A team rates a fictional country: its evidence pack is shown beside each "
                                     "indicator, and the expert key can be revealed once the team has agreed a "
                                     "level. Each team works in its own file."));
    intro->Wrap(dialog.FromDIP(460));
    column->Add(intro, 0, wxALL, gap);

    const wxString interface_code = current_interface_language();
    column->Add(new wxStaticText(&dialog, wxID_ANY, _("Case:")), 0, wxLEFT | wxRIGHT, gap);
    auto* case_choice = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                     wxDefaultValidator, "training.case");
    for (const auto& item : cases)
        case_choice->Append(to_wx(case_text(item.title, exact_utf8(interface_code))) + "  [" + to_wx(item.id) + "]");
    case_choice->SetSelection(0);
    column->Add(case_choice, 0, wxEXPAND | wxALL, gap);

    column->Add(new wxStaticText(&dialog, wxID_ANY, _("Session language (the case's texts and the framework's):")), 0,
                wxLEFT | wxRIGHT, gap);
    auto* language_choice = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                         wxDefaultValidator, "training.language");
    column->Add(language_choice, 0, wxEXPAND | wxALL, gap);
    std::vector<std::string> languages;
    const auto fill_languages = [&] {
        const auto& item = cases[static_cast<std::size_t>(std::max(0, case_choice->GetSelection()))];
        languages = case_languages(item);
        language_choice->Clear();
        int selected = 0;
        for (std::size_t i = 0; i < languages.size(); ++i) {
            language_choice->Append(language_name(languages[i]));
            if (to_wx(languages[i]) == interface_code) selected = static_cast<int>(i);
        }
        language_choice->SetSelection(selected);
    };
    fill_languages();
    case_choice->Bind(wxEVT_CHOICE, [&](wxCommandEvent&) { fill_languages(); });

    column->Add(new wxStaticText(&dialog, wxID_ANY, _("Team's name:")), 0, wxLEFT | wxRIGHT, gap);
    auto* team = new wxTextCtrl(&dialog, wxID_ANY, _("Team A"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "training.team");
    column->Add(team, 0, wxEXPAND | wxALL, gap);
    column->Add(ok_cancel_buttons(dialog), 0, wxEXPAND | wxALL, gap);
    dialog.SetSizerAndFit(column);
    team->SetFocus();
    team->SelectAll();
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;

    const auto case_index = static_cast<std::size_t>(std::max(0, case_choice->GetSelection()));
    const auto language_index = static_cast<std::size_t>(std::max(0, language_choice->GetSelection()));
    TrainingSessionChoice choice;
    choice.case_id = cases[case_index].id;
    choice.language = language_index < languages.size() ? languages[language_index] : frameworks::kTrainingDefaultLanguage;
    choice.team = to_utf8(team->GetValue().Strip(wxString::both));
    return choice;
}

}  // namespace socle::desktop
