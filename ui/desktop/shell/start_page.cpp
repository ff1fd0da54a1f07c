#include "ui/desktop/shell/start_page.h"

#include <algorithm>
#include <fstream>

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/samples.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

constexpr const char* kQuickScanId = "sp-quick-scan";

// The title of a .socle file, read from its first kilobytes: the start page
// lists samples without parsing their framework snapshots.
wxString peek_title(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const auto open = head.find("<title>");
    const auto close = head.find("</title>");
    if (open == std::string::npos || close == std::string::npos || close < open) return path_to_wx(path.stem());
    wxString title = to_wx(head.substr(open + 7, close - open - 7));
    title.Replace("&lt;", "<");
    title.Replace("&gt;", ">");
    title.Replace("&quot;", "\"");
    title.Replace("&apos;", "'");
    title.Replace("&amp;", "&");
    return title;
}

wxStaticText* heading(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(theme::font(parent, 1.35, true));
    label->SetForegroundColour(theme::accent());
    return label;
}

// Enter on a list does what a double click does.
void activate_on_enter(wxListBox* list, std::function<void()> action) {
    list->Bind(wxEVT_LISTBOX_DCLICK, [action](wxCommandEvent&) { action(); });
    list->Bind(wxEVT_CHAR_HOOK, [action](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER)
            action();
        else
            event.Skip();
    });
}

}  // namespace

StartPage::StartPage(wxWindow* parent, StartPageHost& host) : wxPanel(parent, wxID_ANY), host_(host) {
    SetName("start-page");
    SetBackgroundColour(theme::page_background());
    SetFont(theme::font(parent, 1.15));

    auto* title = new wxStaticText(this, wxID_ANY, "Socle");
    title->SetFont(theme::font(this, 2.6, true));
    title->SetForegroundColour(theme::accent());
    auto* subtitle = new wxStaticText(this, wxID_ANY, _("Digital maturity diagnostics for social protection systems"));
    subtitle->SetFont(theme::font(this, 1.3));
    subtitle->SetForegroundColour(theme::muted_text());

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(build_new_section(), 1, wxEXPAND | wxRIGHT, FromDIP(24));
    columns->Add(build_open_section(), 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(32));
    sizer->Add(subtitle, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(32));
    sizer->Add(columns, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(32));
    SetSizer(sizer);
    refresh();
}

wxWindow* StartPage::build_new_section() {
    auto* panel = new wxPanel(this, wxID_ANY);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading(panel, _("Start a new assessment")), 0, wxBOTTOM, FromDIP(8));
    auto* label = new wxStaticText(panel, wxID_ANY, _("&Framework:"));
    sizer->Add(label, 0, wxBOTTOM, FromDIP(4));

    // The Quick Scan first: it is where a first workshop starts.
    std::vector<const frameworks::CatalogEntry*> entries;
    for (const auto& entry : host_.context().catalog().entries()) entries.push_back(&entry);
    std::stable_sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) {
        const int rank_a = a->framework.id == kQuickScanId ? 0 : a->builtin ? 1 : 2;
        const int rank_b = b->framework.id == kQuickScanId ? 0 : b->builtin ? 1 : 2;
        return rank_a < rank_b;
    });
    frameworks_ = new wxListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(120)));
    frameworks_->SetName(_("Framework"));
    const std::string lang = to_utf8(current_interface_language());
    for (const auto* entry : entries) {
        const auto& framework = entry->framework;
        wxString text = to_wx(framework.text(framework.title, lang));
        text += wxString::Format(" (%d %s)", static_cast<int>(framework.indicator_count()), _("indicators"));
        if (!entry->builtin) text += " - " + _("your framework");
        frameworks_->Append(text);
        framework_ids_.push_back(framework.id);
    }
    if (!framework_ids_.empty()) frameworks_->SetSelection(0);
    sizer->Add(frameworks_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

    description_ = new wxStaticText(panel, wxID_ANY, wxString());
    description_->SetForegroundColour(theme::muted_text());
    sizer->Add(description_, 1, wxEXPAND | wxBOTTOM, FromDIP(8));

    create_ = new wxButton(panel, wxID_ANY, _("&Create assessment"));
    create_->SetName(_("Create assessment"));
    sizer->Add(create_, 0, wxALIGN_LEFT);
    panel->SetSizer(sizer);

    create_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { create_selected(); });
    activate_on_enter(frameworks_, [this] { create_selected(); });
    frameworks_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { show_framework_description(); });
    panel->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        show_framework_description();
        event.Skip();
    });
    return panel;
}

