#pragma once
// Export from the File menu: ask where, write the workbook (xlsx), the
// Word report (docx) or the CSV tables with a progress indicator, report errors in a dialog, and
// offer "Show in folder" at the end.
class wxWindow;

namespace socle::desktop {

class Document;
class Settings;

void export_workbook_interactively(wxWindow* parent, const Document& document, Settings& settings);
void export_csv_interactively(wxWindow* parent, const Document& document, Settings& settings);
// The Word report (docx) in the session's language.
void export_report_interactively(wxWindow* parent, const Document& document, Settings& settings);

}  // namespace socle::desktop
