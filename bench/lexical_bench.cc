// Throughput of the lexical layer: PosTagger::Tag (tokens per second) and
// Lemmatizer::Lemma (lemmas per second) on the words of examples/text/*.txt.
//
// The text is cut simply: runs of letters, digits, apostrophes and inner
// hyphens or full stops are words, other characters are one-character
// tokens, and ". ! ?" end a sentence. Lemma() gets each word lower-cased in
// the class its tag gives (the mix the text stage produces), and again in
// all four classes (every class's rules, exceptions and misses).
// Run: build/bench/lexical_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/text/lemmatizer.h"
#include "dossier/text/pos_tagger.h"

namespace {

namespace fs = std::filesystem;
using dossier::text::Lemmatizer;
using dossier::text::Pos;
using dossier::text::PosTagger;
using dossier::text::WordClass;

bool WordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '\'' || u >= 0x80;
}

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;
  std::vector<std::string> lower_words;              // storage for the pairs below
  std::vector<std::pair<size_t, WordClass>> tagged;  // index into lower_words
};

void Split(std::string_view text, Corpus& c) {
  std::vector<std::string_view> sentence;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() &&
           (WordByte(text[j]) || ((text[j] == '-' || text[j] == '.') && j > i &&
                                  j + 1 < text.size() && WordByte(text[j + 1])))) {
      ++j;
    }
    if (j == i) j = i + 1;
    const std::string_view token = text.substr(i, j - i);
    sentence.push_back(token);
    if (token == "." || token == "!" || token == "?" || text[i] == '\n') {
      c.tokens += sentence.size();
      c.sentences.push_back(std::move(sentence));
      sentence.clear();
    }
    i = j;
  }
  if (!sentence.empty()) {
    c.tokens += sentence.size();
    c.sentences.push_back(std::move(sentence));
  }
}

const Corpus& Examples() {
  static const Corpus corpus = [] {
    Corpus c;
    fs::path dir = fs::path(DOSSIER_EXAMPLES_DIR) / "text";
    if (!fs::is_directory(dir)) return c;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f);
      std::stringstream ss;
      ss << in.rdbuf();
      c.texts.push_back(ss.str());
    }
    for (const auto& t : c.texts) Split(t, c);
    PosTagger tagger;
    for (const auto& s : c.sentences) {
      std::vector<Pos> tags(s.size());
      tagger.Tag(s, tags);
      for (size_t i = 0; i < s.size(); ++i) {
        auto cls = dossier::text::WordClassOf(tags[i]);
        if (!cls) continue;
        std::string lower(s[i]);
        for (char& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
        c.lower_words.push_back(std::move(lower));
        c.tagged.emplace_back(c.lower_words.size() - 1, *cls);
      }
    }
    return c;
  }();
  return corpus;
}

void BM_Tag(benchmark::State& state) {
  const Corpus& c = Examples();
  if (c.sentences.empty()) {
    state.SkipWithError("examples/text/*.txt not found");
    return;
  }
  PosTagger tagger;
  std::vector<Pos> tags(1024);
  for (auto _ : state) {
    for (const auto& s : c.sentences) {
      tagger.Tag(s, std::span<Pos>(tags).first(std::min(s.size(), tags.size())));
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
  state.counters["tokens"] = static_cast<double>(c.tokens);
}

void BM_LemmaTagged(benchmark::State& state) {
  const Corpus& c = Examples();
  if (c.tagged.empty()) {
    state.SkipWithError("examples/text/*.txt not found");
    return;
  }
  Lemmatizer lemmatizer;
  for (auto _ : state) {
    for (const auto& [word, cls] : c.tagged) {
      benchmark::DoNotOptimize(lemmatizer.Lemma(c.lower_words[word], cls));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tagged.size()));
}

void BM_LemmaAllClasses(benchmark::State& state) {
  const Corpus& c = Examples();
  if (c.lower_words.empty()) {
    state.SkipWithError("examples/text/*.txt not found");
    return;
  }
  Lemmatizer lemmatizer;
  constexpr WordClass kClasses[] = {WordClass::kNoun, WordClass::kVerb, WordClass::kAdjective,
                                    WordClass::kAdverb};
  for (auto _ : state) {
    for (const auto& word : c.lower_words) {
      for (WordClass cls : kClasses) benchmark::DoNotOptimize(lemmatizer.Lemma(word, cls));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.lower_words.size() * 4));
}

BENCHMARK(BM_Tag)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LemmaTagged)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LemmaAllClasses)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
