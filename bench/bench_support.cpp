#include "bench/bench_support.h"

#include <random>
#include <stdexcept>

#include "assessment/assessment_io.h"
#include "frameworks/framework_loader.h"

namespace socle::bench {

std::string generate_framework_xml(int domains, int per_domain) {
    static const char* kCategories[] = {"social_registry", "programme_mis", "payment_platform", "national_id",
                                        "data_exchange", "grievance"};
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<framework format=\"1\" id=\"bench\" version=\"1.0\" default-lang=\"en\">\n"
                      "  <title lang=\"en\">Generated benchmark framework</title>\n  <scale>\n";
    for (int l = 1; l <= 5; ++l)
        xml += "    <level value=\"" + std::to_string(l) + "\" id=\"l" + std::to_string(l) + "\"><name lang=\"en\">Level " +
               std::to_string(l) + "</name><meaning lang=\"en\">What level " + std::to_string(l) + " means.</meaning></level>\n";
    xml += "  </scale>\n";
    for (int d = 1; d <= domains; ++d) {
        xml += "  <domain id=\"D" + std::to_string(d) + "\" weight=\"" + std::to_string(1 + d % 2) +
               "\">\n    <name lang=\"en\">Domain " + std::to_string(d) + "</name>\n";
        for (int i = 1; i <= per_domain; ++i) {
            const std::string id = "D" + std::to_string(d) + "." + std::to_string(i);
            xml += "    <indicator id=\"" + id + "\" weight=\"" + std::to_string(1 + i % 3) + "\" target=\"4\">\n";
            xml += "      <question lang=\"en\">Is indicator " + id + " in place across the social protection system?</question>\n";
            xml += "      <guidance lang=\"en\">Ask the room for documents and examples; probe the difference between levels.</guidance>\n";
            for (int l = 1; l <= 5; ++l)
                xml += "      <descriptor level=\"" + std::to_string(l) + "\" lang=\"en\">At level " + std::to_string(l) +
                       ", the practice for " + id + " is described here in a sentence of ordinary length.</descriptor>\n";
            for (int l = 1; l <= 4; ++l)
                xml += "      <step from=\"" + std::to_string(l) + "\" effort=\"" + "SML"[l % 3] + std::string("\"><action lang=\"en\">Do what moves ") +
                       id + " up one level.</action></step>\n";
            if (i > 1) xml += "      <requires indicator=\"D" + std::to_string(d) + "." + std::to_string(i - 1) + "\" level=\"3\" to=\"4\"/>\n";
            xml += std::string("      <systems>") + kCategories[(d + i) % 6] + "</systems>\n    </indicator>\n";
        }
        xml += "  </domain>\n";
    }
    return xml + "</framework>\n";
}

assessment::Assessment generate_assessment(std::shared_ptr<const frameworks::Framework> framework, int participants,
                                           int evidence_chars, int systems, unsigned seed) {
    std::mt19937 random(seed);
    assessment::Assessment a(std::move(framework));
    a.metadata.title = "Generated assessment";
    a.metadata.country = "Benchmarkia";
    for (int p = 1; p <= participants; ++p)
        a.participants.push_back({"p" + std::to_string(p), "Participant " + std::to_string(p), "Institution " + std::to_string(p % 7),
                                  "role", false});
    const std::string evidence_unit = "Decree, annual report and MIS extract shown in the room; ";
    for (const auto& domain : a.framework().domains) {
        for (const auto& indicator : domain.indicators) {
            auto& response = a.responses[indicator.id];
            for (const auto& participant : a.participants) {
                const int pick = static_cast<int>(random() % 12);
                response.votes[participant.id] = pick < 10 ? assessment::Vote::at(1 + pick % 5)
                                                 : pick == 10 ? assessment::Vote::not_applicable()
                                                              : assessment::Vote::unknown();
            }
            while (static_cast<int>(response.evidence.size()) < evidence_chars) response.evidence += evidence_unit;
            response.notes = "Notes for " + indicator.id;
            response.confidence = assessment::Confidence::Documented;
        }
    }
    static const frameworks::SystemCategory kCategories[] = {
        frameworks::SystemCategory::SocialRegistry, frameworks::SystemCategory::ProgrammeMis,
        frameworks::SystemCategory::PaymentPlatform, frameworks::SystemCategory::NationalId,
        frameworks::SystemCategory::DataExchange, frameworks::SystemCategory::Grievance};
    for (int s = 0; s < systems; ++s)
        a.systems.systems.push_back({"s" + std::to_string(s), "System " + std::to_string(s), kCategories[s % 6],
                                     "Owner " + std::to_string(s % 11), assessment::SystemStatus::Operational, "", std::nullopt, "", {}});
    for (int f = 0; systems > 1 && f < systems * 5; ++f) {
        const int from = static_cast<int>(random() % static_cast<unsigned>(systems));
        int to = static_cast<int>(random() % static_cast<unsigned>(systems));
        if (to == from) to = (to + 1) % systems;
        a.systems.flows.push_back({"s" + std::to_string(from), "s" + std::to_string(to), "records",
                                   static_cast<assessment::FlowMechanism>(random() % 5), "daily", random() % 2 == 0, "",
                                   "f" + std::to_string(f)});
    }
    return a;
}

const assessment::Assessment& generated_workshop() {
    static const assessment::Assessment a = [] {
        auto loaded = frameworks::load_framework(generate_framework_xml(20, 10), "bench.xml");
        auto framework = std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
        return generate_assessment(framework, 40, 1500, 2000, 42);
    }();
    return a;
}

const assessment::Assessment& lao_sample() {
    static const assessment::Assessment a = [] {
        auto loaded = assessment::load_assessment_file(std::filesystem::path(SOCLE_SOURCE_DIR) / "samples/lao-pdr-2026-baseline.socle");
        if (!loaded.ok()) throw std::runtime_error("cannot load the Lao PDR sample");
        return std::move(*loaded.assessment);
    }();
    return a;
}

std::filesystem::path scratch_folder(const std::string& name) {
    auto path = std::filesystem::temp_directory_path() / name;
    std::filesystem::create_directories(path);
    return path;
}

}  // namespace socle::bench
