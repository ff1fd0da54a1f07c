#include "exports/xlsform.h"

#include <map>

#include "common/i18n.h"
#include "common/translations.h"
#include "exports/detail/xlsx_file.h"
#include "exports/detail/xlsx_sheet.h"
#include "frameworks/form_field_names.h"

namespace socle::exports {

namespace {

// One sheet as rows of named cells, written in the header's order.
struct FormSheet {
    std::vector<std::string> header;
    std::vector<std::map<std::string, std::string>> rows;
};

// The place where Framework 2.0's always-applicable indicators will drop
// the "not applicable" choice (the lead wires it at the format 2 merge);
// every indicator of a format 1 framework may be rated not applicable.
class FormBuilder {
public:
    FormBuilder(const frameworks::Framework& framework, std::vector<std::string> langs)
        : framework_(framework), langs_(std::move(langs)), names_(frameworks::form_field_names(framework)) {
        survey_.header = {"type", "name"};
        for (const auto& lang : langs_) survey_.header.push_back("label::" + xlsform_language(lang));
        for (const auto& lang : langs_) survey_.header.push_back("hint::" + xlsform_language(lang));
        survey_.header.insert(survey_.header.end(), {"required", "relevant", "default"});
        choices_.header = {"list_name", "name"};
        for (const auto& lang : langs_) choices_.header.push_back("label::" + xlsform_language(lang));
        settings_.header = {"form_title", "form_id", "version", "default_language"};
    }

    void build(const std::string& title, const std::map<std::string, std::string>& profile_answers) {
        add_participant_questions();
        add_profile(profile_answers);
        for (const auto& domain : framework_.domains) add_domain(domain);
        settings_.rows.push_back({{"form_title", title},
                                  {"form_id", "socle_" + names_of_id(framework_.id)},
                                  {"version", framework_.version.empty() ? "1" : framework_.version},
                                  {"default_language", xlsform_language(langs_.front())}});
    }

