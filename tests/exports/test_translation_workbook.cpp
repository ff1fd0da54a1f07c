// The translators' workbook and what reads it back: our zip reader (whole,
// stored and deflated entries, and every way a hostile file can lie about
// its sizes), the xlsx text reader, and the workbook's round trip from
// TranslationUnits to IncomingTranslation, with diagnostics naming the cell.
#include <doctest/doctest.h>

#include <algorithm>

#include "common/collation.h"
#include "common/text.h"
#include "exports/detail/glossary_sheet.h"
#include "exports/detail/xlsx_reader.h"
#include "exports/detail/zip_archive.h"
#include "exports/detail/zip_reader.h"
#include "exports/translation_workbook.h"
#include "frameworks/framework_catalog.h"
#include "tests/support/test_support.h"

using namespace socle;
using exports::detail::ZipReader;

namespace {

std::string two_entry_zip() {
    exports::detail::ZipArchive zip;
    zip.add("a.txt", "hello");
    zip.add("dir/b.xml", std::string(1000, 'x') + "<end/>");
    return zip.finish();
}

// Writes a 4-byte little-endian number at `at`.
void poke32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

frameworks::TranslationUnits quick_scan_units() {
    for (const auto& source : frameworks::builtin_framework_sources()) {
        if (source.name != "quick-scan.xml") continue;
        common::Diagnostics diagnostics;
        auto units = frameworks::collect_translation_units(source.bytes, "quick-scan.xml", diagnostics);
        REQUIRE(units);
        return *units;
    }
    FAIL("no built-in quick-scan.xml");
    return {};
}

}  // namespace

TEST_CASE("the zip reader reads back what the zip writer wrote") {
    const auto bytes = two_entry_zip();
    ZipReader zip(bytes);
    REQUIRE(zip.ok());
    CHECK(zip.names() == std::vector<std::string>{"a.txt", "dir/b.xml"});
    CHECK(zip.contains("dir/b.xml"));
    CHECK_FALSE(zip.contains("b.xml"));
    std::string problem;
    CHECK(zip.read("a.txt", problem) == std::optional<std::string>("hello"));
    CHECK(zip.read("dir/b.xml", problem) == std::optional<std::string>(std::string(1000, 'x') + "<end/>"));
    CHECK_FALSE(zip.read("missing.txt", problem));
    CHECK(problem == "its part missing.txt is missing");
}

TEST_CASE("the zip reader refuses damaged and hostile archives with a reason") {
    const auto good = two_entry_zip();
    std::string problem;
    SUBCASE("not a zip at all") {
        ZipReader zip("<?xml version=\"1.0\"?><po>not a workbook</po>");
        CHECK_FALSE(zip.ok());
        CHECK(zip.problem().find("not a zip archive") != std::string::npos);
        CHECK_FALSE(zip.read("a.txt", problem));
    }
    SUBCASE("too short") {
        CHECK(ZipReader("PK").problem().find("too short") != std::string::npos);
    }
    SUBCASE("cut short: the directory is gone") {
        ZipReader zip(std::string_view(good).substr(0, good.size() / 2));
        CHECK_FALSE(zip.ok());
    }
    SUBCASE("the directory points outside the file") {
        auto bytes = good;
        const auto end = bytes.rfind("PK\x05\x06");
        REQUIRE(end != std::string::npos);
        poke32(bytes, end + 16, 0x7FFFFFF0);
        ZipReader zip(bytes);
        CHECK(zip.problem().find("points outside the file") != std::string::npos);
    }
    SUBCASE("an entry claims more bytes than the limit") {
        ZipReader zip(good, exports::detail::ZipLimits{4096, 100, 1000});
        REQUIRE(zip.ok());
        CHECK(zip.read("a.txt", problem));
        CHECK_FALSE(zip.read("dir/b.xml", problem));
        CHECK(problem.find("too large") != std::string::npos);
    }
    SUBCASE("a stated size larger than the data holds") {
        auto bytes = good;
        const auto entry = bytes.find("PK\x01\x02");  // the central entry of a.txt
        REQUIRE(entry != std::string::npos);
        poke32(bytes, entry + 24, 6);  // says 6 bytes unpacked, the data holds 5
        ZipReader zip(bytes);
        REQUIRE(zip.ok());
        CHECK_FALSE(zip.read("a.txt", problem));
        CHECK(problem.find("a.txt cannot be read") != std::string::npos);
    }
    SUBCASE("a damaged checksum") {
        auto bytes = good;
        const auto entry = bytes.find("PK\x01\x02");
        poke32(bytes, entry + 16, 0x12345678);
        ZipReader zip(bytes);
        CHECK_FALSE(zip.read("a.txt", problem));
        CHECK(problem.find("checksum") != std::string::npos);
    }
    SUBCASE("a local header offset past the end") {
        auto bytes = good;
        const auto entry = bytes.find("PK\x01\x02");
        poke32(bytes, entry + 42, 0xFFFFFFF0);
        ZipReader zip(bytes);
        CHECK_FALSE(zip.read("a.txt", problem));
        CHECK(problem.find("no local header") != std::string::npos);
    }
}

