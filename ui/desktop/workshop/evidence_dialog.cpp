#include "ui/desktop/workshop/evidence_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/evidence_register.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/sha256.h"
#include "common/text.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {

using assessment::Confidentiality;

constexpr Confidentiality kConfidentialities[] = {Confidentiality::Public, Confidentiality::Internal,
                                                  Confidentiality::Confidential};

}  // namespace

EvidenceDialog::EvidenceDialog(wxWindow* parent, const wxString& title, const assessment::Assessment& assessment,
                               const assessment::EvidenceDocument& document)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      assessment_(assessment),
      original_(document) {
    SetName("evidence-dialog");
    SetFont(theme::font(parent, 1.1));
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1, 1);
    auto text = [&](const wxString& label, const wxString& name, const std::string& value) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* field = new wxTextCtrl(this, wxID_ANY, to_wx(value), wxDefaultPosition, wxSize(FromDIP(380), -1));
        field->SetName(name);
        grid->Add(field, 1, wxEXPAND);
        return field;
    };
    title_ = text(_("&Title:"), _("Title"), document.title);

    grid->Add(new wxStaticText(this, wxID_ANY, _("T&ype:")), 0, wxALIGN_CENTER_VERTICAL);
    type_ = new wxChoice(this, wxID_ANY);
    type_->SetName(_("Type"));
    const auto& types = assessment::document_types();
    for (std::size_t i = 0; i < types.size(); ++i) {
        type_->Append(translated(assessment::document_type_label(types[i])));
        if (types[i] == document.type) type_->SetSelection(static_cast<int>(i));
    }
    grid->Add(type_, 0, wxALIGN_CENTER_VERTICAL);

    issuer_ = text(_("&Issued by:"), _("Issuer"), document.issuer);
    date_ = text(_("&Date (YYYY-MM-DD, YYYY-MM or YYYY):"), _("Date"), document.date);
    seen_by_ = text(_("&Seen by:"), _("Seen by"), document.seen_by);
    kept_at_ = text(_("&Kept at:"), _("Kept at"), document.kept_at);

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Confidentiality:")), 0, wxALIGN_CENTER_VERTICAL);
    confidentiality_ = new wxChoice(this, wxID_ANY);
    confidentiality_->SetName(_("Confidentiality"));
    for (std::size_t i = 0; i < std::size(kConfidentialities); ++i) {
        confidentiality_->Append(translated(assessment::confidentiality_label(kConfidentialities[i])));
        if (kConfidentialities[i] == document.confidentiality) confidentiality_->SetSelection(static_cast<int>(i));
    }
    grid->Add(confidentiality_, 0, wxALIGN_CENTER_VERTICAL);

    sha256_ = text(_("SHA-256 of the &file:"), _("SHA-256"), document.sha256);
    grid->AddSpacer(0);
    auto* choose = new wxButton(this, wxID_ANY, _("Compute from a file..."));
    choose->SetName("hash_file");
    grid->Add(choose, 0);

    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetName("evidence_problem");
    problem_->SetForegroundColour(theme::warning_text());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);

    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_choose_file(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    title_->SetFocus();
}

assessment::EvidenceDocument EvidenceDialog::document() const {
    auto result = original_;
    auto field = [](const wxTextCtrl* control) { return to_utf8(control->GetValue().Strip(wxString::both)); };
    result.title = field(title_);
    result.issuer = field(issuer_);
    result.date = field(date_);
    result.seen_by = field(seen_by_);
    result.kept_at = field(kept_at_);
    result.sha256 = common::to_lower_ascii(field(sha256_));
    const int type = type_->GetSelection();
    if (type >= 0) result.type = assessment::document_types()[static_cast<std::size_t>(type)];
    const int confidentiality = confidentiality_->GetSelection();
    if (confidentiality >= 0) result.confidentiality = kConfidentialities[confidentiality];
    return result;
}

bool EvidenceDialog::hash_file(const wxString& path) {
    try {
        sha256_->ChangeValue(to_wx(common::sha256_hex(common::read_file(to_path(path)))));
        problem_->SetLabel(wxString());
        return true;
    } catch (const common::Error& error) {
        problem_->SetLabel(to_wx(error.what()));
        Layout();
        return false;
    }
}

void EvidenceDialog::on_choose_file() {
    wxFileDialog chooser(this, _("The document's file"), wxString(), wxString(), _("All files|*"),
                         wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (chooser.ShowModal() == wxID_OK) hash_file(chooser.GetPath());
}

void EvidenceDialog::on_ok() {
    const auto problems = assessment::document_problems(assessment_, document());
    if (problems.empty()) {
        EndModal(wxID_OK);
        return;
    }
    // The core's reason, in English: it names the very field and value.
    problem_->SetLabel(to_wx(problems.front()));
    Layout();
    Fit();
}

}  // namespace socle::desktop
