// The evidence register: the model's checks, the <evidence> element read
// back, damaged registers refused with their line, the edits and their
// undo, the merge (documents by id, fields in conflict listed) and what an
// anonymised copy keeps.
#include <doctest/doctest.h>

#include <algorithm>

#include "assessment/anonymise.h"
#include "assessment/assessment_io.h"
#include "assessment/edit_history.h"
#include "assessment/edits.h"
#include "assessment/evidence_register.h"
#include "assessment/merge.h"
#include "assessment/merge_many.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::EvidenceDocument;

namespace {

const std::string kHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

EvidenceDocument decree() {
    EvidenceDocument d;
    d.id = "doc1";
    d.title = "Decree 224/PM on social assistance <draft & final>";
    d.issuer = "Prime Minister's Office";
    d.date = "2024-05-17";
    d.seen_by = "Ms Phonesavanh, Mr Karimov";
    d.kept_at = "Team drive/decrees\nand the ministry library";
    d.confidentiality = assessment::Confidentiality::Public;
    d.sha256 = kHash;
    d.type = assessment::DocumentType::Law;
    d.indicators = {"A.2", "A.1"};
    return d;
}

EvidenceDocument manual() {
    EvidenceDocument d;
    d.id = "doc2";
    d.title = "Registry operations manual";
    d.issuer = "Social Security Fund";
    d.date = "2023";
    d.confidentiality = assessment::Confidentiality::Confidential;
    d.type = assessment::DocumentType::Manual;
    d.indicators = {"B.2"};
    return d;
}

assessment::Assessment with_register() {
    auto a = test::assessment_fixture("worked-example.xml", 2);
    a.evidence = {decree(), manual()};
    return a;
}

// A saved file with `replace` put in place of `find` (a hand edit).
std::string edited(const assessment::Assessment& a, const std::string& find, const std::string& replace) {
    std::string bytes = assessment::write_assessment(a);
    const auto at = bytes.find(find);
    REQUIRE(at != std::string::npos);
    bytes.replace(at, find.size(), replace);
    return bytes;
}

int line_of(const std::string& bytes, const std::string& text) {
    const auto at = bytes.find(text);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace

TEST_CASE("evidence register: dates, hashes, types and confidentiality are checked") {
    CHECK(assessment::is_evidence_date("2024-05-17"));
    CHECK(assessment::is_evidence_date("2024-05"));
    CHECK(assessment::is_evidence_date("2024"));
    CHECK_FALSE(assessment::is_evidence_date("2024-13"));
    CHECK_FALSE(assessment::is_evidence_date("2024-05-32"));
    CHECK_FALSE(assessment::is_evidence_date("17/05/2024"));
    CHECK_FALSE(assessment::is_evidence_date("24-05-17"));
    CHECK(assessment::is_sha256_hex(kHash));
    CHECK(assessment::is_sha256_hex("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"));
    CHECK_FALSE(assessment::is_sha256_hex(kHash.substr(1)));
    CHECK_FALSE(assessment::is_sha256_hex(kHash.substr(1) + "g"));
    CHECK(assessment::parse_document_type("system-documentation") == assessment::DocumentType::SystemDocumentation);
    CHECK(assessment::parse_document_type("MoU") == assessment::DocumentType::Agreement);
    CHECK_FALSE(assessment::parse_document_type("memo"));
    CHECK(assessment::document_types().size() == 7);
    for (const auto type : assessment::document_types())
        CHECK(assessment::parse_document_type(assessment::document_type_key(type)) == type);
    CHECK(assessment::parse_confidentiality(" Confidential ") == assessment::Confidentiality::Confidential);
    CHECK_FALSE(assessment::parse_confidentiality("secret"));

    const auto a = with_register();
    CHECK(assessment::document_problems(a, decree()).empty());
    auto bad = decree();
    bad.indicators = {"A.1", "Z.9", "A.1"};
    bad.sha256 = "abc";
    bad.date = "May 2024";
    const auto problems = assessment::document_problems(a, bad);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].find("date 'May 2024'") != std::string::npos);
    CHECK(problems[1].find("sha256 'abc'") != std::string::npos);
    CHECK(problems[2].find("'Z.9' is not in framework") != std::string::npos);
    CHECK(problems[3].find("'A.1' is linked twice") != std::string::npos);
}

TEST_CASE("evidence register: documents supporting an indicator are counted") {
    const auto a = with_register();
    CHECK(assessment::count_documents_supporting(a, "A.1") == 1);
    CHECK(assessment::count_documents_supporting(a, "B.2") == 1);
    CHECK(assessment::count_documents_supporting(a, "A.3") == 0);
    const auto both = assessment::documents_supporting(a, "A.2");
    REQUIRE(both.size() == 1);
    CHECK(both[0]->id == "doc1");
    CHECK(assessment::find_document(a, "doc2")->title == "Registry operations manual");
    CHECK(assessment::find_document(a, "doc3") == nullptr);
    CHECK(assessment::next_document_id(a) == "doc3");
    CHECK(assessment::indicator_list(decree()) == "A.2, A.1");
}

