// Flags shared by the commands that recognise entities: where the data and
// the user's knowledge files are.
#ifndef DOSSIER_APPS_CLI_ENGINE_FLAGS_H_
#define DOSSIER_APPS_CLI_ENGINE_FLAGS_H_

#include <memory>
#include <vector>

#include "cli/args.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier::cli {

// --kb PATH[,PATH...], --petrarch DIR, --petrarch-verbs FILE[,FILE...], --data DIR.
std::vector<FlagSpec> EngineFlags();

// Loads the engine as the flags say; prints the error and returns null on failure.
std::unique_ptr<RecognitionEngine> LoadEngine(const Args& args);

}  // namespace dossier::cli

#endif  // DOSSIER_APPS_CLI_ENGINE_FLAGS_H_
