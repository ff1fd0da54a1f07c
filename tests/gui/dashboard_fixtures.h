#pragma once
// Documents for the dashboard tests: the Quick Scan with a small room, or a
// bundled sample; and a frame to show a page in.
#include <memory>
#include <string>
#include <vector>

#include <wx/frame.h>

#include "tests/gui/gui_support.h"
#include "ui/desktop/document/document.h"

namespace socle::gui_test {

// A Quick Scan assessment with participants p1..pN, as a Document.
std::unique_ptr<desktop::Document> quick_scan_document(ScratchApp& app, int participants);
// A bundled sample (samples/NAME), as a Document.
std::unique_ptr<desktop::Document> sample_document(ScratchApp& app, const std::string& name);

// Votes through the document's history, as the walkthrough does.
void vote(desktop::Document& document, const std::string& indicator, const std::vector<int>& levels);


// The text of a list control's cell.
std::string cell(wxWindow* list, long row, int column);

}  // namespace socle::gui_test
