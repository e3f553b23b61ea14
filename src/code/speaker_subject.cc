// The subject of a verb of saying: the part of SpeakerResolver that reads a
// clause backwards from its verb.
#include <algorithm>

#include "dossier/text/pos_tag.h"
#include "speaker_resolver.h"

namespace dossier::code {
namespace {

using text::Pos;
using text::Token;

constexpr uint32_t kMaxChain = 25;     // tokens of a subject's chain of noun phrases
constexpr uint32_t kMaxLookBack = 40;  // tokens searched for the clause's other verb


bool IsFinite(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD; }

bool IsChainWord(const Token& t) {
  Pos p = t.Tag();
  return text::IsNoun(p) || text::IsAdjective(p) || p == Pos::kDT || p == Pos::kPDT ||
         p == Pos::kCD || p == Pos::kPOS || p == Pos::kPRPS || p == Pos::kIN || p == Pos::kVBN ||
         p == Pos::kTO || t.Has(text::kJoiner) || t.Has(text::kAbbreviation);
}

}  // namespace

bool SpeakerResolver::IsPerson(int32_t m) const {
  return m >= 0 && recognition_.entities[recognition_.mentions[m].entity].type == "person";
}

SpeakerGuess SpeakerResolver::SubjectOf(uint32_t verb, uint32_t floor) const {
  return Subject(verb, floor, 0);
}

int64_t SpeakerResolver::SkipBackAuxiliaries(int64_t i, uint32_t floor) const {
  for (; i >= floor; --i) {
    const Token& t = text_.tokens[i];
    Pos p = t.Tag();
    std::string_view lemma = text_.Lemma(t);
    bool auxiliary = text::IsVerb(p) && (lemma == "be" || lemma == "have" || lemma == "do");
    if (!text::IsAdverb(p) && p != Pos::kMD && !auxiliary && text_.Norm(t) != "not") break;
  }
  return i;
}

// The verb whose subject a participle ("..., saying") or a coordinated verb
// ("... and said") shares: the nearest verb of saying before `i`, else the
// clause's first finite verb (`main`) or its nearest verb.
uint32_t SpeakerResolver::ClauseVerbBefore(uint32_t i, uint32_t floor, bool main) const {
  const auto& tokens = text_.tokens;
  uint32_t nearest = kNoToken, first_finite = kNoToken;
  const uint32_t stop = std::max(floor, i > kMaxLookBack ? i - kMaxLookBack : 0);
  for (uint32_t j = i; j-- > stop;) {
    if (Quoted(j)) continue;
    uint32_t length = 0;
    const SpeechCue* cue = CueAt(j, length);
    if (cue != nullptr && cue->kind == SpeechCue::Kind::kVerb) return j;
    Pos p = tokens[j].Tag();
    if (nearest == kNoToken && (IsFinite(p) || p == Pos::kVBN)) nearest = j;
    if (IsFinite(p)) first_finite = j;
  }
  return main ? first_finite : nearest;
}

SpeakerGuess SpeakerResolver::Subject(uint32_t verb, uint32_t floor, int depth) const {
  const auto& tokens = text_.tokens;
  int64_t i = SkipBackAuxiliaries(int64_t{verb} - 1, floor);
  if (i < floor) return {};
  const bool comma = text_.Norm(tokens[i]) == ",";
  const bool participle = comma && tokens[verb].Tag() == Pos::kVBG;
  if (participle || tokens[i].Tag() == Pos::kCC) {
    if (depth > 1) return {};
    uint32_t v = ClauseVerbBefore(static_cast<uint32_t>(i), floor, participle);
    return v == kNoToken ? SpeakerGuess{} : Subject(v, floor, depth + 1);
  }
  bool relative = tokens[i].Tag() == Pos::kWP;
  if (relative) {  // "X, who said": X
    --i;
    if (i >= floor && text_.Norm(tokens[i]) == ",") --i;
  } else if (comma) {  // an aside before the verb: "X, the minister, said"
    int64_t j = i - 1;
    while (j >= floor && i - j < kMaxChain && text_.Norm(tokens[j]) != ",") --j;
    if (j < floor || text_.Norm(tokens[j]) != ",") return {};
    i = j - 1;
  }
  if (i < floor) return {};
  return SubjectEndingAt(static_cast<uint32_t>(i), floor, relative);
}

// A person named at the start of the clause and set off by a comma, when
// the phrase before the verb is that person's description ("X, a research
// fellow at Y told ...").
SpeakerGuess SpeakerResolver::AppositivePerson(uint32_t floor, uint32_t before) const {
  uint32_t f = floor;
  while (f < before && text_.tokens[f].kind == text::TokenKind::kPunct) ++f;
  int32_t m = f < before ? mention_start_[f] : -1;
  if (!IsPerson(m)) return {};
  uint32_t after = recognition_.mentions[m].end_token;
  if (after >= before || text_.Norm(text_.tokens[after]) != ",") return {};
  return {ActorOf(static_cast<uint32_t>(m)), false};
}

SpeakerGuess SpeakerResolver::SubjectEndingAt(uint32_t end, uint32_t floor, bool relative) const {
  const auto& tokens = text_.tokens;
  if (tokens[end].Tag() == Pos::kPRP) return Pronoun(end);
  int32_t last = mention_of_[end];
  if (IsPerson(last) && recognition_.mentions[last].end_token == end + 1 && !Quoted(end))
    return {ActorOf(static_cast<uint32_t>(last)), false};
  // Back over the chain of noun phrases that ends at `end`, across two
  // prepositions besides "of" ("Pashinyan on Thursday", "a spokeswoman for
  // the hospital in Lyon", "one of the letters seen by the court"); a
  // relative pronoun's antecedent is the noun phrase right before it.
  uint32_t start = end + 1;
  int prepositions = relative ? 2 : 0;
  for (uint32_t steps = 0; start > floor && steps < kMaxChain; ++steps) {
    const uint32_t p = start - 1;
    const int32_t m = mention_of_[p];
    if (m >= 0 && !Quoted(p)) {
      start = std::max(floor, recognition_.mentions[m].first_token);
      continue;
    }
    const Token& t = tokens[p];
    const Pos pos = t.Tag();
    if (pos == Pos::kPRP) start = p;
    if (pos == Pos::kPRP || !IsChainWord(t) || Quoted(p)) break;
    if ((pos == Pos::kIN || pos == Pos::kTO) && text_.Norm(t) != "of" && ++prepositions > 2) break;
    start = p;
  }
  while (start <= end && (tokens[start].Tag() == Pos::kIN || tokens[start].Tag() == Pos::kTO ||
                          tokens[start].Tag() == Pos::kVBN))
    ++start;
  if (start > end) return {};
  if (tokens[start].Tag() == Pos::kPRP) return Pronoun(start);
  SpeakerGuess head = PhraseAt(start, end + 1);
  if (head.actor.empty() || IsPerson(head.actor.mention)) return head;
  SpeakerGuess person = AppositivePerson(floor, start);
  return person.actor.empty() ? head : person;
}

}  // namespace dossier::code