TEST_CASE("evidence register: written as <evidence>, read back the same, saved again byte for byte") {
    const auto a = with_register();
    const std::string bytes = assessment::write_assessment(a);
    CHECK(bytes.find("<evidence>") != std::string::npos);
    CHECK(bytes.find("<document id=\"doc1\" type=\"law\" confidentiality=\"public\" date=\"2024-05-17\" sha256=\"" +
                     kHash + "\">") != std::string::npos);
    CHECK(bytes.find("<supports indicator=\"A.2\"/>") < bytes.find("<supports indicator=\"A.1\"/>"));
    // The register comes before the snapshot, never inside it.
    CHECK(bytes.find("</evidence>") < bytes.find("<framework-snapshot>"));
    const auto loaded = assessment::read_assessment(bytes, "register.socle");
    REQUIRE_MESSAGE(loaded.ok(), loaded.diagnostics.items().front().message);
    CHECK(loaded.assessment->evidence == a.evidence);
    CHECK(loaded.assessment->same_content(a));
    CHECK(assessment::write_assessment(*loaded.assessment) == bytes);

    // A register of different content is a different assessment.
    auto other = a;
    other.evidence[1].indicators.push_back("A.3");
    CHECK_FALSE(other.same_content(a));
}

TEST_CASE("evidence register: a file without it (format 1 as first written) opens with an empty register") {
    const auto loaded = assessment::load_assessment_file(test::data_path("assessments/format-1.socle"));
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->evidence.empty());
    // (An indicator's own <evidence> text is another element, at depth 3.)
    CHECK(assessment::write_assessment(*loaded.assessment).find("\n  <evidence>\n") == std::string::npos);
}

TEST_CASE("evidence register: an unknown indicator, a bad hash, a bad date or a reused id is an error at its line") {
    const auto a = with_register();
    struct Case {
        std::string find, replace, message;
    };
    const Case cases[] = {
        {"<supports indicator=\"B.2\"/>", "<supports indicator=\"B.9\"/>",
         "document 'doc2' supports indicator 'B.9', which is not in framework"},
        {"sha256=\"" + kHash + "\"", "sha256=\"" + kHash.substr(0, 60) + "\"", "is not 64 hexadecimal digits"},
        {"date=\"2023\"", "date=\"2023-02-30x\"", "date '2023-02-30x' of document 'doc2'"},
        {"<document id=\"doc2\"", "<document id=\"doc1\"", "document id 'doc1' is used twice"},
        {"type=\"manual\"", "type=\"memo\"", "document type 'memo' is not one of"},
        {"confidentiality=\"confidential\"", "confidentiality=\"secret\"", "confidentiality 'secret' is not public"},
        {"<supports indicator=\"B.2\"/>", "<supports indicator=\"B.2\"/><supports indicator=\"B.2\"/>",
         "supports indicator 'B.2' twice"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.message);
        const std::string bytes = edited(a, c.find, c.replace);
        const auto loaded = assessment::read_assessment(bytes, "hand-edited.socle");
        CHECK_FALSE(loaded.ok());
        REQUIRE(loaded.diagnostics.items().size() == 1);
        const auto& item = loaded.diagnostics.items().front();
        CHECK(item.file == "hand-edited.socle");
        // The edit is at the place of the text it replaced (lines before it unchanged).
        CHECK(item.line == line_of(assessment::write_assessment(a), c.find));
        CHECK(item.message.find(c.message) != std::string::npos);
    }
    // An upper-case hash is a valid hash: kept, written lower-case.
    std::string upper = kHash;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](char ch) { return static_cast<char>(std::toupper(ch)); });
    const auto loaded = assessment::read_assessment(edited(a, kHash, upper), "upper.socle");
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->evidence[0].sha256 == kHash);
}

TEST_CASE("evidence register: add, update, link, unlink and remove are edits that undo exactly") {
    assessment::EditHistory history(test::assessment_fixture("worked-example.xml", 2));
    const auto original = assessment::write_assessment(history.current());
    history.apply(assessment::edits::add_document(history.current(), decree()));
    history.apply(assessment::edits::add_document(history.current(), manual()));
    CHECK(history.current().evidence.size() == 2);
    history.apply(assessment::edits::link_document(history.current(), "doc2", "A.3"));
    history.apply(assessment::edits::link_document(history.current(), "doc2", "A.3"));  // twice: still once
    CHECK(history.current().evidence[1].indicators == std::vector<std::string>{"B.2", "A.3"});
    history.apply(assessment::edits::unlink_document(history.current(), "doc1", "A.2"));
    CHECK(history.current().evidence[0].indicators == std::vector<std::string>{"A.1"});
    auto renamed = history.current().evidence[0];
    renamed.title = "Decree 224/PM (final)";
    history.apply(assessment::edits::update_document(history.current(), renamed));
    CHECK(history.current().evidence[0].title == "Decree 224/PM (final)");
    history.apply(assessment::edits::remove_document(history.current(), "doc1"));
    REQUIRE(history.current().evidence.size() == 1);
    CHECK(history.current().evidence[0].id == "doc2");

    // What the model refuses, and programming errors.
    auto unknown = manual();
    unknown.id = "doc3";
    unknown.indicators = {"Q.1"};
    CHECK_THROWS_AS(assessment::edits::add_document(history.current(), unknown), assessment::edits::EditRefused);
    CHECK_THROWS_AS(assessment::edits::add_document(history.current(), manual()), common::LogicError);
    CHECK_THROWS_AS(assessment::edits::remove_document(history.current(), "doc9"), common::LogicError);
    CHECK_THROWS_AS(assessment::edits::link_document(history.current(), "doc2", "Q.1"), common::LogicError);

    while (history.can_undo()) history.undo();
    CHECK(assessment::write_assessment(history.current()) == original);
}

