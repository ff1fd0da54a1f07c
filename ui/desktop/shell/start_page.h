#pragma once
// The first page: create an assessment from a built-in or user framework
// (the Quick Scan first), open a file, reopen a recent one, or open a
// bundled sample. Everything is reachable with Tab and Enter.
#include <filesystem>
#include <string>
#include <vector>

#include <wx/panel.h>

class wxListBox;
class wxStaticText;
class wxButton;

namespace socle::desktop {

class AppContext;

// What the start page asks of the window that holds it (the main frame).
class StartPageHost {
public:
    virtual ~StartPageHost() = default;
    virtual AppContext& context() = 0;
    virtual bool new_assessment(const std::string& framework_id) = 0;
    virtual bool open_file(const std::filesystem::path& path) = 0;
    // Asks for a file (File > Open) and opens it.
    virtual void choose_and_open() = 0;
};

class StartPage : public wxPanel {
public:
    StartPage(wxWindow* parent, StartPageHost& host);
    // Re-reads the recent files (they change as files are opened).
    void refresh();

    wxListBox* frameworks_list() { return frameworks_; }
    wxButton* create_button() { return create_; }
    // The framework ids in the order of frameworks_list().
    const std::vector<std::string>& framework_ids() const { return framework_ids_; }

private:
    wxWindow* build_new_section();
    wxWindow* build_open_section();
    void create_selected();
    void open_selected_recent();
    void open_selected_sample();
    void show_framework_description();

    StartPageHost& host_;
    wxListBox* frameworks_ = nullptr;
    wxStaticText* description_ = nullptr;
    wxButton* create_ = nullptr;
    wxListBox* recent_ = nullptr;
    wxListBox* samples_ = nullptr;
    std::vector<std::string> framework_ids_;
    std::vector<std::filesystem::path> recent_files_;
    std::vector<std::filesystem::path> sample_files_;
};

}  // namespace socle::desktop
