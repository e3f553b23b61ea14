// What the CLI shows on the terminal: issues, a progress bar, exit codes.
#ifndef DOSSIER_APPS_CLI_TERMINAL_H_
#define DOSSIER_APPS_CLI_TERMINAL_H_

#include <string>

#include "dossier/core/status.h"
#include "dossier/pipeline/analyzer.h"

namespace dossier::cli {

// Exit codes of every command.
enum ExitCode : int {
  kExitOk = 0,
  kExitPartial = 1,  // the run finished but some inputs were rejected
  kExitUsage = 2,    // bad command line
  kExitFailure = 3,  // the run could not complete (database, output, data)
};

// "dossier: error: <status>" on stderr.
void PrintError(const Status& status);
// "dossier: warning: <status>" on stderr, clearing a progress line first.
void PrintWarning(const Status& status);

// A one-line progress bar on stderr, drawn only when stderr is a terminal
// and at most ten times a second.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  void Update(const Progress& p);
  void Finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  double last_ = -1;
};

std::string HumanBytes(double bytes);

}  // namespace dossier::cli

#endif  // DOSSIER_APPS_CLI_TERMINAL_H_
