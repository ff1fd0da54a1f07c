#include "assessment/participants_csv.h"

#include <set>

#include "common/csv.h"
#include "common/text.h"

namespace socle::assessment {

std::optional<std::vector<Participant>> read_participants_csv(const std::string& text, const std::string& file,
                                                              common::Diagnostics& diagnostics) {
    const auto table = common::parse_csv(text, file, diagnostics);
    if (!table || !common::check_csv_header(*table, {"id"}, {"name", "institution", "role", "anonymous"}, file,
                                            diagnostics))
        return std::nullopt;
    std::vector<Participant> participants;
    std::set<std::string> ids;
    bool ok = true;
    for (const auto& row : table->rows) {
        Participant participant;
        participant.id = table->field(row, "id");
        participant.name = table->field(row, "name");
        participant.institution = table->field(row, "institution");
        participant.role = table->field(row, "role");
        const std::string anonymous = common::to_lower_ascii(table->field(row, "anonymous"));
        if (!common::is_valid_id(participant.id)) {
            diagnostics.error(file, row.line, 1, "participant id '" + participant.id +
                                                     "' must be letters, digits, '-', '_' or '.' (no spaces)");
            ok = false;
        } else if (!ids.insert(participant.id).second) {
            diagnostics.error(file, row.line, 1, "participant id '" + participant.id + "' is used twice");
            ok = false;
        }
        if (anonymous != "" && anonymous != "yes" && anonymous != "no") {
            diagnostics.error(file, row.line, 1, "anonymous must be yes or no, not '" + anonymous + "'");
            ok = false;
        }
        participant.anonymous = anonymous == "yes";
        if (participant.anonymous) participant.name.clear();
        participants.push_back(std::move(participant));
    }
    if (!ok) return std::nullopt;
    return participants;
}

}  // namespace socle::assessment
