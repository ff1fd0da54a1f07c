// decode_text_input, the door every CSV and framework file goes through:
// what it lets in is UTF-8 without control characters XML cannot hold, and
// letting it in a second time changes nothing.
#include "common/utf8.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    for (auto kind : {common::TextFileKind::Csv, common::TextFileKind::Xml}) {
        common::Diagnostics diagnostics;
        auto text = common::decode_text_input(fuzz::as_text(data, size), "input", kind, diagnostics);
        if (text.has_value() == diagnostics.has_errors())
            fuzz::fail("decode_text_input returned text together with errors, or neither");
        if (!text) continue;
        if (!common::is_valid_utf8(*text)) fuzz::fail("decode_text_input let in text that is not UTF-8");
        if (common::find_control_character(*text)) fuzz::fail("decode_text_input let in a control character");
        common::Diagnostics again_diagnostics;
        auto again = common::decode_text_input(*text, "input", kind, again_diagnostics);
        if (!again || *again != *text) fuzz::fail("decoding decoded text changes it", *text, again ? *again : "");
    }
    return 0;
}
