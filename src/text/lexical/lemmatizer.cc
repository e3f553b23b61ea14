#include "dossier/text/lemmatizer.h"

#include <cstring>

#include "lexical_tables.h"

namespace dossier::text {
namespace {

using lexical::kLemmaKeys;

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's detachment rules (morph.c), in its order: the first candidate
// that is a lemma of the class wins. The last verb rule ("-ied" -> "-y")
// is ours: verb.exc lists most "-ied" past tenses, this catches the rest.
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""}, {"ed", "e"},
                               {"ed", ""},  {"ing", "e"}, {"ing", ""}, {"ied", "y"}};
constexpr Rule kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Longer words are not inflected dictionary words; they skip the rules.
constexpr size_t kMaxWord = 64;

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool InClass(int32_t key, WordClass cls) {
  return key >= 0 && ((lexical::kLemmaClasses[key] >> static_cast<unsigned>(cls)) & 1u) != 0;
}

template <size_t N>
std::string_view ApplyRules(std::string_view word, const Rule (&rules)[N], WordClass cls) {
  if (word.size() > kMaxWord) return {};
  char buf[kMaxWord + 8];
  for (const Rule& r : rules) {
    if (word.size() <= r.suffix.size() || !EndsWith(word, r.suffix)) continue;
    const size_t stem = word.size() - r.suffix.size();
    std::memcpy(buf, word.data(), stem);
    std::memcpy(buf + stem, r.ending.data(), r.ending.size());
    const std::string_view candidate(buf, stem + r.ending.size());
    const int32_t key = kLemmaKeys.Find(candidate);
    // The view returned is the table's copy, not the stack buffer.
    if (InClass(key, cls)) return kLemmaKeys.Key(static_cast<uint32_t>(key));
  }
  return {};
}

std::string_view RulesFor(std::string_view word, WordClass cls) {
  switch (cls) {
    case WordClass::kNoun:
      return ApplyRules(word, kNounRules, cls);
    case WordClass::kVerb:
      return ApplyRules(word, kVerbRules, cls);
    case WordClass::kAdjective:
      return ApplyRules(word, kAdjectiveRules, cls);
    case WordClass::kAdverb:
      break;
  }
  return {};
}

}  // namespace

std::string_view Lemmatizer::Lemma(std::string_view word, WordClass cls) const {
  if (word.empty()) return word;
  const int32_t key = kLemmaKeys.Find(word);
  if (key >= 0 && static_cast<uint32_t>(key) < lexical::kLemmaExceptionKeyCount) {
    const uint32_t ref = lexical::kLemmaExceptions[static_cast<uint32_t>(key) * 4 +
                                                   static_cast<unsigned>(cls)];
    if (ref != 0) return {kLemmaKeys.blob + (ref >> 8), ref & 0xffu};
  }
  if (cls == WordClass::kAdverb) return word;  // adverbs: exceptions only
  if (cls == WordClass::kNoun) {
    // "spoonsful" -> "spoonful": the rules work on the part before "-ful".
    if (EndsWith(word, "ful") && word.size() <= kMaxWord) {
      std::string_view base = RulesFor(word.substr(0, word.size() - 3), cls);
      if (base.empty()) return word;
      char buf[kMaxWord + 8];
      std::memcpy(buf, base.data(), base.size());
      std::memcpy(buf + base.size(), "ful", 3);
      const int32_t full = kLemmaKeys.Find({buf, base.size() + 3});
      return InClass(full, cls) ? kLemmaKeys.Key(static_cast<uint32_t>(full)) : word;
    }
    // "glass", "boss", "us": no rule may strip their final s.
    if (EndsWith(word, "ss") || word.size() <= 2) return word;
  }
  std::string_view lemma = RulesFor(word, cls);
  return lemma.empty() ? word : lemma;
}

bool Lemmatizer::IsLemma(std::string_view word, WordClass cls) const {
  return !word.empty() && InClass(kLemmaKeys.Find(word), cls);
}

}  // namespace dossier::text
