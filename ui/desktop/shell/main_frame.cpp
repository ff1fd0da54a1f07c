#include "ui/desktop/shell/main_frame.h"

#include <algorithm>

#include <wx/display.h>
#include <wx/iconbndl.h>
#include <wx/simplebook.h>
#if defined(__WXMSW__)
#include <wx/msw/wrapwin.h>
#endif
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include "scoring/score_highlights.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/comparison/comparison_page.h"
#include "ui/desktop/dashboard/dashboard_page.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/dashboard/room_voting.h"
#include "ui/desktop/dashboard/slide_window.h"
#include "ui/desktop/roadmap/roadmap_page.h"
#include "ui/desktop/workshop/setup_page.h"
#include "ui/desktop/shell/start_page.h"
#include "ui/desktop/systems/systems_page.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/training/training_pack_panel.h"
#include "ui/desktop/workshop/walkthrough_page.h"

namespace socle::desktop {

wxSize fitted_frame_size(const wxSize& wanted, const wxRect& work_area) {
    if (work_area.IsEmpty()) return wanted;
    return wxSize(std::min(wanted.GetWidth(), work_area.GetWidth()), std::min(wanted.GetHeight(), work_area.GetHeight()));
}

MainFrame::MainFrame(AppContext& context)
    : wxFrame(nullptr, wxID_ANY, "Socle", wxDefaultPosition, wxSize(1280, 800)), context_(context),
      autosave_timer_(this) {
    SetName("socle-main-frame");
    SetMinSize(wxSize(800, 560));
    // The first window fits the screen it opens on: a 1024x768 projector
    // (less its panels) gets a window it can show whole.
    const wxRect work_area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(this)))).GetClientArea();
    const wxSize size = fitted_frame_size(wxSize(1280, 800), work_area);
    if (size != GetSize()) SetSize(wxRect(work_area.GetTopLeft(), size).CentreIn(work_area));
#if defined(__WXMSW__)
    // The program's icon, every size of it (resource 1 of
    // packaging/windows/version.rc.in), for the title bar and the task bar.
    SetIcons(wxIconBundle("#1", ::GetModuleHandleW(nullptr)));
#endif
    theme::set_text_scale(context_.settings().text_scale());
    CreateStatusBar(2);
    const int widths[] = {-3, -1};
    GetStatusBar()->SetStatusWidths(2, widths);

    book_ = new wxSimplebook(this, wxID_ANY);
    book_->SetName("pages");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);

    build_menus();
    bind_commands();
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close_window, this);
    Bind(wxEVT_CHAR_HOOK, &MainFrame::on_char_hook, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { autosave_now(); }, autosave_timer_.GetId());

    start_ = new StartPage(book_, *this);
    book_->AddPage(start_, _("Start"));
    comparison_ = new ComparisonPage(book_, context_);
    book_->AddPage(comparison_, _("Compare assessments"));
    show_page(Page::Start);
    update_title();
    update_status();
}

MainFrame::~MainFrame() {
    // Destroyed without a close (a crash as far as the document knows): the
    // recovery slot stays where the next start will find it.
    autosave_timer_.Stop();
    room_.reset();
    if (document_) document_->set_on_change({});
}

// No Freeze() around page changes: wxGTK freezes a multi-line text control
// by swapping its text buffer, and setting text across that swap crashes
// GTK's text layout.
void MainFrame::create_document_pages() {
    setup_ = new SetupPage(book_, *document_);
    setup_->set_on_start([this] { show_page(Page::Walkthrough); });
    walkthrough_ = new WalkthroughPage(book_, *document_);
    training_pack_ = attach_training_pack(walkthrough_, *document_);  // a training file's column, else nothing
    apply_walkthrough_layout();
    book_->AddPage(setup_, _("Set-up"));
    book_->AddPage(walkthrough_, _("Walkthrough"));
    dashboard_ = new DashboardPage(book_, *document_);
    book_->AddPage(dashboard_, _("Dashboard"));
    // Filled when shown (show_page refreshes the visible page): opening a
    // file with a large map does not wait for pages nobody looks at yet.
    systems_ = new SystemsPage(book_, *document_, false);
    book_->AddPage(systems_, _("System map"));
    roadmap_ = new RoadmapPage(book_, *document_, false);
    book_->AddPage(roadmap_, _("Roadmap"));
    presentation_page_ = new PresentationPage(book_, *document_);
    presentation_page_->set_room(room_.get());
    book_->AddPage(presentation_page_, _("Presentation"));
}