TEST_CASE("evidence register: the merge takes documents by id and lists field conflicts") {
    auto base = with_register();
    auto mine = base, theirs = base;
    mine.evidence[0].title = "Decree 224/PM (as amended)";
    theirs.evidence[0].title = "Decree 224/PM, 2024";
    theirs.evidence[0].kept_at = "Ministry library";  // one side only: taken
    auto added = manual();
    added.id = "doc3";
    added.title = "Annual statistics 2024";
    added.type = assessment::DocumentType::Report;
    theirs.evidence.push_back(added);
    mine.evidence.erase(mine.evidence.begin() + 1);  // doc2 removed in MINE, untouched in THEIRS: removed

    const auto result = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(result.merged);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].field == "document[doc1].title");
    CHECK(result.conflicts[0].base == base.evidence[0].title);
    CHECK(result.conflicts[0].mine == "Decree 224/PM (as amended)");
    CHECK(result.conflicts[0].theirs == "Decree 224/PM, 2024");
    const auto& merged = result.merged->evidence;
    REQUIRE(merged.size() == 2);
    CHECK(merged[0].id == "doc1");
    CHECK(merged[0].title == "Decree 224/PM (as amended)");
    CHECK(merged[0].kept_at == "Ministry library");
    CHECK(merged[0].sha256 == kHash);
    CHECK(merged[0].indicators == decree().indicators);
    CHECK(merged[1] == added);

    // Links changed on both sides differently: one conflict on the list.
    auto left = base, right = base;
    left.evidence[1].indicators.push_back("A.1");
    right.evidence[1].indicators.push_back("A.3");
    const auto links = assessment::merge_assessments(base, left, right);
    REQUIRE(links.conflicts.size() == 1);
    CHECK(links.conflicts[0].field == "document[doc2].indicators");
    CHECK(links.conflicts[0].theirs == "B.2; A.3");

    // Several copies: each adds its own document, all are kept.
    auto c1 = base, c2 = base, c3 = base;
    c2.evidence.push_back(added);
    auto other = added;
    other.id = "doc4";
    other.title = "MoU with the statistics office";
    c3.evidence.push_back(other);
    const auto many = assessment::merge_many(base, {&c1, &c2, &c3});
    REQUIRE(many.merged);
    CHECK(many.conflicts.empty());
    CHECK(many.merged->evidence.size() == 4);
}

TEST_CASE("evidence register: an anonymised copy keeps counts, types, years and links, not titles or people") {
    auto a = with_register();
    a.evidence[0].id = "labour-decree";  // an id typed as a name
    assessment::AnonymiseOptions options;
    options.seed = 7;
    auto without_register = test::assessment_fixture("worked-example.xml", 2);
    const auto before_texts = assessment::anonymise(without_register, options);
    const auto summary = assessment::anonymise(a, options);
    // Every non-empty text of the register: the decree's title, issuer, seen
    // by, kept at, hash and renamed id; the manual's title and issuer.
    CHECK(summary.texts_removed - before_texts.texts_removed == 6 + 2);
    REQUIRE(a.evidence.size() == 2);
    CHECK(a.evidence[0].id == "doc1");
    CHECK(a.evidence[1].id == "doc2");
    for (const auto& d : a.evidence) {
        CHECK(d.title.empty());
        CHECK(d.issuer.empty());
        CHECK(d.seen_by.empty());
        CHECK(d.kept_at.empty());
        CHECK(d.sha256.empty());
    }
    CHECK(a.evidence[0].date == "2024");
    CHECK(a.evidence[1].date == "2023");
    CHECK(a.evidence[0].type == assessment::DocumentType::Law);
    CHECK(a.evidence[1].confidentiality == assessment::Confidentiality::Confidential);
    CHECK(a.evidence[0].indicators == decree().indicators);
    // The anonymised copy is a sound file.
    const auto reread = assessment::read_assessment(assessment::write_assessment(a), "anonymised.socle");
    REQUIRE(reread.ok());
    CHECK(reread.assessment->evidence == a.evidence);
}
