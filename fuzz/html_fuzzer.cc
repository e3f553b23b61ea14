// Fuzzes the HTML path: nesting limiter, parser adapter, extractor, metadata.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/clean/html_cleaner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto lexicon = dossier::BoilerplateLexicon::LoadDefault();
  if (!lexicon.ok()) return 0;
  static const dossier::HtmlCleaner cleaner(*lexicon);
  auto cleaned = cleaner.Clean(std::string_view(reinterpret_cast<const char*>(data), size));
  (void)cleaned;
  return 0;
}
