#pragma once
// The system map as two CSV files, the way a country team drafts it in a
// spreadsheet (UTF-8, a header row, quoted fields allowed):
//   systems.csv  id,name,category,owner,status,hosting,maturity,notes
//                (id, name and category required; status defaults to
//                operational; maturity is a level of the framework's scale)
//   flows.csv    from,to,data,mechanism,frequency,agreement,notes
//                (from, to and mechanism required; agreement is yes or no,
//                empty meaning no)
// The files hold the keys (social_registry, standard_api, ...), never the
// translated labels. Imports are all-or-nothing: every problem is reported
// with its file and line, and nothing changes unless both files are valid.
#include <optional>
#include <string>

#include "assessment/edit_history.h"
#include "common/csv.h"
#include "common/diagnostics.h"

namespace socle::assessment {

// Reads both files into a map. `level_count` bounds the maturity column.
// Ids referenced by flows must be systems of systems.csv; a flow may not
// run from a system to itself.
std::optional<SystemMap> read_system_map_csv(const std::string& systems_text, const std::string& systems_file,
                                             const std::string& flows_text, const std::string& flows_file,
                                             int level_count, common::Diagnostics& diagnostics);

struct SystemMapImport {
    Edit edit;  // replaces the whole map; apply through EditHistory
    std::size_t systems = 0;
    std::size_t flows = 0;
};

// As read_system_map_csv against the assessment's framework, as an edit
// that replaces the map. Links from systems to indicators are not in the
// CSV columns: a system whose id already exists keeps its links.
std::optional<SystemMapImport> import_system_map_csv(const Assessment& assessment, const std::string& systems_text,
                                                     const std::string& systems_file, const std::string& flows_text,
                                                     const std::string& flows_file, common::Diagnostics& diagnostics);

// The two files, header row first, in the map's order; they read back to
// the same map (links to indicators aside).
std::string systems_csv(const SystemMap& map, common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);
std::string flows_csv(const SystemMap& map, common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);

}  // namespace socle::assessment
