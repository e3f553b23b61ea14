// Fuzzes the PETRARCH verb dictionary reader (user-supplied dictionaries)
// and the PETRARCH-1 validation records reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/code/petrarch_verbs.h"
#include "dossier/eval/petrarch_validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dossier::code::EventPatterns patterns;
  dossier::code::PetrarchVerbStats stats;
  (void)dossier::code::ReadPetrarchVerbs(text, "fuzz.verbs.txt", patterns, stats);
  patterns.Finish();
  (void)dossier::ReadValidationSuite(text, "fuzz.xml");
  return 0;
}
