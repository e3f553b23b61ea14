// ClauseParser: a shallow parse of one sentence, enough to code events:
// noun phrases (with the entity mentions inside them), verb groups (voice,
// negation, modal), and for each verb its clause: subject, the verb that
// governs it ("said that ...", "agreed to ..."), and the stretch of tokens
// after it that belongs to it.
//
// Deterministic and linear in the sentence's length; no allocation once the
// output's vectors have grown. Stateless: one parser may serve all threads.
#ifndef DOSSIER_CODE_CLAUSE_PARSER_H_
#define DOSSIER_CODE_CLAUSE_PARSER_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/text/pos_tag.h"
#include "dossier/text/token.h"

namespace dossier::code {

inline constexpr int32_t kNoIndex = -1;

struct NounPhrase {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  uint32_t head = 0;            // last noun (or the pronoun)
  int32_t prep = kNoIndex;      // the preposition token governing it, if any
  bool coordinated = false;     // holds "and"/"or" between conjuncts
  bool pronoun = false;
};

enum class ClauseLink : uint8_t {
  kMain,         // a main clause
  kComplement,   // "said that ...", "reported ...": governed by a verb of saying or thinking
  kInfinitive,   // "agreed to supply": governed by the verb before
  kGerund,       // "accused of supplying", "by supplying"
  kCoordinate,   // "... and supplied": shares its subject with the verb before
  kRelative,     // "which supplied": its subject is the noun before
  kParticiple,   // "documents reviewed by X": a reduced relative, not a clause of its own
  kAdverbial,    // "after X supplied", "if X supplies"
};

struct VerbGroup {
  uint32_t first = 0, end = 0;  // tokens [first, end): auxiliaries, adverbs, the verb, a particle
  uint32_t head = 0;            // the main verb
  int32_t particle = kNoIndex;  // "off" in "called off"
  int32_t modal = kNoIndex;     // "will", "could"
  bool passive = false;
  bool negated = false;
  ClauseLink link = ClauseLink::kMain;
  int32_t governor = kNoIndex;  // verb group that governs this one
  int32_t subject = kNoIndex;   // noun phrase (inherited for infinitives and coordinates)
  int32_t subordinator = kNoIndex;  // "if", "after", "that": the token opening the clause
  uint32_t scope_end = 0;       // tokens [end, scope_end) belong to this verb's clause
};

struct SentenceParse {
  uint32_t first = 0, end = 0;      // the sentence's tokens
  std::vector<NounPhrase> phrases;  // in text order
  std::vector<VerbGroup> verbs;     // in text order
  std::vector<int32_t> phrase_at;   // per token (index - first): noun phrase or kNoIndex
  std::vector<int32_t> verb_at;     // per token: verb group or kNoIndex
  std::vector<uint8_t> as_verb;     // per token: a noun the parser reads as a verb
  void Clear() {
    phrases.clear();
    verbs.clear();
    phrase_at.clear();
    verb_at.clear();
    as_verb.clear();
  }
  int32_t PhraseAt(uint32_t token) const { return phrase_at[token - first]; }
  int32_t VerbAt(uint32_t token) const { return verb_at[token - first]; }
};

class ClauseParser {
 public:
  // Tells verbs whose that-clause or bare clause is a complement ("say",
  // "report", "show"), by lemma.
  using IsComplementVerb = std::function<bool(std::string_view lemma)>;
  using IsWord = std::function<bool(std::string_view lemma)>;
  // Word classes the linker needs, by lemma; an empty one is read as the
  // parser did before it existed (noted per member).
  struct Lexicon {
    // Verbs whose object is the subject of their infinitive ("urged Y
    // to", "allowed Y to"). After other verbs an infinitive says what the
    // subject did it for ("opened the bridge to allow"). Empty: every verb.
    IsWord object_control;
    // "issued a statement condemning X": verbs of issuing and nouns of a
    // text its issuer speaks through; the participle after such an object
    // is the issuer's act. Empty: none.
    IsWord issue_verb;
    IsWord document_noun;
  };

  ClauseParser() = default;
  explicit ClauseParser(Lexicon lexicon) : lexicon_(std::move(lexicon)) {}

  // `atom_end[i]`, when greater than i + 1, says tokens [i, atom_end[i]) name
  // one entity and stay inside one noun phrase (indexed by absolute token;
  // may be empty).
  void Parse(const text::AnalyzedText& text, uint32_t sentence,
             const std::vector<uint32_t>& atom_end, const IsComplementVerb& complement_verb,
             SentenceParse& out) const;

 private:
  void Chunk(const text::AnalyzedText& text, const std::vector<uint32_t>& atom_end,
             const IsComplementVerb& complement_verb, SentenceParse& out) const;
  void Link(const text::AnalyzedText& text, const IsComplementVerb& complement_verb,
            SentenceParse& out) const;
  bool IssuedDocumentBefore(const text::AnalyzedText& text, const SentenceParse& out,
                            const VerbGroup& issuer, uint32_t token) const;

  Lexicon lexicon_;
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_CLAUSE_PARSER_H_
