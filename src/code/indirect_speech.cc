// Indirect speech: "X said (that) S" with no quote marks, S being the
// complement clause. Only verbs flagged `indirect` in speech.tsv, used as
// finite verbs ("said", "has said"), with a subject that names someone.
#include <algorithm>
#include <string>
#include <string_view>

#include "dossier/text/pos_tag.h"
#include "quote_attribution.h"

namespace dossier::code {
namespace {

using text::Pos;
using text::Token;
using text::TokenKind;

constexpr uint32_t kMaxAdjunct = 8;         // "said on Thursday in a statement that"
constexpr uint32_t kMaxSubjectPhrase = 30;  // the complement's subject, before its verb
constexpr uint32_t kMinWords = 3;
constexpr uint32_t kMaxComplement = 150;     // tokens: longer is no sentence but a run-on
constexpr uint32_t kMaxTrailing = 10;        // ", the city's police chief said"
constexpr uint32_t kMaxTrailingAdjunct = 3;  // "... said on Monday."


bool IsFinite(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD; }

// "said", "says", "has said", and a tagger's noun before "that".
bool IsReportingForm(const QuoteContext& c, uint32_t verb, uint32_t length) {
  const auto& tokens = c.text.tokens;
  Pos p = tokens[verb].Tag();
  if (length > 1 || IsFinite(p) || text::IsNoun(p)) return true;
  if (p != Pos::kVBN) return false;
  uint32_t i = verb;
  while (i > 0 && text::IsAdverb(tokens[i - 1].Tag())) --i;
  return i > 0 && c.text.Lemma(tokens[i - 1]) == "have";
}

bool IsSubjectWord(const QuoteContext& c, uint32_t i) {
  const Token& t = c.text.tokens[i];
  Pos p = t.Tag();
  std::string_view w = c.text.Norm(t);
  return c.speakers.MentionCovering(i) >= 0 || text::IsNoun(p) || text::IsAdjective(p) ||
         p == Pos::kDT || p == Pos::kPDT || p == Pos::kCD || p == Pos::kPOS || p == Pos::kPRPS ||
         t.Has(text::kJoiner) || w == "of" || w == "than" || w == "and" || w == "or" || w == ",";
}

// Words and numbers in [first, end), counted up to `cap` (bounded work on
// long sentences).
uint32_t Words(const QuoteContext& c, uint32_t first, uint32_t end, uint32_t cap) {
  uint32_t words = 0;
  for (uint32_t k = first; k < end && words < cap; ++k)
    words += c.text.tokens[k].kind != TokenKind::kPunct;
  return words;
}

// A clause without "that": a subject (pronoun or noun phrase) and then a
// finite verb ("said the talks failed", "said he would go").
bool StartsClause(const QuoteContext& c, uint32_t i, uint32_t limit) {
  const auto& tokens = c.text.tokens;
  Pos p = tokens[i].Tag();
  uint32_t k = i;
  if (p == Pos::kPRP) {
    std::string_view w = c.text.Norm(tokens[i]);
    if (w == "him" || w == "her" || w == "them" || w == "us" || w == "me") return false;
    ++k;
  } else {
    bool starts = c.speakers.MentionCovering(i) >= 0 || text::IsNoun(p) || p == Pos::kDT ||
                  p == Pos::kCD || p == Pos::kPRPS || text::IsAdjective(p);
    if (!starts) return false;
    while (k < limit && k - i < kMaxSubjectPhrase && IsSubjectWord(c, k)) ++k;
  }
  while (k < limit && text::IsAdverb(tokens[k].Tag())) ++k;
  return k < limit && k > i && IsFinite(tokens[k].Tag());
}

// The person spoken to after "told", "assured": a name, a pronoun or a
// short noun phrase.
uint32_t SkipHearer(const QuoteContext& c, uint32_t i, uint32_t limit) {
  const auto& tokens = c.text.tokens;
  if (i >= limit) return i;
  if (int32_t m = c.speakers.MentionCovering(i); m >= 0) {
    while (i < limit && c.speakers.MentionCovering(i) == m) ++i;
    return i;
  }
  if (tokens[i].Tag() == Pos::kPRP) return i + 1;
  uint32_t k = i;
  while (k < limit && k - i < 5 &&
         (tokens[k].Tag() == Pos::kDT || text::IsNoun(tokens[k].Tag()) ||
          text::IsAdjective(tokens[k].Tag())))
    ++k;
  return k;
}

// Where the complement clause starts, or kNoToken.
uint32_t ComplementStart(const QuoteContext& c, uint32_t i, uint32_t limit, bool hearer) {
  const auto& tokens = c.text.tokens;
  if (hearer) i = SkipHearer(c, i, limit);
  for (uint32_t k = i; k < limit && k - i < kMaxAdjunct; ++k) {
    const Token& t = tokens[k];
    if (c.text.Norm(t) == "that") return k + 1 < limit ? k + 1 : kNoToken;
    Pos p = t.Tag();
    if (text::IsVerb(p) || p == Pos::kMD || p == Pos::kCC || p == Pos::kComma ||
        c.speakers.Quoted(k) || p == Pos::kSentenceEnd)
      break;
  }
  return i < limit && StartsClause(c, i, limit) ? i : kNoToken;
}

// ", the police said." closing the sentence: the sentence's own attribution,
// not part of what was said.
bool TrailingAttribution(const QuoteContext& c, uint32_t comma, uint32_t limit) {
  const uint32_t stop = std::min(limit, comma + 1 + kMaxTrailing);
  for (uint32_t k = comma + 1; k < stop; ++k) {
    uint32_t length = 0;
    const SpeechCue* cue = c.speakers.CueAt(k, length);
    if (cue == nullptr || cue->kind != SpeechCue::Kind::kVerb) continue;
    return Words(c, k + length, limit, kMaxTrailingAdjunct + 1) <= kMaxTrailingAdjunct;
  }
  return false;
}

// Where the complement ends: the sentence's end, a participle of saying
// that starts a new report ("..., saying ..."), or the sentence's own
// attribution (", officials said"). kNoToken when the complement holds a
// direct quote, which speaks for itself, or when the sentence runs on past
// kMaxComplement tokens.
uint32_t ComplementEnd(const QuoteContext& c, uint32_t first, uint32_t limit) {
  const auto& tokens = c.text.tokens;
  if (tokens[first].kind == TokenKind::kPunct && c.text.Norm(tokens[first]) == "\"")
    return kNoToken;  // a quote whose closing mark is missing
  if (limit - first > kMaxComplement) return kNoToken;
  uint32_t end = limit;
  for (uint32_t k = first; k < limit; ++k) {
    if (c.speakers.Quoted(k)) return kNoToken;
    if (c.text.Norm(tokens[k]) != ",") continue;
    uint32_t length = 0;
    bool participle = k + 1 < limit && tokens[k + 1].Tag() == Pos::kVBG &&
                      c.speakers.CueAt(k + 1, length) != nullptr;
    if (participle || TrailingAttribution(c, k, limit)) {
      end = k;
      break;
    }
  }
  while (end > first && tokens[end - 1].kind == TokenKind::kPunct) --end;
  return end;
}

// The report made by the verb at `i`, if it is one; returns the token after it.
uint32_t ReportAt(const QuoteContext& c, const text::Sentence& s, uint32_t i,
                  std::vector<Quote>& out) {
  uint32_t length = 0;
  const SpeechCue* cue = c.speakers.CueAt(i, length);
  if (cue == nullptr || cue->kind != SpeechCue::Kind::kVerb || !cue->indirect ||
      !IsReportingForm(c, i, length))
    return i + 1;
  const uint32_t first = ComplementStart(c, i + length, s.last_token, cue->hearer);
  if (first == kNoToken) return i + 1;
  const uint32_t end = ComplementEnd(c, first, s.last_token);
  if (end == kNoToken || Words(c, first, end, kMinWords) < kMinWords) return i + 1;
  SpeakerGuess g = c.speakers.SubjectOf(i, s.first_token);
  if (g.actor.empty()) return i + 1;
  const auto& tokens = c.text.tokens;
  Quote q;
  q.speaker = std::move(g.actor);
  q.begin = tokens[first].begin;
  q.end = tokens[end - 1].end;
  q.text = std::string(c.text.text.substr(q.begin, q.end - q.begin));
  q.sentence = c.layout.sentence[first];
  q.indirect = true;
  q.how = g.pronoun ? "pronoun" : CueWords(c.text, i, length);
  out.push_back(std::move(q));
  return end;
}

}  // namespace

void FindIndirectSpeech(const QuoteContext& c, std::vector<Quote>& out) {
  for (const text::Sentence& s : c.text.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token;) {
      i = c.speakers.Quoted(i) ? i + 1 : ReportAt(c, s, i, out);
    }
  }
}

}  // namespace dossier::code
