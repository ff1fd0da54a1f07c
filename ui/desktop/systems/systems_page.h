#pragma once
// The system map page: the map (system_map_view.h) beside three tabs, the
// analysis findings, the systems and the flows. Systems and flows are
// added, edited and deleted through dialogs, each change one undoable edit
// of the document; CSV import and export and the map's PNG, SVG and DOT
// exports are on the page's toolbar. Selecting a finding shows on the map
// what it talks about; selecting a system shows what it depends on and
// what its outage would reach.
#include <filesystem>
#include <memory>

#include <wx/panel.h>

namespace socle::desktop {

class Document;

class SystemsPage : public wxPanel {
public:
    // `fill_now` false leaves the page empty until the first refresh(): the
    // main frame builds every page when a file opens but refreshes only the
    // one shown, so a 2,000-system map is not analysed, laid out and listed
    // before anyone looks at it (docs/performance.md).
    SystemsPage(wxWindow* parent, Document& document, bool fill_now = true);
    ~SystemsPage() override;
    // Re-reads the document's map; the main frame calls it after every change.
    void refresh();

    // The menu's commands (also on the page's toolbar).
    void import_csv();
    void export_csv();
    void export_map(const wxString& format);  // "png", "svg" or "dot", asking where
    // The map as shown (same selection and highlight) into a file; throws
    // common::IoError.
    void save_map(const std::filesystem::path& path, const wxString& format) const;

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;  // plain pointers to child windows (wx owns those)
    Document& document_;
};

}  // namespace socle::desktop
