// Internals of the ContradictionFinder: the cue lexicon of
// data/corroborate/, the story being read, and the claim board every slot
// fills. Not a public header.
#ifndef DOSSIER_SRC_CORROBORATE_CONTRADICTION_CONTEXT_H_
#define DOSSIER_SRC_CORROBORATE_CONTRADICTION_CONTEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/corroborate/story_dossier.h"

namespace dossier::kb {
class KnowledgeBase;
}

namespace dossier::corroborate::contra {

struct SystemKind {
  std::string parent;  // empty for a root kind
  std::string label;   // "a counter-drone system"
};

struct ReciprocalAct {
  std::string cameo;    // code or prefix
  std::string trigger;  // start of the trigger word, empty for any
  std::string phrase;   // "recalled an ambassador"
};

struct WeightedCue {
  std::string words;
  int weight = 0;
};

struct StatusAction {
  std::string key;                 // "leave"
  std::vector<std::string> stems;  // "withdraw", "left", ...
  std::vector<std::string> nouns;  // "withdrawal", "exit", ...
  std::string done, planned;       // how claims say it
  std::string part_of;             // done, this act is only part of that one
  std::string partial;             // how claims say this act is only partly done
};

// What a clause says of a membership act.
enum class ActStage : uint8_t { kDone, kPlanned, kPartial, kNotDone };

enum class Qualifier : uint8_t { kMore, kLeast, kMost, kLess, kAbout };

struct NumberWord {
  double value = 0, low = 0, high = 0;
};

struct Lexicon {
  std::unordered_map<std::string, SystemKind> kinds;
  std::vector<std::pair<std::string, std::string>> kind_phrases;  // longest first
  std::vector<std::pair<std::string, std::string>> kind_overlaps;
  std::vector<ReciprocalAct> acts;
  std::vector<WeightedCue> order_cues;
  std::vector<StatusAction> status_actions;
  std::vector<std::string> settled_codes;
  std::vector<std::string> recurrent_codes;  // event types the date slot skips
  std::vector<std::string> past_words;    // "left", "withdrew"
  std::unordered_map<std::string, std::vector<std::string>> status_cues;  // kind -> words
  std::unordered_map<std::string, NumberWord> number_words;
  std::vector<std::pair<std::string, Qualifier>> qualifiers;  // longest first
  std::unordered_map<std::string, std::string> counted;       // noun -> its group's first noun

  static Result<Lexicon> Load(const std::string& dir);
  const std::vector<std::string>& Cues(const std::string& kind) const;
  // True when a system of kind `a` may also be called `b`.
  bool KindsAgree(std::string_view a, std::string_view b) const;
  bool IsAncestor(std::string_view ancestor, std::string_view kind) const;
};

// A closed range of values a quantity allows.
struct Quantity {
  double low = 0, high = 0;
  bool Overlaps(const Quantity& o) const { return low <= o.high && o.low <= high; }
};

// One article stating one value of one slot.
struct Stated {
  std::string key;    // values with equal keys are one claim
  std::string value;  // Claim::value
  uint32_t article = 0;
  std::vector<FactMention> places;
};

// The story being read and helpers shared by the slots.
struct StoryView {
  const StoryDossier& dossier;
  const Lexicon& lexicon;
  const kb::KnowledgeBase* kb;

  const story::ArticleFacts& Article(uint32_t i) const { return *dossier.articles[i]; }
  uint32_t size() const { return static_cast<uint32_t>(dossier.articles.size()); }
  // Who speaks in article `i`: its original's outlet (else the original's index).
  std::string OutletOf(uint32_t i) const;
  // The party an actor stands for: its country for country-based codes
  // ("BLRGOV" -> "BLR"), else its code, else its name; empty when none.
  std::string PartyOf(const code::Actor& actor) const;
  // A party's name for claims ("Belarus"); `fallback` when the kb has none.
  std::string PartyName(const std::string& party, const std::string& fallback) const;
  bool IsOrganisation(const code::Actor& actor) const;
  FactMention Place(uint32_t article, uint32_t begin, uint32_t end) const;
};

// Groups statements by key into claims (first-seen order). Returns the
// claims when at least two of them come from different outlets, else none.
std::vector<Claim> ClaimsInDispute(const StoryView& story, const std::vector<Stated>& stated);

// Keeps only claims that conflict with another claim by a different outlet,
// given which value keys conflict.
template <typename Conflict>
std::vector<Claim> ConflictingClaims(const StoryView& story, const std::vector<Stated>& stated,
                                     Conflict conflicts);

// Lower-case ASCII copy; other bytes unchanged.
std::string Lower(std::string_view text);
// Whether `words` occurs in `text` (both lower case) at word boundaries.
bool HasPhrase(std::string_view text, std::string_view words);
// ISO range overlap ("2020" and "2018".."2022" overlap); nullopt when unparsable.
std::optional<bool> DatesOverlap(const std::string& s1, const std::string& e1,
                                 const std::string& s2, const std::string& e2);
// The quantity a phrase states ("more than a dozen", "15", "two batteries").
std::optional<Quantity> ParseQuantity(const Lexicon& lexicon, std::string_view phrase);

// The slots, each appending its contradictions.
void FindSystemContradictions(const StoryView& story, std::vector<Contradiction>& out);
void FindOrderContradictions(const StoryView& story, std::vector<Contradiction>& out);
void FindNumberContradictions(const StoryView& story, std::vector<Contradiction>& out);
void FindDateContradictions(const StoryView& story, std::vector<Contradiction>& out);
void FindStatusContradictions(const StoryView& story, std::vector<Contradiction>& out);
void FindNameContradictions(const StoryView& story, std::vector<Contradiction>& out);

// One statement of a membership act read from a clause of an article.
struct ActStatement {
  const StatusAction* action = nullptr;
  std::string actor, actor_name;  // party ("HUN") and its name
  std::string org, org_name;      // party of the organisation and its name
  ActStage stage = ActStage::kDone;
  uint32_t begin = 0, end = 0;    // the clause
};

// The membership acts that article `a` states, read from its sentences: the
// actor and the organisation are recognised entities of one clause (or a
// coded event on the same words lends them), the stage comes from the cues.
std::vector<ActStatement> ReadActStatements(const StoryView& story, uint32_t a);

// ---- template definitions

std::vector<Claim> GroupClaims(const StoryView& story, const std::vector<Stated>& stated,
                               std::vector<std::string>& keys);
bool DifferentOutlets(const StoryView& story, const Claim& a, const Claim& b);

template <typename Conflict>
std::vector<Claim> ConflictingClaims(const StoryView& story, const std::vector<Stated>& stated,
                                     Conflict conflicts) {
  std::vector<std::string> keys;
  std::vector<Claim> claims = GroupClaims(story, stated, keys);
  std::vector<bool> keep(claims.size(), false);
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (!conflicts(keys[i], keys[j]) || !DifferentOutlets(story, claims[i], claims[j])) continue;
      keep[i] = keep[j] = true;
    }
  }
  std::vector<Claim> out;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (keep[i]) out.push_back(std::move(claims[i]));
  }
  return out;
}

}  // namespace dossier::corroborate::contra

#endif  // DOSSIER_SRC_CORROBORATE_CONTRADICTION_CONTEXT_H_
