// Fuzzes the boilerplate lexicon parser (user-editable data files).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/clean/boilerplate_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto lexicon = dossier::BoilerplateLexicon::Parse(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tsv");
  if (lexicon.ok()) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)lexicon->IsChromeLine(text);
    (void)lexicon->ClassWeight(text);
  }
  return 0;
}
