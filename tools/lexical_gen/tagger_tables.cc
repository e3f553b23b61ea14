#include "tagger_tables.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "lexical_tables.h"
#include "tag_counts.h"
#include "table_writer.h"

namespace dossier::lexical_gen {
namespace {

using text::kPosCount;
using text::Pos;
using Dist = std::array<double, kPosCount>;  // indexed by Pos

// Words seen at most this often train the suffix guesser: unknown words
// behave like rare words (mostly open-class), not like "the" or "of".
constexpr double kRareCount = 10;
constexpr size_t kMaxSuffix = 5;
constexpr double kMinSuffixCount = 8;  // fewer tokens: the shorter suffix decides
constexpr double kSuffixSmoothing = 5;  // pseudo-counts drawn from the shorter suffix
// Unseen tag bigrams are unlikely, not impossible.
constexpr double kTransitionFloor = 1e-6;

// Entries of one TagTable: per key, tags with log P(tag | key).
struct TagEntries {
  std::vector<std::string> keys;
  std::vector<uint32_t> first{0};
  std::vector<uint8_t> tags;
  std::vector<float> log_prob;
  std::vector<uint32_t> count;

  // `counts` need not be normalised. Tags below `min_p` are dropped, and a
  // tag seen once is only kept when it is a sizeable share: single stray
  // annotations ("the" as NNP) would otherwise open wrong paths.
  void Add(const std::string& key, const Dist& counts, double min_p, bool drop_singletons) {
    double total = 0;
    for (double c : counts) total += c;
    std::vector<std::pair<double, Pos>> kept;
    for (size_t t = 1; t < kPosCount; ++t) {
      double p = counts[t] / total;
      if (counts[t] <= 0 || p < min_p) continue;
      if (drop_singletons && counts[t] < 2 && p < 0.1) continue;
      kept.emplace_back(p, static_cast<Pos>(t));
    }
    if (kept.empty()) {  // everything pruned: keep the best one
      size_t best = static_cast<size_t>(std::max_element(counts.begin() + 1, counts.end()) - counts.begin());
      kept.emplace_back(counts[best] / total, static_cast<Pos>(best));
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (kept.size() > static_cast<size_t>(text::lexical::kMaxTagsPerWord)) {
      kept.resize(text::lexical::kMaxTagsPerWord);
    }
    keys.push_back(key);
    count.push_back(static_cast<uint32_t>(std::min(total, 4e9)));
    for (const auto& [p, tag] : kept) {
      tags.push_back(static_cast<uint8_t>(tag));
      log_prob.push_back(static_cast<float>(std::log(p)));
    }
    first.push_back(static_cast<uint32_t>(tags.size()));
  }
};

Dist ToDist(const TagValues& values) {
  Dist d{};
  for (const auto& [tag, v] : values) d[static_cast<size_t>(tag)] += v;
  return d;
}

double Sum(const Dist& d) {
  double s = 0;
  for (double v : d) s += v;
  return s;
}

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "~" for lower-case words, "^" for capitalised ones, "" for anything else
// (digits, hyphens, all capitals), which the suffix guesser ignores.
std::string_view SuffixModel(std::string_view w) {
  if (w.size() < 3) return "";
  bool cap = IsUpper(w[0]);
  if (!cap && !IsLower(w[0])) return "";
  for (char c : w.substr(1)) {
    if (!IsLower(c)) return "";
  }
  return cap ? "^" : "~";
}

// Suffix statistics of rare words, each suffix smoothed towards the next
// shorter one so that a suffix seen a few times does not overrule it.
void AddSuffixGuesses(const std::map<std::string, TagValues>& words, TagEntries* out) {
  std::map<std::string, Dist> counts;  // "~ing" -> tag counts
  for (const auto& [word, values] : words) {
    Dist d = ToDist(values);
    if (Sum(d) > kRareCount) continue;
    std::string_view model = SuffixModel(word);
    if (model.empty()) continue;
    for (size_t len = 0; len <= kMaxSuffix && len + 2 <= word.size(); ++len) {
      std::string key(model);
      for (char c : std::string_view(word).substr(word.size() - len)) {
        key += static_cast<char>(IsUpper(c) ? c - 'A' + 'a' : c);
      }
      Dist& slot = counts[key];
      for (size_t t = 0; t < kPosCount; ++t) slot[t] += d[t];
    }
  }
  // Shorter keys first, so each parent is smoothed before its children.
  std::vector<const std::string*> order;
  for (const auto& [key, d] : counts) order.push_back(&key);
  std::stable_sort(order.begin(), order.end(),
                   [](const std::string* a, const std::string* b) { return a->size() < b->size(); });
  std::map<std::string, Dist> smoothed;
  for (const std::string* key : order) {
    const Dist& c = counts[*key];
    const double n = Sum(c);
    if (key->size() > 1 && n < kMinSuffixCount) continue;
    Dist p{};
    if (key->size() == 1) {
      for (size_t t = 0; t < kPosCount; ++t) p[t] = c[t] / n;
    } else {
      const Dist& parent = smoothed.at(key->substr(0, 1) + key->substr(2));
      for (size_t t = 0; t < kPosCount; ++t) {
        p[t] = (c[t] + kSuffixSmoothing * parent[t]) / (n + kSuffixSmoothing);
      }
    }
    smoothed[*key] = p;
    Dist tokens = p;  // probabilities scaled back to the suffix's token count
    for (double& v : tokens) v *= n;
    out->Add(*key, tokens, 0.005, /*drop_singletons=*/false);
  }
}

void WriteTagTable(CppWriter& w, std::string_view prefix, std::string_view name,
                   const TagEntries& e, std::string* error, bool* ok) {
  BuiltKeys built;
  if (!BuildKeys(e.keys, &built, error)) {
    *ok = false;
    return;
  }
  const std::string p(prefix);
  w.Keys(p, built, "");
  w.U32Array(p + "First", e.first);
  w.U8Array(p + "Tags", e.tags);
  w.FloatArray(p + "LogProb", e.log_prob);
  w.U32Array(p + "Count", e.count);
  w.Raw("const TagTable " + std::string(name) + " = {{" + p + "Blob, " + p + "Ends, " + p +
        "Slots, " + std::to_string(built.slots.size()) + ", " +
        std::to_string(e.keys.size()) + "}, " + p + "First, " + p + "Tags, " + p +
        "LogProb, " + p + "Count};\n\n");
}

}  // namespace

bool GenerateTaggerTables(const std::string& tagger_dir, std::string* source,
                          std::string* error) {
  std::map<std::string, TagValues> words, transitions, unknown;
  if (!ReadTagFile(tagger_dir + "/words.yml", &words, error) ||
      !ReadTagFile(tagger_dir + "/tags.yml", &transitions, error) ||
      !ReadTagFile(tagger_dir + "/unknown.yml", &unknown, error)) {
    return false;
  }

  TagEntries lexicon;
  Dist tag_totals{};
  for (const auto& [word, values] : words) {
    Dist d = ToDist(values);
    for (size_t t = 0; t < kPosCount; ++t) tag_totals[t] += d[t];
    lexicon.Add(word, d, 0.001, /*drop_singletons=*/true);
  }

  // The shape classes the tagger asks for by name (src/text/lexical/word_guess.cc).
  for (const char* cls : {"-abr-", "-cap-", "-hyp-", "-hyp-adj-", "-sym-", "-unknown-"}) {
    if (!unknown.count(cls)) {
      *error = tagger_dir + "/unknown.yml: no entry for " + cls;
      return false;
    }
  }
  TagEntries guesses;
  for (const auto& [cls, values] : unknown) guesses.Add(cls, ToDist(values), 0.001, false);
  AddSuffixGuesses(words, &guesses);

  std::vector<float> prior(kPosCount);
  const double all = Sum(tag_totals);
  for (size_t t = 0; t < kPosCount; ++t) {
    prior[t] = static_cast<float>(std::log(std::max(tag_totals[t] / all, 1e-6)));
  }
  std::vector<float> matrix(kPosCount * kPosCount,
                            static_cast<float>(std::log(kTransitionFloor)));
  for (const auto& [from_name, row] : transitions) {
    Pos from = DataTagOf(from_name);
    if (from == Pos::kNone) {
      *error = tagger_dir + "/tags.yml: unknown tag '" + from_name + "'";
      return false;
    }
    for (const auto& [to, p] : row) {
      matrix[static_cast<size_t>(from) * kPosCount + static_cast<size_t>(to)] =
          static_cast<float>(std::log(std::max(p, kTransitionFloor)));
    }
  }

  source->clear();
  CppWriter w(source);
  w.Raw("// Generated by tools/lexical_gen from Lingua-EN-Tagger's data (" + tagger_dir +
        "). Do not edit.\n// " + std::to_string(lexicon.keys.size()) + " words, " +
        std::to_string(guesses.keys.size()) + " unknown-word guesses.\n"
        "#include \"lexical_tables.h\"\n\nnamespace dossier::text::lexical {\n\n");
  bool ok = true;
  WriteTagTable(w, "kLex", "kLexicon", lexicon, error, &ok);
  WriteTagTable(w, "kGuess", "kGuesses", guesses, error, &ok);
  if (!ok) return false;
  w.FloatArray("kTransitions", matrix, /*exported=*/true);
  w.FloatArray("kLogPrior", prior, /*exported=*/true);
  w.Raw("\n}  // namespace dossier::text::lexical\n");
  return true;
}

}  // namespace dossier::lexical_gen
