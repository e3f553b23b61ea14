// dossier: the command-line entry point. Dispatches to apps/cli/.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/terminal.h"

namespace {

constexpr const char* kUsage =
    "Usage: dossier COMMAND [ARGS...]\n\n"
    "Turns news reports into source-traced dossiers.\n\n"
    "Commands:\n"
    "  analyze INPUT...   read, clean and store articles; write the JSON dossier\n"
    "  ingest INPUT...    read, clean and store articles only\n"
    "  extract INPUT...   print the main text of each document (--jsonl for JSON)\n"
    "  search QUERY       full-text search of the stored articles\n"
    "  code SENTENCE      show the entities (with actor codes) of one sentence\n"
    "  entities INPUT...  list the entities recognised in documents\n"
    "  bench BENCHMARK    run a benchmark and print its numbers\n\n"
    "Run `dossier COMMAND --help` for a command's options.\n"
    "Exit codes: 0 ok, 1 some inputs rejected, 2 usage error, 3 failure.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace dossier::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    fmt::print("{}", kUsage);
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    fmt::print("dossier {}\n", DOSSIER_VERSION);
    return kExitOk;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "analyze") return RunAnalyze(args);
  if (command == "ingest") return RunIngest(args);
  if (command == "extract") return RunExtract(args);
  if (command == "search") return RunSearch(args);
  if (command == "bench") return RunBench(args);
  if (command == "code") return RunCode(args);
  if (command == "entities") return RunEntities(args);
  fmt::print(stderr, "dossier: error: unknown command '{}'\n\n{}", command, kUsage);
  return kExitUsage;
}
