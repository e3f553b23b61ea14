// The dossier sub-commands. Each takes the arguments after its name and
// returns an ExitCode; all printing happens here, never in the library.
#ifndef DOSSIER_APPS_CLI_COMMANDS_H_
#define DOSSIER_APPS_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace dossier::cli {

using Argv = std::vector<std::string>;

int RunAnalyze(const Argv& argv);
int RunIngest(const Argv& argv);
int RunExtract(const Argv& argv);
int RunSearch(const Argv& argv);
int RunBench(const Argv& argv);
int RunCode(const Argv& argv);
int RunEntities(const Argv& argv);

}  // namespace dossier::cli

#endif  // DOSSIER_APPS_CLI_COMMANDS_H_