TEST_CASE("cell references are read within the limits") {
    using exports::detail::parse_cell_ref;
    CHECK(parse_cell_ref("A1") == std::optional<std::pair<int, int>>({0, 0}));
    CHECK(parse_cell_ref("D12") == std::optional<std::pair<int, int>>({11, 3}));
    CHECK(parse_cell_ref("AB3") == std::optional<std::pair<int, int>>({2, 27}));
    CHECK_FALSE(parse_cell_ref("A0"));
    CHECK_FALSE(parse_cell_ref("12"));
    CHECK_FALSE(parse_cell_ref("A"));
    CHECK_FALSE(parse_cell_ref("A1B"));
    CHECK_FALSE(parse_cell_ref("A99999999999999999999"));
    CHECK_FALSE(parse_cell_ref("ZZZ1"));  // column 18278, beyond the limit
}

TEST_CASE("the translators' workbook reads back as the texts it was written from") {
    const auto units = quick_scan_units();
    test::ScratchDir dir;
    const auto path = dir / "quick-scan.lo.xlsx";
    exports::write_translation_workbook(units, "lo", frameworks::builtin_glossary(), path);
    const auto bytes = test::read_text(path);
    common::Diagnostics diagnostics;
    const auto workbook = exports::read_translation_workbook(bytes, "quick-scan.lo.xlsx", diagnostics);
    REQUIRE(workbook);
    CHECK(diagnostics.empty());
    CHECK(workbook->language == "lo");
    CHECK(workbook->framework_id == units.framework_id);
    REQUIRE(workbook->entries.size() == units.units.size());
    for (const auto& unit : units.units) {
        const auto found = std::find_if(workbook->entries.begin(), workbook->entries.end(),
                                        [&](const auto& entry) { return entry.key == unit.key; });
        REQUIRE(found != workbook->entries.end());
        CAPTURE(unit.key);
        CHECK(found->source == unit.find("en")->text);
        const auto* lao = unit.find("lo");
        CHECK(found->text == (lao ? lao->text : std::string()));
        CHECK(found->column == 4);  // the Current text column, D
        const bool in_domain = unit.key.rfind("domain[", 0) == 0;
        CHECK((found->file.rfind("quick-scan.lo.xlsx, sheet ", 0) == 0));
        if (!in_domain) CHECK(found->file.find(", sheet D") == std::string::npos);
    }
    // The sheets: the first names the language; the glossary is not read as texts.
    const auto sheets = exports::detail::read_xlsx_text(bytes, "quick-scan.lo.xlsx", diagnostics);
    REQUIRE(sheets);
    CHECK(sheets->front().at(4, 1) == "lo");
    CHECK(sheets->back().at(0, 0) == "lo");
    CHECK(sheets->back().at(0, 1) == "en");
}

TEST_CASE("a damaged translators' workbook is refused as a whole, naming the file") {
    const auto units = quick_scan_units();
    test::ScratchDir dir;
    exports::write_translation_workbook(units, "tg", frameworks::builtin_glossary(), dir / "tg.xlsx");
    const auto bytes = test::read_text(dir / "tg.xlsx");
    common::Diagnostics diagnostics;
    CHECK_FALSE(exports::read_translation_workbook(bytes.substr(0, bytes.size() - 100), "tg.xlsx", diagnostics));
    REQUIRE(diagnostics.items().size() == 1);
    const auto message = exports::format_workbook_diagnostic(diagnostics.items().front());
    CHECK(message.rfind("tg.xlsx: error: this is not a workbook Socle can read: ", 0) == 0);
}

TEST_CASE("workbook diagnostics name the sheet and the cell") {
    common::Diagnostic at_cell{common::Severity::Error, "lo.xlsx, sheet D4", 12, 4, "no Lao letter"};
    CHECK(exports::format_workbook_diagnostic(at_cell) == "lo.xlsx, sheet D4, cell D12: error: no Lao letter");
    common::Diagnostic whole{common::Severity::Warning, "lo.xlsx", 0, 0, "old"};
    CHECK(exports::format_workbook_diagnostic(whole) == "lo.xlsx: warning: old");
}

TEST_CASE("the glossary is sorted by the workbook language's term, in that language's alphabetical order") {
    const auto& glossary = frameworks::builtin_glossary();
    for (const std::string lang : {"en", "ru", "lo", "tg"}) {
        const auto terms = exports::detail::glossary_in_order(glossary, lang);
        REQUIRE(terms.size() == glossary.terms.size());
        for (std::size_t i = 1; i < terms.size(); ++i) {
            CAPTURE(terms[i]->id);
            const bool before = terms[i - 1]->name.has(lang), here = terms[i]->name.has(lang);
            CHECK((before || !here));  // the untranslated ones last
            if (before && here)
                CHECK_FALSE(common::collate_less(terms[i]->name.get(lang, "en"), terms[i - 1]->name.get(lang, "en"), lang));
        }
    }
    CHECK(exports::detail::glossary_languages("lo") == std::vector<std::string>{"lo", "en", "fr", "ru", "tg"});
    CHECK(exports::detail::glossary_languages("en") == std::vector<std::string>{"en", "fr", "ru", "lo", "tg"});
}
