#include "ui/desktop/workshop/response_fields.h"

#include "ui/desktop/widgets/committed_text.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/not_applicable_refusal.h"

namespace socle::desktop {

namespace {

namespace edits = socle::assessment::edits;
using assessment::Confidence;
using assessment::Vote;
using assessment::VoteKind;

constexpr Confidence kConfidences[] = {Confidence::Unset, Confidence::SelfReported, Confidence::Documented,
                                       Confidence::Verified};

int agreed_index(const std::optional<Vote>& agreed, int level_count) {
    if (!agreed) return 0;
    switch (agreed->kind) {
        case VoteKind::Level: return agreed->level;
        case VoteKind::NotApplicable: return level_count + 1;
        case VoteKind::Unknown: return level_count + 2;
    }
    return 0;
}

std::optional<Vote> agreed_from_index(int index, int level_count) {
    if (index <= 0) return std::nullopt;
    if (index <= level_count) return Vote::at(index);
    if (index == level_count + 1) return Vote::not_applicable();
    return Vote::unknown();
}

void set_text(wxTextCtrl* control, const wxString& value) {
    if (control->GetValue() != value) control->ChangeValue(value);
}

}  // namespace

ResponseFields::ResponseFields(wxWindow* parent, Document& document) : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("response");
    const auto& framework = document_.framework();

    grid_ = new wxFlexGridSizer(2, FromDIP(6), FromDIP(12));
    grid_->AddGrowableCol(1, 1);

    grid_->Add(new wxStaticText(this, wxID_ANY, _("&Agreed level:")), 0, wxALIGN_CENTER_VERTICAL);
    agreed_ = new wxChoice(this, wxID_ANY);
    agreed_->SetName(_("Agreed level"));
    agreed_->Append(_("(not recorded: the votes decide)"));
    // The agreed level and the target offer the levels the same way: number and name.
    wxArrayString levels;
    for (const auto& level : framework.levels)
        levels.Add(wxString::Format("%d  %s", level.value, to_wx(framework.text(level.name, document_.language()))));
    agreed_->Append(levels);
    agreed_->Append(_("Not applicable"));
    agreed_->Append(_("Unknown"));
    grid_->Add(agreed_, 0, wxALIGN_CENTER_VERTICAL);

    rationale_ = add_text(this, _("Ra&tionale:"), _("Rationale for the agreed level"), false);

    grid_->Add(new wxStaticText(this, wxID_ANY, _("Tar&get level:")), 0, wxALIGN_CENTER_VERTICAL);
    target_ = new wxChoice(this, wxID_ANY);
    target_->SetName(_("Target level"));
    target_->Append(levels);
    grid_->Add(target_, 0, wxALIGN_CENTER_VERTICAL);

    grid_->Add(new wxStaticText(this, wxID_ANY, _("&Confidence:")), 0, wxALIGN_CENTER_VERTICAL);
    confidence_ = new wxChoice(this, wxID_ANY);
    confidence_->SetName(_("Confidence"));
    for (auto confidence : kConfidences) confidence_->Append(translated(assessment::confidence_label(confidence)));
    grid_->Add(confidence_, 0, wxALIGN_CENTER_VERTICAL);

    evidence_ = add_text(this, _("E&vidence seen:"), _("Evidence seen"), true);
    links_ = add_text(this, _("&Links (one per line):"), _("Links to documents"), true);
    notes_ = add_text(this, _("N&otes:"), _("Notes"), true);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid_, 1, wxEXPAND);
    SetSizer(sizer);

    agreed_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_agreed(); });
    target_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_target(); });
    confidence_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_confidence(); });
    refresh();
}

wxTextCtrl* ResponseFields::add_text(wxWindow* parent, const wxString& label, const wxString& name, bool multiline) {
    return add_committed_text(this, parent, grid_, label, name, multiline ? FromDIP(64) : 0, [this] { commit_pending(); });
}

