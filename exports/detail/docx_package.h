#pragma once
// The parts around a report's body that make it an Office Open XML
// document Word and LibreOffice open without repair: content types,
// relationships, styles (Title, Subtitle, Heading 1-3, Caption, table and
// list styles, TOC levels), numbering for bullets, settings (update fields on
// opening, so the table of contents fills itself), a footer with the page
// number, document properties, and each chart with its embedded data.
// Internal to exports/.
#include <string>

#include "exports/detail/docx_document.h"

namespace socle::exports::detail {

struct DocxProperties {
    std::string title;
    std::string subject;
    std::string creator;
    std::string keywords;
    std::string description;
    std::string status;  // "Draft", "Final"
    std::string page_label;  // the footer's word before the number ("Page")
};

// The whole .docx file as bytes.
std::string docx_package(const DocxDocument& document, const DocxProperties& properties);

}  // namespace socle::exports::detail
