#include "speaker_resolver.h"

#include <algorithm>

#include "dossier/text/pos_tag.h"

namespace dossier::code {
namespace {

using text::Pos;
using text::Token;
using text::TokenKind;

constexpr uint32_t kMaxPhrase = 10;  // tokens of a speaker's noun phrase


// Words that may stand in a noun phrase naming a speaker.
bool IsPhraseWord(const Token& t) {
  Pos p = t.Tag();
  return text::IsNoun(p) || text::IsAdjective(p) || p == Pos::kDT || p == Pos::kPDT ||
         p == Pos::kCD || p == Pos::kPOS || p == Pos::kPRPS || t.Has(text::kJoiner) ||
         t.Has(text::kAbbreviation);
}

}  // namespace

SpeakerResolver::SpeakerResolver(const text::AnalyzedText& text,
                                 const recognize::Recognition& recognition,
                                 const SpeechLexicon& lexicon)
    : text_(text), recognition_(recognition), lexicon_(lexicon) {
  const size_t n = text.tokens.size();
  quoted_.assign(n, 0);
  mention_start_.assign(n, -1);
  mention_of_.assign(n, -1);
  for (size_t m = 0; m < recognition.mentions.size(); ++m) {
    const recognize::Mention& mention = recognition.mentions[m];
    if (mention.first_token >= mention.end_token || mention.end_token > n) continue;
    if (mention_start_[mention.first_token] < 0)
      mention_start_[mention.first_token] = static_cast<int32_t>(m);
    for (uint32_t t = mention.first_token; t < mention.end_token; ++t) {
      if (mention_of_[t] < 0) mention_of_[t] = static_cast<int32_t>(m);
    }
  }
}

void SpeakerResolver::MarkQuoted(uint32_t first, uint32_t last) {
  std::fill(quoted_.begin() + first, quoted_.begin() + last, uint8_t{1});
}

void SpeakerResolver::IndexAntecedents() {
  const auto& mentions = recognition_.mentions;
  last_person_.assign(mentions.size(), -1);
  int32_t last = -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const auto& e = recognition_.entities[mentions[m].entity];
    if (e.type == "person" && mentions[m].first_token < quoted_.size() &&
        !Quoted(mentions[m].first_token))
      last = static_cast<int32_t>(m);
    last_person_[m] = last;
  }
}

const SpeechCue* SpeakerResolver::CueAt(uint32_t i, uint32_t& length, bool after_quote) const {
  if (Quoted(i)) return nullptr;
  const SpeechCue* cue = lexicon_.Match(text_, i, length);
  if (cue == nullptr || cue->kind != SpeechCue::Kind::kVerb || length > 1) return cue;
  const auto& tokens = text_.tokens;
  Pos p = tokens[i].Tag();
  if (text::IsVerb(p) || p == Pos::kNone) return cue;
  // A verb the tagger took for a noun: "the note states that ...", and after
  // a quote "..., states the report" (but not "..., state media reported").
  if (!text::IsNoun(p) || i + 1 >= tokens.size()) return nullptr;
  std::string_view next = text_.Norm(tokens[i + 1]);
  if (next == "that" || next == ":") return cue;
  return after_quote && tokens[i + 1].Tag() == Pos::kDT ? cue : nullptr;
}

Actor SpeakerResolver::ActorOf(uint32_t m) const {
  const recognize::Mention& mention = recognition_.mentions[m];
  const recognize::RecognizedEntity& e = recognition_.entities[mention.entity];
  Actor a;
  a.entity = static_cast<int32_t>(mention.entity);
  a.mention = static_cast<int32_t>(m);
  a.name = e.name;
  a.code = mention.code.empty() ? e.code : mention.code;
  return a;
}

bool SpeakerResolver::IsSpeakerMention(int32_t m) const {
  if (m < 0) return false;
  const std::string& type = recognition_.entities[recognition_.mentions[m].entity].type;
  return type != "weapon" && type != "conflict";
}

