#pragma once
// Every socle-cli command: takes its arguments (after the command name) and
// returns the process exit code (see ExitCode in cli_args.h).
#include <string>
#include <vector>

namespace socle::cli {

using CommandArgs = std::vector<std::string>;

int run_frameworks(const CommandArgs& args);
int run_validate(const CommandArgs& args);
int run_show(const CommandArgs& args);
int run_new(const CommandArgs& args);
int run_import_votes(const CommandArgs& args);
int run_score(const CommandArgs& args);
int run_roadmap(const CommandArgs& args);
int run_export(const CommandArgs& args);
int run_report(const CommandArgs& args);
int run_compare(const CommandArgs& args);
int run_anonymise(const CommandArgs& args);
int run_merge(const CommandArgs& args);
int run_systems(const CommandArgs& args);
int run_room(const CommandArgs& args);
int run_practices(const CommandArgs& args);
int run_training(const CommandArgs& args);
int run_translate(const CommandArgs& args);
int run_migrate(const CommandArgs& args);
int run_xlsform(const CommandArgs& args);
int run_sheets(const CommandArgs& args);
int run_evidence(const CommandArgs& args);

}  // namespace socle::cli
