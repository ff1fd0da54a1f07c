#include "ui/desktop/workshop/navigator.h"

#include <wx/imaglist.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "scoring/score_highlights.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/widgets/focus_frame.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

// The item data of an indicator row: its id.
class IndicatorData : public wxTreeItemData {
public:
    explicit IndicatorData(std::string id) : id_(std::move(id)) {}
    const std::string& id() const { return id_; }

private:
    std::string id_;
};

// The first words of a question, for a one-line label.
wxString short_question(const wxString& question, std::size_t max_chars) {
    if (question.length() <= max_chars) return question;
    wxString cut = question.Left(max_chars);
    const int space = cut.Find(' ', true);
    if (space > static_cast<int>(max_chars / 2)) cut = cut.Left(static_cast<std::size_t>(space));
    return cut + wxString::FromUTF8("…");
}

}  // namespace

Navigator::Navigator(wxWindow* parent, Document& document) : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("navigator");
    auto* label = new wxStaticText(this, wxID_ANY, _("&Indicators"));
    label->SetFont(theme::font(this, 1.1, true));
    // The frame shows when the keys act on the tree (Up/Down walk indicators).
    frame_ = new FocusFrame(this);
    tree_ = new wxTreeCtrl(frame_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE | wxTR_FULL_ROW_HIGHLIGHT);
    tree_->SetName(_("Indicators and their status"));
    const int icon = FromDIP(14);
    auto* images = new wxImageList(icon, icon, false);
    for (int status = 0; status < theme::kDisplayStatusCount; ++status)
        images->Add(theme::status_bitmap(static_cast<theme::DisplayStatus>(status), icon));
    tree_->AssignImageList(images);

    auto* legend = new wxStaticText(this, wxID_ANY, wxString());
    wxString legend_text;
    for (int status = 0; status < theme::kDisplayStatusCount; ++status) {
        const auto s = static_cast<theme::DisplayStatus>(status);
        legend_text += theme::status_symbol(s) + " " + theme::status_label(s) + (status % 2 ? "\n" : "    ");
    }
    legend->SetLabel(legend_text.Strip(wxString::trailing));
    legend->SetForegroundColour(theme::muted_text());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(label, 0, wxALL, FromDIP(8));
    frame_->set_content(tree_);
    sizer->Add(frame_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8) - FromDIP(FocusFrame::border_width_dip()));
    sizer->Add(legend, 0, wxALL, FromDIP(8));
    SetSizer(sizer);

    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& event) {
        if (selecting_) return;
        const auto* data = dynamic_cast<IndicatorData*>(tree_->GetItemData(event.GetItem()));
        if (data && on_select_) on_select_(data->id());
    });
    build();
}

void Navigator::build() {
    tree_->DeleteAllItems();
    indicator_items_.clear();
    domain_items_.clear();
    const auto root = tree_->AddRoot("root");
    const auto& framework = document_.framework();
    for (const auto& domain : framework.domains) {
        const auto domain_item = tree_->AppendItem(root, wxString());
        tree_->SetItemBold(domain_item, true);
        domain_items_[domain.id] = domain_item;
        for (const auto& indicator : domain.indicators) {
            const auto item = tree_->AppendItem(domain_item, wxString(), -1, -1, new IndicatorData(indicator.id));
            indicator_items_[indicator.id] = item;
        }
        tree_->Expand(domain_item);
    }
    refresh();
    select_current();
}

void Navigator::refresh() {
    const auto& framework = document_.framework();
    const auto& scores = document_.scores();
    const std::string& lang = document_.language();
    for (const auto& domain : framework.domains) {
        const auto progress = scoring::progress(scores, domain.id);
        const wxString label = wxString::Format("%s  %s  (%d/%d)", to_wx(domain.id), to_wx(framework.text(domain.name, lang)),
                                                progress.rated, progress.applicable);
        const auto item = domain_items_[domain.id];
        if (tree_->GetItemText(item) != label) tree_->SetItemText(item, label);
        for (const auto& indicator : domain.indicators) {
            const auto* score = scores.find_indicator(indicator.id);
            if (!score) continue;
            const auto status = theme::display_status(*score);
            // The image gives the colour and, for most states, the shape; the
            // states whose disc differs only by colour also get their symbol.
            wxString text = to_wx(indicator.id);
            if (score->level) text += wxString::Format(" [%d]", *score->level);
            if (status == theme::DisplayStatus::NotApplicable || status == theme::DisplayStatus::Unknown ||
                status == theme::DisplayStatus::NotRelevant)
                text += " " + theme::status_symbol(status);
            text += "  " + short_question(to_wx(framework.text(indicator.question, lang)), 60);
            const auto row = indicator_items_[indicator.id];
            if (tree_->GetItemText(row) != text) tree_->SetItemText(row, text);
            const int image = static_cast<int>(status);
            if (tree_->GetItemImage(row) != image) tree_->SetItemImage(row, image);
            const wxColour colour = status == theme::DisplayStatus::NotRelevant ? theme::status_colour(status)
                                  : status == theme::DisplayStatus::Disagreement ? theme::status_colour(status)
                                                                                  : theme::text();
            if (tree_->GetItemTextColour(row) != colour) tree_->SetItemTextColour(row, colour);
        }
    }
}

void Navigator::select_current() {
    const auto found = indicator_items_.find(document_.current_indicator());
    if (found == indicator_items_.end()) return;
    if (tree_->GetSelection() == found->second) return;
    selecting_ = true;
    tree_->SelectItem(found->second);
    // The domain's heading first, so that the item shows under it when both fit.
    const auto domain = tree_->GetItemParent(found->second);
    if (domain.IsOk() && domain != tree_->GetRootItem()) tree_->EnsureVisible(domain);
    tree_->EnsureVisible(found->second);
    selecting_ = false;
}

}  // namespace socle::desktop