    void write(const std::filesystem::path& out) const {
        detail::write_xlsx_atomically(out, [&](lxw_workbook* book) {
            write_sheet(detail::add_sheet(book, "survey"), survey_);
            write_sheet(detail::add_sheet(book, "choices"), choices_);
            write_sheet(detail::add_sheet(book, "settings"), settings_);
        });
    }

private:
    // A form id is a name too: the framework id with the same mapping.
    static std::string names_of_id(const std::string& id) {
        std::string name;
        for (const char c : id) name.push_back(((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? c : '_');
        return name;
    }

    // Framework text in every language of the form, under `column`::Lang.
    void put_texts(std::map<std::string, std::string>& row, const std::string& column,
                   const frameworks::LocalizedText& text) const {
        if (text.empty()) return;
        for (const auto& lang : langs_) row[column + "::" + xlsform_language(lang)] = framework_.text(text, lang);
    }
    // One of Socle's own labels, translated from the po/ catalogs.
    void put_label(std::map<std::string, std::string>& row, const char* english) const {
        for (const auto& lang : langs_) row["label::" + xlsform_language(lang)] = std::string(common::translate(english, lang));
    }

    void add_participant_questions() {
        const std::pair<const char*, const char*> questions[] = {
            {frameworks::kFormParticipantName, N_("Your name")},
            {frameworks::kFormInstitution, N_("Institution")},
            {frameworks::kFormRole, N_("Role")}};
        for (const auto& [name, label] : questions) {
            std::map<std::string, std::string> row{{"type", "text"}, {"name", name}};
            put_label(row, label);
            // The name is what the import matches participants by.
            if (std::string(name) == frameworks::kFormParticipantName) row["required"] = "yes";
            survey_.rows.push_back(std::move(row));
        }
    }

    void add_profile(const std::map<std::string, std::string>& answers) {
        if (framework_.profile.empty()) return;
        std::map<std::string, std::string> begin{{"type", "begin_group"}, {"name", frameworks::kFormProfileGroup}};
        put_label(begin, N_("Profile"));
        survey_.rows.push_back(std::move(begin));
        for (const auto& question : framework_.profile) {
            const std::string name = names_.questions.at(question.id);
            const std::string list = "pq_" + name;
            std::map<std::string, std::string> row{{"type", "select_one " + list}, {"name", name}};
            put_texts(row, "label", question.text);
            if (const auto answer = answers.find(question.id); answer != answers.end() && !answer->second.empty())
                row["default"] = answer->second;
            survey_.rows.push_back(std::move(row));
            for (const auto& option : question.options) {
                std::map<std::string, std::string> choice{{"list_name", list}, {"name", option.id}};
                put_texts(choice, "label", option.label);
                if (option.label.empty()) put_label(choice, option.id == "yes" ? N_("Yes") : N_("No"));
                choices_.rows.push_back(std::move(choice));
            }
        }
        survey_.rows.push_back({{"type", "end_group"}, {"name", ""}});
    }

    // The profile's skip logic as XPath: every condition holds, and an
    // unanswered question keeps the indicator (Assessment::is_relevant).
    std::string relevant(const frameworks::Indicator& indicator) const {
        std::string expression;
        for (const auto& condition : indicator.relevant_if) {
            const auto name = names_.questions.find(condition.question_id);
            if (name == names_.questions.end()) continue;  // the loader refuses this; stay safe
            const std::string field = "${" + name->second + "}";
            if (!expression.empty()) expression += " and ";
            expression += "(" + field + " = '" + condition.answer + "' or " + field + " = '')";
        }
        return expression;
    }

    void add_domain(const frameworks::Domain& domain) {
        std::map<std::string, std::string> begin{{"type", "begin_group"}, {"name", names_.domains.at(domain.id)}};
        put_texts(begin, "label", domain.name);
        survey_.rows.push_back(std::move(begin));
        for (const auto& indicator : domain.indicators) {
            const std::string name = names_.indicators.at(indicator.id);
            const std::string list = "lvl_" + name;
            std::map<std::string, std::string> row{{"type", "select_one " + list}, {"name", name}};
            for (const auto& lang : langs_)
                row["label::" + xlsform_language(lang)] = indicator.id + ". " + framework_.text(indicator.question, lang);
            put_texts(row, "hint", indicator.guidance);
            row["relevant"] = relevant(indicator);
            survey_.rows.push_back(std::move(row));
            add_level_choices(indicator, list);
        }
        survey_.rows.push_back({{"type", "end_group"}, {"name", ""}});
    }

    void add_level_choices(const frameworks::Indicator& indicator, const std::string& list) {
        for (const auto& level : framework_.levels) {
            std::map<std::string, std::string> choice{{"list_name", list}, {"name", std::to_string(level.value)}};
            for (const auto& lang : langs_) {
                std::string label = std::to_string(level.value) + ". " + framework_.text(level.name, lang);
                const auto index = static_cast<std::size_t>(level.value - 1);
                if (index < indicator.descriptors.size() && !indicator.descriptors[index].empty())
                    label += ": " + framework_.text(indicator.descriptors[index], lang);
                choice["label::" + xlsform_language(lang)] = label;
            }
            choices_.rows.push_back(std::move(choice));
        }
        if (!indicator.always_applicable) {
            std::map<std::string, std::string> na{{"list_name", list}, {"name", "na"}};
            put_label(na, N_("Not applicable"));
            choices_.rows.push_back(std::move(na));
        }
        std::map<std::string, std::string> unknown{{"list_name", list}, {"name", "unknown"}};
        put_label(unknown, N_("Don't know"));
        choices_.rows.push_back(std::move(unknown));
    }

    static void write_sheet(lxw_worksheet* ws, const FormSheet& sheet) {
        for (std::size_t c = 0; c < sheet.header.size(); ++c)
            detail::put_text(ws, 0, static_cast<int>(c), sheet.header[c]);
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            for (std::size_t c = 0; c < sheet.header.size(); ++c) {
                const auto cell = sheet.rows[r].find(sheet.header[c]);
                if (cell != sheet.rows[r].end() && !cell->second.empty())
                    detail::put_text(ws, static_cast<int>(r + 1), static_cast<int>(c), cell->second);
            }
        }
    }

    const frameworks::Framework& framework_;
    std::vector<std::string> langs_;
    frameworks::FormFieldNames names_;
    FormSheet survey_, choices_, settings_;
};

std::vector<std::string> form_languages(const frameworks::Framework& framework, const XlsFormOptions& options) {
    if (!options.langs.empty()) return options.langs;
    std::vector<std::string> langs{framework.default_language.empty() ? "en" : framework.default_language};
    for (const auto& language : framework.languages)
        if (language.code != langs.front()) langs.push_back(language.code);
    return langs;
}

}  // namespace

std::string xlsform_language(const std::string& code) {
    static const std::map<std::string, std::string, std::less<>> names = {
        {"en", "English"}, {"fr", "French"}, {"ru", "Russian"}, {"lo", "Lao"}, {"tg", "Tajik"},
        {"es", "Spanish"}, {"pt", "Portuguese"}, {"ar", "Arabic"}, {"km", "Khmer"}, {"my", "Burmese"},
        {"vi", "Vietnamese"}, {"uz", "Uzbek"}, {"ky", "Kyrgyz"}, {"kk", "Kazakh"}, {"th", "Thai"}};
    const auto name = names.find(code);
    return (name != names.end() ? name->second : code) + " (" + code + ")";
}

void write_xlsform(const frameworks::Framework& framework, const std::filesystem::path& out,
                   const XlsFormOptions& options) {
    FormBuilder builder(framework, form_languages(framework, options));
    builder.build(framework.text(framework.title, form_languages(framework, options).front()), {});
    builder.write(out);
}

void write_xlsform(const assessment::Assessment& assessment, const std::filesystem::path& out,
                   const XlsFormOptions& options) {
    const auto& framework = assessment.framework();
    const auto langs = form_languages(framework, options);
    FormBuilder builder(framework, langs);
    builder.build(assessment.metadata.title.empty() ? framework.text(framework.title, langs.front())
                                                    : assessment.metadata.title,
                  assessment.profile);
    builder.write(out);
}

}  // namespace socle::exports
