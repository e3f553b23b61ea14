// Fuzzes the WARC reader through DocumentReader::ReadStream.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "dossier/ingest/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  dossier::ReadOptions options;
  options.max_article_bytes = 1 << 16;
  dossier::DocumentReader reader(options);
  dossier::Status status = reader.ReadStream(in, "fuzz.warc", dossier::InputFormat::kWarc,
                                    [](dossier::RawDocument&&) {}, [](const dossier::Status&) {});
  (void)status;
  return 0;
}