void MainFrame::destroy_document_pages() {
    while (book_->GetPageCount() > 2) book_->DeletePage(book_->GetPageCount() - 1);  // Start and Compare stay
    setup_ = nullptr;
    walkthrough_ = nullptr;
    training_pack_ = nullptr;
    dashboard_ = nullptr;
    presentation_page_ = nullptr;
    systems_ = nullptr;
    roadmap_ = nullptr;
}

void MainFrame::adopt(std::unique_ptr<Document> document) {
    stop_room_voting();  // it serves the document that goes
    destroy_document_pages();
    document_ = std::move(document);
    autosaved_state_ = document_->state_id();
    document_->set_on_change([this] { document_changed(); });
    session_language_ = document_->language();
    create_document_pages();
    restart_autosave_timer();
    update_menus();
    update_title();
    update_status();
}

void MainFrame::show_page(Page page) {
    if (!document_ && page != Page::Start && page != Page::Compare) page = Page::Start;
    if (page == Page::Presentation) {
        set_presentation_mode(true);
        return;
    }
    if (page_ != page) commit_pending_edits();
    wxWindow* target = start_;
    switch (page) {
        case Page::Start: target = start_; break;
        case Page::Setup: target = setup_; break;
        case Page::Walkthrough: target = walkthrough_; break;
        case Page::Dashboard: target = dashboard_; break;
        case Page::Systems: target = systems_; break;
        case Page::Roadmap: target = roadmap_; break;
        case Page::Compare: target = comparison_; break;
        case Page::Presentation: break;
    }
    const int index = book_->FindPage(target);
    if (index != wxNOT_FOUND) book_->ChangeSelection(static_cast<size_t>(index));
    page_ = page;
    refresh_visible_page();
    if (page == Page::Walkthrough && walkthrough_) walkthrough_->focus_votes();
    update_menus();
    update_status();
}

void MainFrame::show_indicator(const std::string& indicator_id) {
    if (!document_) return;
    document_->set_current_indicator(indicator_id);
    if (walkthrough_) walkthrough_->show_current_indicator();
    refresh_visible_page();
    update_status();
}

void MainFrame::set_presentation_mode(bool on) {
    if (!document_) on = false;
    if (on == presentation_) return;
    presentation_ = on;
    if (set_presenter_view(on)) return;
    if (on) {
        commit_pending_edits();
        const int index = book_->FindPage(presentation_page_);
        if (index != wxNOT_FOUND) book_->ChangeSelection(static_cast<size_t>(index));
        presentation_page_->SetFocus();
    } else {
        show_page(page_);
    }
    // Full screen hides the menu bar and the status bar: only what the room needs.
    ShowFullScreen(on, wxFULLSCREEN_ALL);
    refresh_visible_page();
    update_menus();
}

// With a second screen the slide goes there in a window of its own and this
// window stays as it is (a presenter view); true when that is what happened.
bool MainFrame::set_presenter_view(bool on) {
    if (!on) {
        if (!slide_window_) return false;
        slide_window_->Destroy();
        slide_window_ = nullptr;
        update_menus();
        return true;
    }
    const auto display = projector_finder_ ? projector_finder_(this) : other_display(this);
    if (!display) return false;
    commit_pending_edits();
    slide_window_ = new SlideWindow(
            this, *document_, *display, [this] { set_presentation_mode(false); },
            [this](wxKeyEvent& event) {
                if (event.GetKeyCode() == WXK_ESCAPE) {
                    CallAfter([this] { set_presentation_mode(false); });
                    return;
                }
                // The walkthrough's keys, as if pressed on the laptop.
                if (!walkthrough_) return event.Skip();
                wxKeyEvent forwarded(event);
                forwarded.SetEventObject(walkthrough_);
                if (!walkthrough_->GetEventHandler()->ProcessEvent(forwarded)) event.Skip();
            });
    slide_window_->page()->set_room(room_.get());
    // The facilitator goes on from the walkthrough, its keys and its names.
    if (page_ != Page::Walkthrough) show_page(Page::Walkthrough);
    Raise();
    if (walkthrough_) walkthrough_->focus_votes();
    update_menus();
    return true;
}

