// Benchmarks of the text and recognize stages: speed on the ECB+ text and
// start-up time, and actor coverage on the PLOVER gold records.
#ifndef DOSSIER_EVAL_RECOGNIZE_BENCHMARKS_H_
#define DOSSIER_EVAL_RECOGNIZE_BENCHMARKS_H_

#include <string>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier {

struct RecognizeSpeed {
  size_t documents = 0;
  size_t bytes = 0;
  size_t tokens = 0;
  size_t mentions = 0;
  double seconds = 0;             // text + recognize over all documents, best of the rounds
  std::vector<double> load_ms;    // engine start-up, one per load
};

// Loads the engine `loads` times (start-up), then runs text + recognize over
// every ECB+ document `rounds` times on one thread.
Result<RecognizeSpeed> RunRecognizeSpeed(const EngineOptions& options, const std::string& ecb_dir,
                                         int loads, int rounds);

struct ActorCoverage {
  size_t actors = 0;      // source and target actors with an ISO country code
  size_t covered = 0;     // an entity overlapping the actor text has that country
  size_t not_located = 0; // the actor text is not in the sentence (counted as misses)
  size_t skipped_codes = 0;  // actors whose code is not an ISO alpha-3 country (IGO, JAP, ...)
  std::vector<std::string> misses;  // "ID: actor text (CODE) -> what was found"
};

// For each PLOVER gold record: runs the engine on its text at its date and
// checks every source and target actor with a country code.
Result<ActorCoverage> RunPloverActorCoverage(const RecognitionEngine& engine,
                                             const std::string& gold_json);

}  // namespace dossier

#endif  // DOSSIER_EVAL_RECOGNIZE_BENCHMARKS_H_