void ResponseFields::refresh() {
    if (committing_) return;
    indicator_ = document_.current_indicator();
    const auto& framework = document_.framework();
    const auto* indicator = framework.find_indicator(indicator_);
    if (!indicator) return;
    const auto& response = document_.assessment().response(indicator_);
    const int level_count = framework.level_count();
    agreed_->SetSelection(agreed_index(response.agreed, level_count));
    set_text(rationale_, to_wx(response.rationale));
    target_->SetSelection(document_.assessment().target(*indicator) - 1);
    for (std::size_t i = 0; i < std::size(kConfidences); ++i)
        if (kConfidences[i] == response.confidence) confidence_->SetSelection(static_cast<int>(i));
    set_text(evidence_, to_wx(response.evidence));
    set_text(links_, lines_to_field(response.links));
    set_text(notes_, to_wx(response.notes));
}

void ResponseFields::on_agreed() {
    commit_texts();
    const auto& response = document_.assessment().response(indicator_);
    const auto agreed = agreed_from_index(agreed_->GetSelection(), document_.framework().level_count());
    if (agreed == response.agreed) return;
    if (refuse_not_applicable(this, document_.framework().find_indicator(indicator_), agreed)) {
        agreed_->SetSelection(agreed_index(response.agreed, document_.framework().level_count()));
        return;
    }
    document_.apply(described(edits::set_agreed(document_.assessment(), indicator_, agreed, response.rationale),
                              wxString::Format(_("agreed level of %s"), to_wx(indicator_))));
}

void ResponseFields::on_target() {
    commit_texts();
    const auto* indicator = document_.framework().find_indicator(indicator_);
    if (!indicator) return;
    const int target = target_->GetSelection() + 1;
    if (target == document_.assessment().target(*indicator)) return;
    document_.apply(described(edits::set_target(document_.assessment(), indicator_, target),
                              wxString::Format(_("target of %s"), to_wx(indicator_))));
}

void ResponseFields::on_confidence() {
    commit_texts();
    const int index = confidence_->GetSelection();
    if (index < 0 || static_cast<std::size_t>(index) >= std::size(kConfidences)) return;
    const auto confidence = kConfidences[index];
    if (confidence == document_.assessment().response(indicator_).confidence) return;
    document_.apply(described(edits::set_confidence(document_.assessment(), indicator_, confidence),
                              wxString::Format(_("confidence of %s"), to_wx(indicator_))));
}

void ResponseFields::commit_pending() {
    if (IsBeingDeleted()) return;
    commit_texts();
}

void ResponseFields::commit_texts() {
    if (committing_ || indicator_.empty()) return;
    const auto& response = document_.assessment().response(indicator_);
    // Read every field before the first edit: each edit refreshes the page.
    const std::string rationale = to_utf8(rationale_->GetValue().Strip(wxString::both));
    const std::string evidence = to_utf8(evidence_->GetValue());
    const std::vector<std::string> links = lines_from_field(links_->GetValue());
    const std::string notes = to_utf8(notes_->GetValue());
    const bool rationale_changed = rationale != response.rationale;
    const bool evidence_changed = evidence != response.evidence;
    const bool links_changed = links != response.links;
    const bool notes_changed = notes != response.notes;
    if (!rationale_changed && !evidence_changed && !links_changed && !notes_changed) return;

    committing_ = true;
    const wxString id = to_wx(indicator_);
    if (rationale_changed)
        document_.apply(described(edits::set_agreed(document_.assessment(), indicator_, response.agreed, rationale),
                                  wxString::Format(_("rationale of %s"), id)));
    if (evidence_changed)
        document_.apply(described(edits::set_evidence(document_.assessment(), indicator_, evidence),
                                  wxString::Format(_("evidence of %s"), id)));
    if (links_changed) {
        auto changed = document_.assessment().response(indicator_);
        changed.links = links;
        document_.apply(described(edits::set_response(document_.assessment(), indicator_, changed, std::string()),
                                  wxString::Format(_("links of %s"), id)));
    }
    if (notes_changed)
        document_.apply(described(edits::set_notes(document_.assessment(), indicator_, notes),
                                  wxString::Format(_("notes of %s"), id)));
    committing_ = false;
    refresh();
}

}  // namespace socle::desktop
