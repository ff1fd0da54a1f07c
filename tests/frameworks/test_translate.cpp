// The translators' round trip on real files: the units of a framework, the
// PO export read back, the script and number checks, and the merge that
// rewrites only the lines of one language.
#include <doctest/doctest.h>

#include "common/atomic_file.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/framework_loader.h"
#include "frameworks/po_file.h"
#include "frameworks/script_check.h"
#include "frameworks/translation_import.h"
#include "frameworks/translation_units.h"
#include "tests/support/test_support.h"

using namespace socle::frameworks;
using socle::common::Diagnostics;
using socle::test::data_path;

namespace {

std::string mini_xml() { return socle::common::read_file(data_path("frameworks/mini-2.0.0.xml")); }

TranslationUnits units_of(const std::string& xml) {
    Diagnostics diagnostics;
    auto units = collect_translation_units(xml, "mini-2.0.0.xml", diagnostics);
    REQUIRE(units);
    return std::move(*units);
}

const TranslationUnit& unit(const TranslationUnits& units, const std::string& key) {
    for (const auto& item : units.units)
        if (item.key == key) return item;
    FAIL("no unit " << key);
    throw;
}

IncomingTranslation incoming(std::string key, std::string text, std::string status = "", std::string reviewer = "") {
    IncomingTranslation item;
    item.key = std::move(key);
    item.text = std::move(text);
    item.status = std::move(status);
    item.reviewer = std::move(reviewer);
    item.file = "in.po";
    item.line = 7;
    return item;
}

}  // namespace

TEST_CASE("translation units are keyed by element path and carry each language") {
    const auto units = units_of(mini_xml());
    CHECK(units.framework_id == "mini");
    const auto& question = unit(units, "domain[A]/indicator[A.1]/question");
    REQUIRE(question.find("fr") != nullptr);
    CHECK(question.find("fr")->text == "Is the first thing in place? (fr)");
    CHECK(question.find("lo") == nullptr);
    const auto& descriptor = unit(units, "domain[A]/indicator[A.1]/descriptor[2]");
    CHECK(descriptor.find("en")->text == "A.1: partly in place.");
    REQUIRE(descriptor.attributes.size() == 1);
    CHECK(descriptor.attributes[0].first == "level");
    CHECK(unit(units, "scale/level[low]/name").find("en")->text == "Low");
    CHECK(unit(units, "domain[A]/indicator[A.1]/step[1]/action").find("en")->text == "Start A.1.");
}

TEST_CASE("the exported PO reads back with every key, English and status") {
    const auto units = units_of(mini_xml());
    const auto text = write_translation_po(units, "fr", "mini-2.0.0.xml");
    Diagnostics diagnostics;
    const auto po = read_po(text, "mini.fr.po", diagnostics);
    CHECK(diagnostics.empty());
    CHECK(po.language == "fr");
    REQUIRE(po.entries.size() == units.units.size());
    CHECK(po.entries[0].context == units.units[0].key);
    CHECK(po.entries[0].source == "Mini framework");
    CHECK(po.entries[0].translation == "Mini cadre");
    CHECK(po.entries[0].line > 1);
}

TEST_CASE("a PO file with a broken line is reported at that line") {
    Diagnostics diagnostics;
    const auto po = read_po("msgctxt \"title\"\nmsgid \"Mini\"\nmsgstr \"x\"\n\nmsgid \"open\nmsgstr \"\"\n",
                            "bad.po", diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.items()[0].line == 5);
    REQUIRE(po.entries.size() >= 1);
    CHECK(po.entries[0].translation == "x");
}

TEST_CASE("the script check knows Lao and Tajik and lets ids and acronyms through") {
    CHECK_FALSE(check_script("lo", "ລະບົບ MIS ຂອງ D5.1"));
    CHECK(check_script("lo", "The registry is in place."));
    CHECK_FALSE(check_script("lo", "API"));
    CHECK_FALSE(check_script("tg", "Феҳристи иҷтимоӣ ва MIS"));
    CHECK(check_script("tg", "Социальный реестр существует"));  // ы, ц, ь: Russian
    CHECK(check_script("tg", "Registry in place"));
    CHECK_FALSE(check_script("tg", "ЦРТ ва барномаҳо"));  // an all-capital acronym may hold ц
    CHECK_FALSE(check_script("fr", "anything"));
}

TEST_CASE("lost numbers and placeholders are found, Lao digits count") {
    CHECK(lost_numbers_and_placeholders("At least 30 % of {count} schemes", "ຢ່າງໜ້ອຍ 30 % ຂອງ {count}").empty());
    CHECK(lost_numbers_and_placeholders("At least 30 %", "ຢ່າງໜ້ອຍ ໓໐ %").empty());
    CHECK(lost_numbers_and_placeholders("Within 12 months, %s", "ພາຍໃນ ເດືອນ") ==
          std::vector<std::string>{"12", "%s"});
}