void MainFrame::refresh_visible_page() {
    if (slide_window_) slide_window_->page()->refresh();
    if (presentation_ && presentation_page_ && !slide_window_) {
        presentation_page_->refresh();
        return;
    }
    switch (page_) {
        case Page::Start: start_->refresh(); break;
        case Page::Setup: if (setup_) setup_->refresh(); break;
        case Page::Walkthrough: if (walkthrough_) walkthrough_->refresh(); break;
        case Page::Dashboard: if (dashboard_) dashboard_->refresh(); break;
        case Page::Systems: if (systems_) systems_->refresh(); break;
        case Page::Roadmap: if (roadmap_) roadmap_->refresh(); break;
        case Page::Compare: break;  // shows files, not the open document
        case Page::Presentation: break;
    }
}

void MainFrame::document_changed() {
    // The session language is in every framework text the pages hold:
    // rebuild them (after the handler that changed it has returned).
    if (document_ && document_->language() != session_language_) {
        session_language_ = document_->language();
        CallAfter([this] { rebuild_interface(); });
    }
    refresh_visible_page();
    update_menus();
    update_title();
    update_status();
}

void MainFrame::commit_pending_edits() {
    if (setup_ && page_ == Page::Setup) setup_->commit_pending();
    if (walkthrough_ && page_ == Page::Walkthrough) walkthrough_->commit_pending();
}

void MainFrame::update_title() {
    wxString name = document_ ? to_wx(document_->display_name()) : wxString();
    if (document_ && name.empty()) name = _("Untitled assessment");
    wxString title = document_ ? wxString::Format("%s%s - Socle", document_->modified() ? "*" : "", name) : "Socle";
    if (GetTitle() != title) SetTitle(title);
}

void MainFrame::update_status() {
    if (!document_) {
        SetStatusText(_("Create or open an assessment to begin."), 0);
        SetStatusText(wxString(), 1);
        return;
    }
    const auto progress = scoring::progress(document_->scores());
    // The dashboard's definitions: rated of applicable, disagreements with
    // those the room has settled (docs/methodology.md, How figures are shown).
    wxString text = wxString::Format(wxPLURAL("%d of %d applicable indicator rated", "%d of %d applicable indicators rated",
                                              progress.applicable),
                                     progress.rated, progress.applicable);
    if (progress.disagreements > 0) {
        text << ", "
             << wxString::Format(wxPLURAL("%d disagreement", "%d disagreements", progress.disagreements),
                                 progress.disagreements);
        if (progress.resolved > 0) text << ", " << wxString::Format(_("%d resolved"), progress.resolved);
    }
    SetStatusText(text, 0);
    wxString second = wxString::Format(_("Participants: %d"), static_cast<int>(document_->assessment().participants.size()));
    if (room_) second << "  |  " << wxString::Format(_("Room voting at %s"), to_wx(room_->url()));
    SetStatusText(second, 1);
}

void MainFrame::switch_language(const wxString& code) {
    commit_pending_edits();
    const wxString applied = apply_interface_language(code);
    context_.settings().set_language(applied);
    context_.settings().flush();
    rebuild_interface();
}

void MainFrame::set_text_scale(double scale) {
    commit_pending_edits();
    theme::set_text_scale(scale);
    context_.settings().set_text_scale(theme::text_scale());
    rebuild_interface();
}

void MainFrame::rebuild_interface() {
    const Page page = page_;
    build_menus();
    destroy_document_pages();
    book_->DeletePage(0);
    start_ = new StartPage(book_, *this);
    book_->InsertPage(0, start_, _("Start"));
    const auto compared = comparison_->inputs();
    const auto mode = comparison_->mode();
    book_->DeletePage(1);
    comparison_ = new ComparisonPage(book_, context_);
    book_->InsertPage(1, comparison_, _("Compare assessments"));
    comparison_->set_mode(mode);
    comparison_->add_inputs(compared);
    if (document_) create_document_pages();
    page_ = Page::Start;
    show_page(page);
    // A larger text size in front of the room keeps the slide (and keeps the
    // facilitator's notes and named votes off the projector).
    if (presentation_ && presentation_page_ && !slide_window_) {
        const int index = book_->FindPage(presentation_page_);
        if (index != wxNOT_FOUND) book_->ChangeSelection(static_cast<size_t>(index));
        presentation_page_->SetFocus();
        presentation_page_->refresh();
    }
    update_title();
    update_status();
    Layout();
}

}  // namespace socle::desktop
