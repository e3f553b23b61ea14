// Fuzzes the plain-text cleaner and the article builder around it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dossier/pipeline/article_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto lexicon = dossier::BoilerplateLexicon::LoadDefault();
  if (!lexicon.ok()) return 0;
  static const dossier::ArticleBuilder builder(*lexicon);
  dossier::RawDocument doc;
  doc.path = "fuzz.txt";
  doc.body.assign(reinterpret_cast<const char*>(data), size);
  auto article = builder.Build(doc);
  (void)article;
  return 0;
}