SpeakerGuess SpeakerResolver::LastPersonBefore(uint32_t i) const {
  const auto& mentions = recognition_.mentions;
  auto it =
      std::lower_bound(mentions.begin(), mentions.end(), i,
                       [](const recognize::Mention& m, uint32_t t) { return m.first_token < t; });
  if (it == mentions.begin() || last_person_.empty()) return {};
  int32_t m = last_person_[static_cast<size_t>(it - mentions.begin()) - 1];
  if (m < 0) return {};
  return {ActorOf(static_cast<uint32_t>(m)), false};
}

SpeakerGuess SpeakerResolver::FirstPersonIn(uint32_t first, uint32_t last) const {
  const auto& mentions = recognition_.mentions;
  auto it =
      std::lower_bound(mentions.begin(), mentions.end(), first,
                       [](const recognize::Mention& m, uint32_t t) { return m.first_token < t; });
  for (; it != mentions.end() && it->first_token < last; ++it) {
    if (!Quoted(it->first_token) && recognition_.entities[it->entity].type == "person")
      return {ActorOf(static_cast<uint32_t>(it - mentions.begin())), false};
  }
  return {};
}

SpeakerGuess SpeakerResolver::Pronoun(uint32_t i) const {
  std::string_view w = text_.Norm(text_.tokens[i]);
  SpeakerGuess g;
  if (w == "he" || w == "she") g = LastPersonBefore(i);
  g.pronoun = true;
  return g;
}

SpeakerGuess SpeakerResolver::NounPhrase(uint32_t first, uint32_t last) const {
  const auto& tokens = text_.tokens;
  uint32_t end = first;
  bool noun = false;
  int32_t code_mention = -1;
  while (end < last && end - first < kMaxPhrase) {
    const Token& t = tokens[end];
    int32_t m = mention_of_[end];
    bool of = text_.Norm(t) == "of" && noun && end + 1 < last && IsPhraseWord(tokens[end + 1]);
    bool joined = end > first && tokens[end - 1].Has(text::kJoiner);  // "U.S.-based"
    if (m < 0 && !IsPhraseWord(t) && !of && !joined) break;
    if (m >= 0 && code_mention < 0) code_mention = m;
    noun = noun || m >= 0 || text::IsNoun(t.Tag()) || t.Tag() == Pos::kCD;
    ++end;
  }
  if (!noun) return {};
  while (end > first && tokens[end - 1].kind == TokenKind::kPunct) --end;
  SpeakerGuess g;
  g.actor.name = std::string(
      text_.text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin));
  if (code_mention >= 0) g.actor.code = ActorOf(static_cast<uint32_t>(code_mention)).code;
  return g;
}

// The first name in the phrase that is its head: not a modifier of a noun
// after it ("Russia's envoy", "the U.S.-based newspaper", "Foreign Ministry
// spokeswoman X" gives X).
SpeakerGuess SpeakerResolver::PhraseAt(uint32_t i, uint32_t limit) const {
  const auto& tokens = text_.tokens;
  if (i >= limit || Quoted(i)) return {};
  if (tokens[i].Tag() == Pos::kPRP) return Pronoun(i);
  for (uint32_t j = i; j < limit && j - i < kMaxPhrase;) {
    const int32_t m = mention_start_[j];
    if (m < 0) {
      const Token& t = tokens[j];
      if (!IsPhraseWord(t) && text_.Norm(t) != "-") break;
      ++j;
      continue;
    }
    const uint32_t after = recognition_.mentions[m].end_token;
    const bool modifier =
        after < limit &&
        (tokens[after].Has(text::kPossessive) || tokens[after].Has(text::kJoiner) ||
         text::IsNoun(tokens[after].Tag()) || text::IsAdjective(tokens[after].Tag()));
    if (IsSpeakerMention(m) && !modifier) return {ActorOf(static_cast<uint32_t>(m)), false};
    j = std::max(after, j + 1);
  }
  return NounPhrase(i, limit);
}

}  // namespace dossier::code
