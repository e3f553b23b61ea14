// Event patterns: verb and noun patterns that map clauses to CAMEO codes
// (data/events/, format in docs/event-patterns.md), compiled for lookup by
// the verb's or the noun's lemma.
#ifndef DOSSIER_CODE_EVENT_PATTERNS_H_
#define DOSSIER_CODE_EVENT_PATTERNS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/code/cameo_codes.h"
#include "dossier/code/clause_parser.h"
#include "dossier/code/coding.h"
#include "dossier/core/status.h"

namespace dossier::code {

// One element of a pattern after (or before) its verb.
struct PatternElement {
  // kIgo: the target slot, restricted to a phrase naming an international
  // organisation ("leave the alliance" must not match "leave the city").
  enum class Kind : uint8_t { kWords, kSource, kTarget, kWeapon, kCompound, kIgo };
  Kind kind = Kind::kWords;
  bool adjacent = false;           // must follow the previous element directly
  std::vector<std::string> words;  // lemmas, for kWords (synsets expanded)
};

struct VerbPattern {
  std::string code;                    // CAMEO code; "---" codes nothing (a blocking pattern)
  std::string paired_code;             // TABARI's [A:B]: a second event, target and source swapped
  std::string verb;                    // the verb's lemma ("supply"); multi-word verbs keep "_"
  std::vector<PatternElement> before;  // between the subject and the verb, in order
  bool verb_joined = false;            // the last of `before` directly precedes the verb
  std::vector<PatternElement> after;
  uint16_t specificity = 0;            // words matched besides the verb
  std::string where;                   // "patterns/aid.tsv:12"
  std::string text;                    // the pattern as written
  bool HasTarget() const;
  bool HasSourceAfter() const;
};

struct NounPattern {
  std::string code;
  std::vector<std::string> nouns;
  bool source_possessive = false, source_adjective = false;
  std::vector<std::string> source_preps, target_preps;
  std::string where;
};

// A governing word and the modality it gives to what it governs.
struct ModalityCue {
  enum class Kind : uint8_t { kGovern, kAdverb, kModal, kReport };
  Kind kind = Kind::kGovern;
  Modality modality = Modality::kAsserted;
};

// What EventPatterns::Load reads besides cameo.tsv, synsets.tsv and
// modality.tsv; without them the patterns come only from Add* (a PETRARCH
// verb dictionary run on its own, as its validation suite wants).
struct PatternParts {
  bool verb_patterns = true;  // patterns/*.tsv
  bool noun_patterns = true;  // nouns.tsv
  // intent.tsv's planned and threatened codes. Off for a PETRARCH verb
  // dictionary run on its own: its patterns spell out intent themselves
  // ("WILL NOT *"), and recoding on top would read it twice.
  bool intent_recoding = true;
};

// Immutable after loading; safe to share between threads.
class EventPatterns {
 public:
  // Loads data/events under `dir`: cameo.tsv, synsets.tsv, modality.tsv,
  // nouns.tsv and every patterns/*.tsv in name order. Errors: kNotFound,
  // kCorruptInput naming the file and line (unknown CAMEO code, unknown
  // synset, a pattern without a verb, a bad modality).
  static Result<EventPatterns> Load(const std::string& dir, PatternParts parts = {});

  // Adds one verb pattern ("$ supply &WEAPON to +") under `code`; `where`
  // names its origin for error messages and for `dossier code`.
  Status AddVerbPattern(std::string_view code, std::string_view pattern, std::string where);
  // Adds a synset (name without '&', lemmas).
  void AddSynset(std::string name, std::vector<std::string> words);

  // Patterns of a verb lemma, most specific first; empty when none.
  const std::vector<VerbPattern>& ForVerb(std::string_view lemma) const;
  const std::vector<const NounPattern*>& ForNoun(std::string_view lemma) const;
  // The words of a word set, nullptr when there is no such set.
  const std::vector<std::string>* Synset(std::string_view name) const {
    auto it = synsets_.find(std::string(name));
    return it == synsets_.end() ? nullptr : &it->second;
  }
  // nullptr when the word carries no modality of that kind.
  const ModalityCue* Cue(std::string_view lemma) const;

  // The code a planned or threatened event takes (intent.tsv: "will lift"
  // is 035x, "threatened to attack" 138x); `code` itself when none applies
  // or PatternParts::intent_recoding was off.
  std::string_view RecodeFor(std::string_view code, Modality modality) const;
  // The demand for an event ("Y must release them" said by X: X demands of
  // Y a release, 1053); 100 when intent.tsv names none.
  std::string_view DemandFor(std::string_view code) const;

  const CameoCodes& cameo() const { return cameo_; }
  CameoCodes& mutable_cameo() { return cameo_; }
  size_t verb_pattern_count() const;
  size_t noun_pattern_count() const { return nouns_.size(); }
  // Call after the last Add*: orders each verb's patterns.
  void Finish();

 private:
  Status LoadPatternFile(const std::string& path, const std::string& where);
  Status LoadNouns(const std::string& path, const std::string& where);
  Status LoadSynsets(const std::string& path);
  Status LoadModality(const std::string& path);
  Status LoadIntent(const std::string& path);

  CameoCodes cameo_;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::unordered_map<std::string, std::vector<VerbPattern>> verbs_;
  std::vector<NounPattern> nouns_;
  std::unordered_map<std::string, std::vector<const NounPattern*>> noun_index_;
  std::unordered_map<std::string, ModalityCue> cues_;
  // Code prefix -> what it becomes planned, threatened or demanded ("" keeps
  // the code, or is 100 for a demand).
  struct Recode {
    std::string planned, threatened, demanded;
  };
  std::unordered_map<std::string, Recode> recode_;
  bool intent_recoding_ = true;
};

// The word classes the clause parser takes from the patterns' word sets
// (&OBJECT_CONTROL, &ISSUE_VERB, &DOCUMENT_NOUN). The result points into
// `patterns`, which must outlive it.
ClauseParser::Lexicon ParserLexicon(const EventPatterns& patterns);

}  // namespace dossier::code

#endif  // DOSSIER_CODE_EVENT_PATTERNS_H_
