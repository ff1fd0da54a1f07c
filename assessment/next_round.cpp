#include "assessment/next_round.h"

#include "assessment/assessment_io.h"
#include "assessment/room_result.h"
#include "common/sha256.h"
#include "frameworks/framework_catalog.h"

namespace socle::assessment {

namespace {

std::optional<Migration> upgrade_of(const Assessment& last, const NextRoundOptions& options) {
    if (options.stay_on_version) return std::nullopt;
    if (options.upgrade) return migrate_assessment(last, options.upgrade->target, *options.upgrade->crosswalk);
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    const auto crosswalks = frameworks::builtin_crosswalks();
    const auto& from = last.framework();
    const auto found = frameworks::find_upgrade(catalog, crosswalks, from.id, from.version);
    if (!found) return std::nullopt;
    return migrate_assessment(last, std::make_shared<const frameworks::Framework>(*found->target), *found->crosswalk);
}

}  // namespace

NextRound start_next_round(const Assessment& last, const NextRoundOptions& options) {
    NextRound out{Assessment(last.framework_ptr()), upgrade_of(last, options)};
    // On a newer version, the migrated copy is the last round: kept
    // indicators keep their votes, revised ones carry a provisional level.
    const Assessment& source = out.migration ? out.migration->assessment : last;
    Assessment& next = out.assessment;
    next.set_framework(source.framework_ptr());

    next.metadata = source.metadata;
    next.metadata.round = options.round;
    next.metadata.start_date = options.start_date;
    next.metadata.end_date = options.end_date;
    next.metadata.notes.clear();  // about the last session
    next.metadata.baseline = {options.baseline_file, last.metadata.round,
                              options.baseline_fingerprint.empty() ? common::sha256_hex(write_assessment(last))
                                                                   : options.baseline_fingerprint};
    next.profile = source.profile;
    next.core = source.core;
    next.method = kScoringMethod;
    if (options.keep_participants) next.participants = source.participants;
    next.anonymised = source.anonymised;
    next.systems = source.systems;
    next.roadmap = source.roadmap;
    next.evidence = source.evidence;  // the documents seen stay seen

    for (const auto& domain : next.framework().domains) {
        for (const auto& indicator : domain.indicators) {
            const auto& response = source.response(indicator.id);
            if (const auto result = room_result(response)) {
                next.previous[indicator.id] = {*result, response.target, response.carried_from};
            } else if (const auto* older = source.previous_rating(indicator.id)) {
                // Not re-examined last round either: the latest result known.
                next.previous[indicator.id] = *older;
            }
        }
    }
    return out;
}

}  // namespace socle::assessment
