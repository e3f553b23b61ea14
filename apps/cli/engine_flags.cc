#include "cli/engine_flags.h"

#include "cli/terminal.h"

namespace dossier::cli {

std::vector<FlagSpec> EngineFlags() {
  return {
      {"kb", true, "PATH[,PATH]", "extra knowledge files or folders (docs/knowledge-base.md)", ""},
      {"petrarch", true, "DIR", "also load PETRARCH/Phoenix actor and agent dictionaries", ""},
      {"petrarch-verbs", true, "FILE[,FILE]",
       "also load PETRARCH verb dictionaries (CAMEO.2.0.txt) after our patterns", ""},
      {"petrarch-first", false, "",
       "the PETRARCH codes, agents and verbs replace ours (as in bench petrarch-validation)", ""},
      {"data", true, "DIR", "the data folder (default: $DOSSIER_DATA_DIR or the installed one)", ""},
  };
}

std::unique_ptr<RecognitionEngine> LoadEngine(const Args& args) {
  EngineOptions options;
  options.data_dir = args.Get("data");
  options.petrarch_dir = args.Get("petrarch");
  if (args.Has("petrarch-first")) {
    options.petrarch_codes_first = true;
    options.own_event_patterns = false;
  }
  auto split = [](const std::string& list, std::vector<std::string>& out) {
    for (size_t start = 0; start < list.size();) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) out.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  };
  split(args.Get("kb"), options.kb_paths);
  split(args.Get("petrarch-verbs"), options.petrarch_verbs);
  auto engine = RecognitionEngine::Load(options);
  if (!engine.ok()) {
    PrintError(engine.status());
    return nullptr;
  }
  // User files can bring many conflicts; show a few and the count.
  const auto& warnings = (*engine)->kb().warnings();
  for (size_t i = 0; i < warnings.size() && i < 5; ++i)
    PrintWarning(Status(StatusCode::kCorruptInput, warnings[i].where + ": " + warnings[i].message));
  if (warnings.size() > 5)
    PrintWarning(Status(StatusCode::kCorruptInput,
                        std::to_string(warnings.size()) +
                            " knowledge-base warnings in all (aliases with two meanings)"));
  return std::move(engine).value();
}

}  // namespace dossier::cli
