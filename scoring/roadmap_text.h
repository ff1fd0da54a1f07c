#pragma once
// The roadmap in words: a step's action (framework text in the session
// language), its reasons and notes, and the plan's problems as plain
// sentences. The planner reports data (scoring/roadmap.h); this is the one
// place that words it, so the desktop, the workbook, the CSV and the CLI say
// the same thing. Each sentence is an English template marked N_() with
// named placeholders ("{step}"), passed through `translate` before the values
// go in: the desktop passes its gettext catalogs, the workbook its label
// tables, the CLI and the CSV nothing (English). Systems and phases are named
// by their names; a step by its indicator's code, its domain's name and the
// level it climbs to ("D4.2 (Identification and registries) to level 3"),
// never by its id ("D4.2:3"), which is for files and the CLI's JSON.
#include <functional>
#include <string>
#include <string_view>

#include "assessment/assessment.h"
#include "scoring/roadmap.h"

namespace socle::scoring {

// English template -> the same template in the reader's language. Empty: English.
using Translate = std::function<std::string(std::string_view)>;

// The action text of a step in the session language (framework fallback).
std::string step_action(const assessment::Assessment& assessment, const RoadmapStep& step);
// A step as people read it, "D4.2 → 3" for the id "D4.2:3" (the ids stay
// in the files and the JSON; workbooks and reports show this).
std::string step_label(std::string_view step_id);

std::string reason_text(const assessment::Assessment& assessment, const StepReason& reason,
                        const Translate& translate = {});
std::string note_text(const assessment::Assessment& assessment, const RoadmapPlan& plan, const StepNote& note, const Translate& translate = {});
std::string problem_text(const assessment::Assessment& assessment, const RoadmapPlan& plan, const PlanProblem& problem, const Translate& translate = {});

// A step's "why" in one paragraph: the sentences of its reasons (but the
// obvious previous level first) and of its notes.
std::string step_why(const assessment::Assessment& assessment, const RoadmapPlan& plan, const RoadmapStep& step,
                     const Translate& translate = {});

}  // namespace socle::scoring
