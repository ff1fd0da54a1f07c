#include "frameworks/detail/framework_checks.h"

#include <algorithm>
#include <map>
#include <vector>

namespace socle::frameworks::detail {

namespace {

void check_prerequisites(const Framework& framework, const Indicator& indicator, const std::string& file,
                         const common::LineIndex& lines, common::Diagnostics& diagnostics) {
    for (const auto& prerequisite : indicator.prerequisites) {
        if (prerequisite.indicator_id.empty()) continue;  // already reported
        if (prerequisite.indicator_id == indicator.id) {
            const auto at = lines.position(prerequisite.offset);
            diagnostics.error(file, at.line, at.column,
                              "indicator '" + indicator.id + "' cannot require itself");
        } else if (!framework.find_indicator(prerequisite.indicator_id)) {
            const auto at = lines.position(prerequisite.offset);
            diagnostics.error(file, at.line, at.column,
                              "indicator '" + indicator.id + "' requires unknown indicator '" +
                                  prerequisite.indicator_id + "' (check the id)");
        }
    }
}

void check_relevance(const Framework& framework, const Indicator& indicator, const std::string& file,
                     const common::LineIndex& lines, common::Diagnostics& diagnostics) {
    for (const auto& condition : indicator.relevant_if) {
        if (condition.question_id.empty() || condition.answer.empty()) continue;  // already reported
        const auto at = [&] { return lines.position(condition.offset); };
        const auto* question = framework.find_question(condition.question_id);
        if (!question) {
            diagnostics.error(file, at().line, at().column,
                              "indicator '" + indicator.id + "' depends on unknown profile question '" +
                                  condition.question_id + "' (declare it in <profile>)");
            continue;
        }
        const bool known = std::any_of(question->options.begin(), question->options.end(),
                                       [&](const ProfileOption& option) { return option.id == condition.answer; });
        if (!known) {
            std::string options;
            for (const auto& option : question->options) options += (options.empty() ? "" : ", ") + option.id;
            diagnostics.error(file, at().line, at().column,
                              "profile question '" + question->id + "' has no answer '" + condition.answer +
                                  "'; its answers are: " + options);
        }
    }
}

void check_mappings(const Framework& framework, const Indicator& indicator, const std::string& file,
                    const common::LineIndex& lines, common::Diagnostics& diagnostics) {
    for (const auto& mapping : indicator.mappings) {
        if (mapping.source_id.empty() || framework.find_source(mapping.source_id)) continue;
        const auto at = lines.position(mapping.offset);
        diagnostics.error(file, at.line, at.column,
                          "indicator '" + indicator.id + "' maps to unknown source '" + mapping.source_id +
                              "' (declare it in <sources> or check the id)");
    }
}

// Depth-first search over "requires" edges; every back edge closes a cycle,
// which is reported with the indicators on it, in order. Cycles can overlap
// without end (a chain of 20,000 whose every link also waits for the first
// closes 20,000 cycles, 2 GB of text in full), so the first kCyclesReported
// are named, each by at most kCycleIdsNamed indicators, and one more error
// counts the rest: output bounded, and one fix often breaks several. The walk keeps
// its own stack: a framework (or a peer's .socle carrying one) can chain
// prerequisites tens of thousands deep, and a recursive walk overflowed the
// thread's stack (8 MB on Linux, 1 MB on Windows).
class CycleFinder {
public:
    CycleFinder(const Framework& framework, const std::string& file, const common::LineIndex& lines,
                common::Diagnostics& diagnostics)
        : framework_(framework), file_(file), lines_(lines), diagnostics_(diagnostics) {}

    static constexpr std::size_t kCyclesReported = 20;
    static constexpr std::size_t kCycleIdsNamed = 50;

    void run() {
        for (const auto& domain : framework_.domains)
            for (const auto& indicator : domain.indicators)
                if (state_[indicator.id] == State::Unvisited) walk(indicator);
        if (found_ > kCyclesReported) {
            const auto at = lines_.position(first_unreported_offset_);
            diagnostics_.error(file_, at.line, at.column,
                               std::to_string(found_ - kCyclesReported) +
                                   " more <requires> close a prerequisite cycle (the first is here); correct the "
                                   "cycles above and check again");
        }
    }

private:
    enum class State { Unvisited, OnPath, Done };

    // An indicator on the path and the index of its next prerequisite to follow.
    struct Frame {
        const Indicator* indicator;
        std::size_t next = 0;
    };

    void enter(const Indicator& indicator, std::vector<Frame>& stack) {
        state_[indicator.id] = State::OnPath;
        path_.push_back(&indicator);
        stack.push_back({&indicator, 0});
    }

    void walk(const Indicator& root) {
        std::vector<Frame> stack;
        enter(root, stack);
        while (!stack.empty()) {
            Frame& top = stack.back();
            if (top.next == top.indicator->prerequisites.size()) {
                state_[top.indicator->id] = State::Done;
                path_.pop_back();
                stack.pop_back();
                continue;
            }
            const Indicator& current = *top.indicator;
            const auto& prerequisite = current.prerequisites[top.next++];
            const auto* next = framework_.find_indicator(prerequisite.indicator_id);
            if (!next || next == &current) continue;  // unknown or self: reported elsewhere
            const State state = state_[next->id];
            if (state == State::OnPath) report(*next, prerequisite);
            else if (state == State::Unvisited) enter(*next, stack);  // `top` is not used after this
        }
    }

    void report(const Indicator& closing, const Prerequisite& edge) {
        if (++found_ > kCyclesReported) {
            if (found_ == kCyclesReported + 1) first_unreported_offset_ = edge.offset;
            return;
        }
        std::string cycle;
        const auto start = std::find(path_.begin(), path_.end(), &closing);
        const auto length = static_cast<std::size_t>(path_.end() - start);
        std::size_t named = 0;
        for (auto it = start; it != path_.end() && named < kCycleIdsNamed; ++it, ++named) cycle += (*it)->id + " -> ";
        if (named < length) cycle += "... (" + std::to_string(length) + " indicators) -> ";
        cycle += closing.id;
        const auto at = lines_.position(edge.offset);
        diagnostics_.error(file_, at.line, at.column,
                           "prerequisites form a cycle: " + cycle +
                               " (each needs the next first, so none can ever be planned); remove one <requires>");
    }

    const Framework& framework_;
    const std::string& file_;
    const common::LineIndex& lines_;
    common::Diagnostics& diagnostics_;
    std::map<std::string, State, std::less<>> state_;
    std::vector<const Indicator*> path_;
    std::size_t found_ = 0;
    std::ptrdiff_t first_unreported_offset_ = 0;
};

}  // namespace

void check_cross_references(const Framework& framework, const std::string& file, const common::LineIndex& lines,
                            common::Diagnostics& diagnostics) {
    for (const auto& domain : framework.domains) {
        for (const auto& indicator : domain.indicators) {
            check_prerequisites(framework, indicator, file, lines, diagnostics);
            check_relevance(framework, indicator, file, lines, diagnostics);
            check_mappings(framework, indicator, file, lines, diagnostics);
        }
    }
    CycleFinder(framework, file, lines, diagnostics).run();
}

}  // namespace socle::frameworks::detail
