#pragma once
// An XLSForm (https://xlsform.org) for scoring a framework before the
// workshop in KoboToolbox or ODK Collect: a `survey` sheet with the
// participant's name, institution and role, a group with the profile
// questions, then a group per domain holding one select_one per indicator
// (the levels by name and descriptor, "not applicable", "don't know"; the
// facilitator guidance as hint; a `relevant` expression from the profile's
// skip logic); a `choices` sheet with one list per indicator and profile
// question; a `settings` sheet with the title, id, version and
// default_language. Every text column is named the XLSForm way,
// `label::English (en)`, one per language asked for. Field names follow
// frameworks::form_field_names, which the submissions import reads back.
#include <filesystem>
#include <string>
#include <vector>

#include "assessment/assessment.h"
#include "frameworks/framework.h"

namespace socle::exports {

struct XlsFormOptions {
    // Language codes of the label and hint columns, the first being the
    // form's default_language; the framework's languages when empty.
    std::vector<std::string> langs;
};

// The form for a framework. Throws common::IoError naming `out` when the
// file cannot be written (atomically, like the workbook).
void write_xlsform(const frameworks::Framework& framework, const std::filesystem::path& out,
                   const XlsFormOptions& options = {});
// The same for an assessment's framework, with its profile answers as the
// profile questions' defaults and its title as the form's.
void write_xlsform(const assessment::Assessment& assessment, const std::filesystem::path& out,
                   const XlsFormOptions& options = {});

// "English (en)": the XLSForm spelling of a language column; a code Socle
// has no name for is named by itself ("xx (xx)").
std::string xlsform_language(const std::string& code);

}  // namespace socle::exports
