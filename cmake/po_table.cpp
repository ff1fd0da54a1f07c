// Build-time tool: turns the interface catalogs po/<lang>.po into a C++ table
// the core looks labels up in (common/translations.h), so the workbook and
// the screen read one translation from one file.
// Usage: socle_po_table OUT.cpp LANG.po...
//
// It keeps what msgfmt would put in a .mo and the core can use: translated
// entries that are neither fuzzy nor obsolete (#~); entries with a context
// or a plural are left out, since N_() labels have neither. Non-ASCII bytes
// are written as octal escapes, so the generated file compiles the same
// whatever source character set a compiler assumes (MSVC without /utf-8).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Entry {
    std::string context, id, plural, str;
    bool has_context = false, fuzzy = false, has_str = false;
};

class PoReader {
public:
    explicit PoReader(std::string path) : path_(std::move(path)) {}

    // English text -> translation, for the entries a lookup can use.
    std::map<std::string, std::string> read() {
        std::ifstream in(path_, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + path_);
        std::string line;
        while (std::getline(in, line)) {
            ++line_no_;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            handle(line);
        }
        finish();
        return std::move(messages_);
    }

private:
    void handle(const std::string& line) {
        if (line.find_first_not_of(" \t") == std::string::npos) return finish();
        if (line.rfind("#~", 0) == 0) return;  // obsolete: gone from the sources
        if (line.rfind("#,", 0) == 0) {
            if (entry_.has_str) finish();
            if (line.find("fuzzy") != std::string::npos) entry_.fuzzy = true;
            return;
        }
        if (line[0] == '#') return;
        if (line[0] == '"') {
            if (!target_) fail("text outside an entry");
            *target_ += unquote(line);
            return;
        }
        const auto space = line.find(' ');
        const std::string keyword = line.substr(0, space);
        if (space == std::string::npos) fail("a keyword without text");
        // A new entry may start without a blank line after the last one.
        if ((keyword == "msgid" || keyword == "msgctxt") && entry_.has_str) finish();
        if (keyword == "msgctxt") {
            entry_.has_context = true;
            target_ = &entry_.context;
        } else if (keyword == "msgid") {
            target_ = &entry_.id;
        } else if (keyword == "msgid_plural") {
            target_ = &entry_.plural;
        } else if (keyword == "msgstr" || keyword.rfind("msgstr[", 0) == 0) {
            entry_.has_str = true;
            target_ = keyword == "msgstr" ? &entry_.str : &ignored_;
        } else {
            fail("unknown keyword " + keyword);
        }
        *target_ += unquote(line.substr(space + 1));
    }

    void finish() {
        if (entry_.has_str && !entry_.id.empty() && !entry_.has_context && entry_.plural.empty() && !entry_.fuzzy &&
            !entry_.str.empty()) {
            if (!messages_.emplace(entry_.id, entry_.str).second) fail("duplicate entry \"" + entry_.id + "\"");
        }
        entry_ = Entry{};
        target_ = nullptr;
    }

    std::string unquote(const std::string& text) {
        const auto first = text.find('"');
        const auto last = text.find_last_of('"');
        if (first == std::string::npos || last == first) fail("expected a quoted string");
        std::string out;
        for (auto i = first + 1; i < last; ++i) {
            if (text[i] != '\\') {
                out += text[i];
                continue;
            }
            if (++i == last) fail("a backslash at the end of a string");
            switch (text[i]) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                default: fail(std::string("unsupported escape \\") + text[i]);
            }
        }
        return out;
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(path_ + ":" + std::to_string(line_no_) + ": " + what);
    }

    std::string path_;
    int line_no_ = 0;
    Entry entry_;
    std::string* target_ = nullptr;
    std::string ignored_;
    std::map<std::string, std::string> messages_;
};

std::string literal(const std::string& text) {
    static const char* const kOctal = "01234567";
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x20 && byte < 0x7f) {
            out += c;
        } else {
            out += '\\';
            out += kOctal[byte >> 6];
            out += kOctal[(byte >> 3) & 7];
            out += kOctal[byte & 7];
        }
    }
    return out + "\"";
}

// "po/fr.po" -> "fr"
std::string language_of(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return name.substr(0, name.rfind('.'));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: socle_po_table OUT.cpp LANG.po...\n";
        return 2;
    }
    try {
        std::ofstream out(argv[1], std::ios::binary);
        out << "// Generated by socle_po_table from the po/ catalogs; do not edit.\n"
               "#include \"common/detail/translation_table.h\"\n\n"
               "namespace socle::common::detail {\nnamespace {\n"
               // constexpr with sv literals (their length known, no strlen):
               // GCC -O2 took 81 s over this file when the tables were
               // plain const, 0.7 s now.
               "using namespace std::string_view_literals;\n";
        std::vector<std::string> languages;
        for (int i = 2; i < argc; ++i) {
            languages.push_back(language_of(argv[i]));
            // std::map orders by bytes, as the lookup's std::lower_bound expects.
            const auto messages = PoReader(argv[i]).read();
            out << "\n// " << languages.back() << ": " << messages.size() << " messages\n"
                << "constexpr TranslatedMessage messages" << (i - 2) << "[] = {\n";
            for (const auto& [english, translated] : messages)
                out << "    {" << literal(english) << "sv,\n     " << literal(translated) << "sv},\n";
            out << "};\n";
        }
        out << "\nconstexpr TranslationCatalog table[] = {\n";
        for (std::size_t i = 0; i < languages.size(); ++i)
            out << "    {" << literal(languages[i]) << "sv, messages" << i << "},\n";
        out << "};\n\n}  // namespace\n\nstd::span<const TranslationCatalog> translation_catalogs() { return table; }\n\n"
               "}  // namespace socle::common::detail\n";
        if (!out) throw std::runtime_error(std::string("cannot write ") + argv[1]);
    } catch (const std::exception& error) {
        std::cerr << "socle_po_table: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
