// A small command-line parser for the dossier commands: positional
// arguments and --flags (with a value or boolean), with --help text.
#ifndef DOSSIER_APPS_CLI_ARGS_H_
#define DOSSIER_APPS_CLI_ARGS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dossier/core/status.h"

namespace dossier::cli {

struct FlagSpec {
  std::string name;        // without "--"
  bool takes_value = true;
  std::string value_name;  // for help: FILE, DIR, N
  std::string help;
  std::string default_value;
};

class Args {
 public:
  // Parses argv (after the command word). Errors: kInvalidArgument naming an
  // unknown flag or a flag missing its value.
  static Result<Args> Parse(const std::vector<std::string>& argv,
                            const std::vector<FlagSpec>& specs);

  const std::vector<std::string>& positional() const { return positional_; }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name) const;
  // Errors: kInvalidArgument when the value is not a non-negative integer.
  Result<long long> GetInt(const std::string& name) const;

 private:
  std::vector<std::string> positional_;
  std::map<std::string, std::string> values_;
  std::map<std::string, std::string> defaults_;
};

// "  --json FILE     write ... (default: x)" lines for --help.
std::string FlagHelp(const std::vector<FlagSpec>& specs);

// The common start of every command: parses `argv` into `out`; prints
// `usage` followed by the flag help for --help; requires at least one
// positional argument named `positional` (e.g. "INPUT") unless it is empty.
// Returns the exit code to stop with, or nullopt to go on.
std::optional<int> ParseCommandLine(const std::vector<std::string>& argv,
                                    const std::vector<FlagSpec>& specs, const std::string& usage,
                                    const std::string& positional, Args& out);

}  // namespace dossier::cli

#endif  // DOSSIER_APPS_CLI_ARGS_H_