TEST_CASE("a merge adds and rewrites only the language's lines and the result loads") {
    const auto xml = mini_xml();
    const auto units = units_of(xml);
    Diagnostics diagnostics;
    const auto merged = merge_translations(
        xml, units, "fr",
        {incoming("title", "Mini cadre revu", "approved", "Anne Martin"),
         incoming("domain[A]/indicator[A.1]/descriptor[2]", "A.1 : en partie en place.", "reviewed", "Anne"),
         incoming("scale/level[low]/name", "Bas")},
        diagnostics);
    for (const auto& item : diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(merged.changed == 3);
    CHECK(merged.approved == 1);
    CHECK(merged.reviewed == 1);
    CHECK(merged.xml.find("  <title lang=\"fr\" status=\"approved\" reviewer=\"Anne Martin\">Mini cadre revu</title>\n") !=
          std::string::npos);
    CHECK(merged.xml.find("<descriptor level=\"2\" lang=\"en\">A.1: partly in place.</descriptor>\n      <descriptor "
                          "level=\"2\" lang=\"fr\" status=\"reviewed\" reviewer=\"Anne\">A.1 : en partie en place.</descriptor>") !=
          std::string::npos);
    CHECK(merged.xml.find("<name lang=\"en\">Low</name><name lang=\"fr\" status=\"draft\">Bas</name></level>") !=
          std::string::npos);
    // Every other line is as it was.
    CHECK(std::count(merged.xml.begin(), merged.xml.end(), '\n') == std::count(xml.begin(), xml.end(), '\n') + 1);
    const auto loaded = load_framework(merged.xml, "merged.xml");
    REQUIRE(loaded.ok());
    CHECK(loaded.framework->text(loaded.framework->title, "fr") == "Mini cadre revu");
}

TEST_CASE("a merge refuses wrong scripts, lost numbers, unknown statuses and reviews without a reviewer") {
    const auto xml = mini_xml();
    const auto units = units_of(xml);
    Diagnostics diagnostics;
    const auto merged = merge_translations(
        xml, units, "lo",
        {incoming("title", "Mini framework"),                                         // English left in
         incoming("domain[A]/indicator[A.1]/descriptor[3]", "ຢູ່ໃນບ່ອນ ທັງໝົດ."),  // lost "1" of A.1? ids are numbers too
         incoming("scale/level[mid]/name", "ກາງ", "checked"),                           // no such status
         incoming("scale/level[high]/name", "ສູງ", "approved"),                          // no reviewer
         incoming("domain[Z]/question", "ຄຳຖາມ")},                                    // not in the framework
        diagnostics);
    CHECK(diagnostics.error_count() == 4);
    std::size_t warnings = 0;
    for (const auto& item : diagnostics.items()) {
        CHECK(item.file == "in.po");
        CHECK(item.line == 7);
        warnings += item.severity == socle::common::Severity::Warning ? 1 : 0;
    }
    CHECK(warnings == 1);
    CHECK(merged.changed == 0);
    CHECK(merged.translated == 0);
}

TEST_CASE("a PO file sent back untouched changes nothing") {
    const auto xml = mini_xml();
    const auto units = units_of(xml);
    Diagnostics diagnostics;
    const auto po = read_po(write_translation_po(units, "fr", "mini-2.0.0.xml"), "mini.fr.po", diagnostics);
    const auto merged = merge_translations(xml, units, "fr", incoming_from_po(po, "mini.fr.po"), diagnostics);
    for (const auto& item : diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    CHECK(diagnostics.empty());
    CHECK(merged.changed == 0);
    CHECK(merged.xml == xml);
    CHECK(merged.translated == 10);  // the fixture's ten lang="fr" texts
    CHECK(merged.translated + merged.missing.size() == units.units.size());
}

TEST_CASE("every Lao and Tajik text of the built-in frameworks is in its script and keeps the English numbers") {
    std::size_t checked = 0;
    for (const auto& source : builtin_framework_sources()) {
        Diagnostics diagnostics;
        const auto units = collect_translation_units(source.bytes, std::string(source.name), diagnostics);
        REQUIRE(units);
        for (const auto& unit : units->units) {
            const auto& english = unit.find(units->default_lang)->text;
            for (const char* lang : {"lo", "tg"}) {
                const auto* text = unit.find(lang);
                if (!text) continue;
                INFO(source.name << " " << unit.key << " " << lang);
                CHECK_FALSE(check_script(lang, text->text));
                CHECK(lost_numbers_and_placeholders(english, text->text).empty());
                ++checked;
            }
        }
    }
    CHECK(checked > 1000);
}
