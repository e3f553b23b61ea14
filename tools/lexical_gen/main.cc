// dossier_lexical_gen: turns the Debian packages' lexical data into C++
// tables at build time (nothing from the data is committed).
//
//   dossier_lexical_gen --wordnet /usr/share/wordnet
//                       --tagger /usr/share/perl5/Lingua/EN/Tagger --out DIR
//
// writes DIR/lemma_tables.cc (WordNet 3.0) and DIR/tagger_tables.cc
// (Lingua-EN-Tagger). Files whose content did not change are not touched.
#include <cstdio>
#include <string>
#include <string_view>

#include "lemma_tables.h"
#include "table_writer.h"
#include "tagger_tables.h"

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "dossier_lexical_gen: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string wordnet, tagger, out;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view flag = argv[i];
    if (flag == "--wordnet") {
      wordnet = argv[i + 1];
    } else if (flag == "--tagger") {
      tagger = argv[i + 1];
    } else if (flag == "--out") {
      out = argv[i + 1];
    } else {
      return Fail("unknown flag " + std::string(flag));
    }
  }
  if (wordnet.empty() || tagger.empty() || out.empty() || argc % 2 == 0) {
    return Fail("usage: dossier_lexical_gen --wordnet DIR --tagger DIR --out DIR");
  }

  namespace gen = dossier::lexical_gen;
  std::string source, error;
  if (!gen::GenerateLemmaTables(wordnet, &source, &error) ||
      !gen::WriteIfChanged(out + "/lemma_tables.cc", source, &error)) {
    return Fail(error);
  }
  if (!gen::GenerateTaggerTables(tagger, &source, &error) ||
      !gen::WriteIfChanged(out + "/tagger_tables.cc", source, &error)) {
    return Fail(error);
  }
  return 0;
}