wxWindow* StartPage::build_open_section() {
    auto* panel = new wxPanel(this, wxID_ANY);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading(panel, _("Continue an assessment")), 0, wxBOTTOM, FromDIP(8));
    auto* open = new wxButton(panel, wxID_OPEN, _("&Open a file..."));
    open->SetName(_("Open a file"));
    sizer->Add(open, 0, wxBOTTOM, FromDIP(12));

    sizer->Add(new wxStaticText(panel, wxID_ANY, _("&Recent files:")), 0, wxBOTTOM, FromDIP(4));
    recent_ = new wxListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(110)));
    recent_->SetName(_("Recent files"));
    sizer->Add(recent_, 1, wxEXPAND | wxBOTTOM, FromDIP(12));

    sizer->Add(new wxStaticText(panel, wxID_ANY, _("Bundled &samples (illustrative data):")), 0, wxBOTTOM, FromDIP(4));
    samples_ = new wxListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(90)));
    samples_->SetName(_("Bundled samples"));
    sizer->Add(samples_, 1, wxEXPAND);
    panel->SetSizer(sizer);

    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { host_.choose_and_open(); });
    activate_on_enter(recent_, [this] { open_selected_recent(); });
    activate_on_enter(samples_, [this] { open_selected_sample(); });
    return panel;
}

void StartPage::refresh() {
    auto& settings = host_.context().settings();
    const auto files = settings.recent_files();
    if (files != recent_files_ || recent_->IsEmpty()) {
        recent_files_ = files;
        recent_->Clear();
        for (const auto& file : recent_files_)
            recent_->Append(wxString::Format("%s  (%s)", path_to_wx(file.filename()), path_to_wx(file.parent_path())));
        if (recent_files_.empty()) {
            recent_->Append(_("(none yet)"));
            recent_->Enable(false);
        } else {
            recent_->Enable(true);
            recent_->SetSelection(0);
        }
    }
    if (sample_files_.empty()) {
        sample_files_ = find_samples();
        samples_->Clear();
        for (const auto& file : sample_files_) samples_->Append(peek_title(file));
        if (!sample_files_.empty()) samples_->SetSelection(0);
    }
}

void StartPage::show_framework_description() {
    const int selection = frameworks_->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<std::size_t>(selection) >= framework_ids_.size()) return;
    const auto* framework = host_.context().catalog().find(framework_ids_[static_cast<std::size_t>(selection)]);
    if (!framework) return;
    const int width = description_->GetParent()->GetClientSize().GetWidth();
    description_->SetLabel(to_wx(framework->text(framework->description, to_utf8(current_interface_language()))));
    if (width > 50) description_->Wrap(width);
    description_->GetParent()->Layout();
}

void StartPage::create_selected() {
    const int selection = frameworks_->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<std::size_t>(selection) >= framework_ids_.size()) return;
    const std::string id = framework_ids_[static_cast<std::size_t>(selection)];
    // The page is destroyed and rebuilt around the new document: leave the
    // button's handler first.
    CallAfter([host = &host_, id] { host->new_assessment(id); });
}

void StartPage::open_selected_recent() {
    const int selection = recent_->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<std::size_t>(selection) >= recent_files_.size()) return;
    const auto path = recent_files_[static_cast<std::size_t>(selection)];
    CallAfter([host = &host_, path] { host->open_file(path); });
}

void StartPage::open_selected_sample() {
    const int selection = samples_->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<std::size_t>(selection) >= sample_files_.size()) return;
    const auto path = sample_files_[static_cast<std::size_t>(selection)];
    CallAfter([host = &host_, path] { host->open_file(path); });
}

}  // namespace socle::desktop
