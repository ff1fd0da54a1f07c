// A translators' workbook as it comes back from outside (socle-cli translate
// import TRANSLATED.xlsx): whatever the bytes, the zip and xlsx readers
// answer with entries (and errors on rows without a key) or with an error,
// never with nothing; every entry they give has a key and points at a cell
// of a named sheet; and the merge into the built-in Quick Scan takes them
// without crashing.
#include "exports/translation_workbook.h"
#include "frameworks/framework_catalog.h"
#include "fuzz_support.h"

namespace {

struct QuickScan {
    std::string_view xml;
    socle::frameworks::TranslationUnits units;
};

const QuickScan& quick_scan() {
    static const QuickScan loaded = [] {
        for (const auto& source : socle::frameworks::builtin_framework_sources()) {
            if (source.name != "quick-scan.xml") continue;
            socle::common::Diagnostics diagnostics;
            auto units = socle::frameworks::collect_translation_units(source.bytes, "quick-scan.xml", diagnostics);
            if (!units) socle::fuzz::fail("the built-in quick-scan.xml does not give its texts");
            return QuickScan{source.bytes, std::move(*units)};
        }
        socle::fuzz::fail("no built-in quick-scan.xml");
    }();
    return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    common::Diagnostics diagnostics;
    const auto workbook = exports::read_translation_workbook(fuzz::as_text(data, size), "fuzz.xlsx", diagnostics);
    if (!workbook && !diagnostics.has_errors())
        fuzz::fail("the workbook reader returned nothing without an error");
    if (!workbook) return 0;
    for (const auto& entry : workbook->entries) {
        if (entry.key.empty()) fuzz::fail("an entry without a key");
        if (entry.line < 2 || entry.column != 4 || entry.file.rfind("fuzz.xlsx, sheet ", 0) != 0)
            fuzz::fail("an entry that does not point at a Current text cell", entry.file);
    }
    common::Diagnostics merge_diagnostics;
    const auto& framework = quick_scan();
    const std::string lang = workbook->language.empty() ? "lo" : workbook->language;
    frameworks::merge_translations(framework.xml, framework.units, lang, workbook->entries, merge_diagnostics);
    return 0;
}
