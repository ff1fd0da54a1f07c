#include "ui/desktop/training/training_session.h"

#include <memory>

#include <wx/intl.h>

#include "assessment/training_assessment.h"
#include "common/error.h"
#include "frameworks/training_catalog.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

const frameworks::TrainingCase* training_case_of(const assessment::Assessment& assessment) {
    const std::string case_id = assessment::training_case_named_in(assessment.metadata);
    if (case_id.empty()) return nullptr;
    const auto* found = frameworks::find_training_case(case_id);
    // A file whose notes were copied into an assessment of another framework
    // is not a training file: its indicators are not the key's.
    if (!found || found->framework != assessment.framework().id) return nullptr;
    return found;
}

const std::string& case_text(const frameworks::LocalizedText& text, const std::string& lang) {
    return text.get(lang, frameworks::kTrainingDefaultLanguage);
}

std::vector<std::string> case_languages(const frameworks::TrainingCase& training_case) {
    std::vector<std::string> languages;
    for (const auto& entry : training_case.title.all()) languages.push_back(entry.first);
    return languages;
}

TrainingSession new_training_session(AppContext& context, const frameworks::TrainingCase& training_case,
                                     const std::string& lang, const std::string& team) {
    TrainingSession session;
    const auto* framework = context.catalog().find(training_case.framework, training_case.framework_version);
    if (!framework) {
        session.diagnostics.error(training_case.source_name, 0, 0,
                                  to_utf8(wxString::Format(_("This version of Socle does not have the framework %s %s "
                                                             "that the case rates."),
                                                           to_wx(training_case.framework),
                                                           to_wx(training_case.framework_version))));
        return session;
    }
    auto made = assessment::new_training_assessment(
        training_case, std::make_shared<const frameworks::Framework>(*framework), lang);
    session.diagnostics = made.diagnostics;
    if (!made.ok()) return session;
    if (!team.empty()) made.assessment->metadata.title += " (" + team + ")";
    session.assessment = std::move(made.assessment);
    return session;
}

Debrief build_debrief(AppContext& context, const std::vector<std::filesystem::path>& files) {
    Debrief debrief;
    for (const auto& file : files) {
        const wxString name = path_to_wx(file.filename());
        assessment::AssessmentLoadResult loaded;
        try {
            loaded = context.load(file);
        } catch (const common::Error& error) {
            debrief.refused.push_back(name + ": " + to_wx(error.what()));
            continue;
        }
        if (!loaded.ok()) {
            debrief.refused.push_back(name + ": " + _("the file could not be read (open it to see why)."));
            continue;
        }
        const auto* training_case = training_case_of(*loaded.assessment);
        if (!training_case) {
            debrief.refused.push_back(name + ": " + _("not a training file (it names no training case)."));
            continue;
        }
        if (debrief.training_case && training_case != debrief.training_case) {
            debrief.refused.push_back(name + ": " +
                                      wxString::Format(_("a file of the case %s, not of %s."), to_wx(training_case->id),
                                                       to_wx(debrief.training_case->id)));
            continue;
        }
        debrief.training_case = training_case;
        debrief.teams.push_back({common::path_to_utf8(file.stem()), file,
                                 scoring::check_against_key(*loaded.assessment, *training_case)});
    }
    return debrief;
}

}  // namespace socle::desktop
