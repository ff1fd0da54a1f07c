#pragma once
// Internal to the .socle reader and writer: the <evidence> element (the
// evidence register), kept apart so the register reads as one piece.
#include <functional>
#include <string>

#include <pugixml.hpp>

#include "assessment/assessment.h"
#include "assessment/detail_xml_out.h"

namespace socle::assessment::detail {

void write_evidence(XmlOut& xml, const std::vector<EvidenceDocument>& documents);

// Reports a problem at a node (the reader gives it the line and column).
using ErrorAt = std::function<void(const pugi::xml_node&, const std::string&)>;
// Reads <evidence> into assessment.evidence; the assessment's framework
// must be set (links are checked against it).
void read_evidence(const pugi::xml_node& node, Assessment& assessment, const ErrorAt& error);

}  // namespace socle::assessment::detail
