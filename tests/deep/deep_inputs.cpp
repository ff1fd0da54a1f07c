#include "tests/deep/deep_inputs.h"

namespace socle::test {

namespace {

const char* const kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<framework format=\"1\" id=\"deep-chain\" version=\"0.1\" default-lang=\"en\">\n"
    "<title lang=\"en\">Deep chain</title>\n"
    "<languages><language code=\"en\" status=\"complete\"/></languages>\n<scale>"
    "<level value=\"1\" id=\"low\"><name lang=\"en\">Low</name><meaning lang=\"en\">m</meaning></level>"
    "<level value=\"2\" id=\"mid\"><name lang=\"en\">Mid</name><meaning lang=\"en\">m</meaning></level>"
    "<level value=\"3\" id=\"high\"><name lang=\"en\">High</name><meaning lang=\"en\">m</meaning></level>"
    "</scale>\n";

std::string indicator_xml(const std::string& id, int target, const std::string& requires_id) {
    std::string xml = "<indicator id=\"" + id + "\" weight=\"1\" target=\"" + std::to_string(target) +
                      "\"><question lang=\"en\">q</question><descriptor level=\"1\" lang=\"en\">a</descriptor>"
                      "<descriptor level=\"2\" lang=\"en\">b</descriptor><descriptor level=\"3\" lang=\"en\">c</descriptor>"
                      "<step from=\"1\" effort=\"S\"><action lang=\"en\">s</action></step>"
                      "<step from=\"2\" effort=\"S\"><action lang=\"en\">t</action></step>";
    if (!requires_id.empty()) xml += "<requires indicator=\"" + requires_id + "\" level=\"3\" to=\"3\"/>";
    return xml + "</indicator>\n";
}

}  // namespace

std::string chain_indicator_id(int k) { return "C." + std::to_string(k); }

std::string prerequisite_chain_xml(int length) {
    std::string xml = kHead;
    xml.reserve(static_cast<std::size_t>(length) * 300);
    xml += "<domain id=\"C\" weight=\"1\"><name lang=\"en\">Chain</name>\n";
    for (int k = length - 1; k >= 0; --k)
        xml += indicator_xml(chain_indicator_id(k), k == 0 ? 3 : 2, k + 1 < length ? chain_indicator_id(k + 1) : "");
    return xml + "</domain></framework>\n";
}

assessment::Assessment chain_assessment(std::shared_ptr<const frameworks::Framework> framework) {
    assessment::Assessment assessment(std::move(framework));
    for (const auto& domain : assessment.framework().domains)
        for (const auto& indicator : domain.indicators)
            assessment.responses[indicator.id].agreed = assessment::Vote::at(1);
    return assessment;
}

assessment::SystemMap flow_chain(int length) {
    assessment::SystemMap map;
    for (int k = 0; k < length; ++k) {
        assessment::InformationSystem system;
        system.id = "s" + std::to_string(k);
        system.name = "System " + std::to_string(k);
        map.systems.push_back(std::move(system));
        if (k == 0) continue;
        assessment::DataFlow flow;
        flow.from = "s" + std::to_string(k - 1);
        flow.to = "s" + std::to_string(k);
        flow.data = "records";
        flow.mechanism = assessment::FlowMechanism::Api;
        map.flows.push_back(std::move(flow));
    }
    return map;
}

std::string nested_elements(int depth) {
    std::string xml;
    xml.reserve(static_cast<std::size_t>(depth) * 7);
    for (int k = 0; k < depth; ++k) xml += "<x>";
    for (int k = 0; k < depth; ++k) xml += "</x>";
    return xml;
}

std::string framework_with_nesting(int depth) {
    return std::string(kHead) + "<domain id=\"C\" weight=\"1\"><name lang=\"en\">Chain</name>\n" +
           indicator_xml("C.0", 2, "") + "</domain>\n" + nested_elements(depth) + "\n</framework>\n";
}

}  // namespace socle::test
