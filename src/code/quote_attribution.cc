// Who said a direct quote: a verb of saying or "according to" after the
// quote ("..., he said") or before it in its sentence ("X said: ..."), else
// the quote's position among its neighbours.
#include "quote_attribution.h"

#include <string_view>

namespace dossier::code {
namespace {

using text::Token;
using text::TokenKind;

constexpr uint32_t kTailWindow = 20;    // tokens after a quote searched for its attribution
constexpr uint32_t kBeforeWindow = 40;  // tokens before it, in its sentence

bool IsPunct(const QuoteContext& c, uint32_t i, std::string_view chars) {
  const Token& t = c.text.tokens[i];
  return t.kind == TokenKind::kPunct && c.text.Norm(t).size() == 1 &&
         chars.find(c.text.Norm(t)[0]) != std::string_view::npos;
}

// A pronoun that names no one still settles the question: the quote's
// position must not give it another speaker.
FoundSpeaker Found(const QuoteContext& c, const SpeakerGuess& g, uint32_t at, uint32_t length) {
  if (g.pronoun) return {g.actor, "pronoun"};
  if (g.actor.empty()) return {};
  return {g.actor, CueWords(c.text, at, length)};
}

uint32_t SentenceEnd(const QuoteContext& c, uint32_t token) {
  return c.text.sentences[c.layout.sentence[token]].last_token;
}

// The speaker a cue at `at` names; `inverted` when the verb comes right
// after the quote ("..., said the minister").
FoundSpeaker FromCue(const QuoteContext& c, const SpeechCue& cue, uint32_t at, uint32_t length,
                     uint32_t floor, bool inverted) {
  const uint32_t limit = SentenceEnd(c, at);
  if (cue.kind == SpeechCue::Kind::kSource)
    return Found(c, c.speakers.PhraseAt(at + length, limit), at, length);
  if (!inverted) return Found(c, c.speakers.SubjectOf(at, floor), at, length);
  if (cue.hearer) return {};
  return Found(c, c.speakers.PhraseAt(at + length, limit), at, length);
}

// "...,” he said" / "...,” said X" / "...,” according to X", in the
// closing mark's sentence.
FoundSpeaker AfterQuote(const QuoteContext& c, uint32_t close) {
  const uint32_t n = static_cast<uint32_t>(c.text.tokens.size());
  const uint32_t floor = close + 1;
  if (close == kNoToken || floor >= n || c.layout.sentence[floor] != c.layout.sentence[close])
    return {};
  uint32_t first = floor;
  while (first < n && IsPunct(c, first, ",-:")) ++first;
  const uint32_t limit = std::min(SentenceEnd(c, close), floor + kTailWindow);
  for (uint32_t i = first; i < limit; ++i) {
    if (c.speakers.Quoted(i)) break;
    uint32_t length = 0;
    const SpeechCue* cue = c.speakers.CueAt(i, length, /*after_quote=*/i == first);
    if (cue == nullptr || cue->kind == SpeechCue::Kind::kNoun) continue;
    return FromCue(c, *cue, i, length, first, i == first);
  }
  return {};
}

// "X said: “...”" / "According to X, “...”" / "X said the plan was “...”".
FoundSpeaker BeforeQuote(const QuoteContext& c, uint32_t open) {
  const uint32_t floor = c.text.sentences[c.layout.sentence[open]].first_token;
  const uint32_t stop = open > floor + kBeforeWindow ? open - kBeforeWindow : floor;
  for (uint32_t i = open; i-- > stop;) {
    if (c.speakers.Quoted(i)) break;
    uint32_t length = 0;
    const SpeechCue* cue = c.speakers.CueAt(i, length);
    // A longer cue that started earlier ("quoted as saying").
    for (uint32_t k = i > stop + 2 ? i - 2 : stop; k < i; ++k) {
      uint32_t longer = 0;
      const SpeechCue* outer = c.speakers.CueAt(k, longer);
      if (outer != nullptr && k + longer > i) {
        cue = outer, length = longer, i = k;
        break;
      }
    }
    if (cue == nullptr || cue->kind == SpeechCue::Kind::kNoun) continue;
    return FromCue(c, *cue, i, length, floor, false);
  }
  return {};
}

bool StartsSentence(const QuoteContext& c, uint32_t open) {
  return open == c.text.sentences[c.layout.sentence[open]].first_token ||
         (open > 0 && IsPunct(c, open - 1, ":"));
}

// A quote that ends its sentence, followed in its paragraph by a sentence
// that names who spoke ("... The minister said so on Monday.", "... Those
// were the minister's words.").
FoundSpeaker NextSentence(const QuoteContext& c, uint32_t close) {
  const uint32_t n = static_cast<uint32_t>(c.text.tokens.size());
  const auto& sentence = c.layout.sentence;
  uint32_t next = close + 1;
  while (next < n && sentence[next] == sentence[close] && IsPunct(c, next, ".!?")) ++next;
  if (next >= n || sentence[next] == sentence[close] ||
      c.layout.paragraph[next] != c.layout.paragraph[close])
    return {};
  const text::Sentence& s = c.text.sentences[sentence[next]];
  const uint32_t limit = std::min(s.last_token, next + kTailWindow);
  for (uint32_t i = next; i < limit; ++i) {
    if (c.speakers.Quoted(i)) break;
    uint32_t length = 0;
    const SpeechCue* cue = c.speakers.CueAt(i, length);
    if (cue == nullptr) continue;
    if (cue->kind != SpeechCue::Kind::kNoun) return FromCue(c, *cue, i, length, next, false);
    SpeakerGuess g = c.speakers.FirstPersonIn(s.first_token, s.last_token);
    return Found(c, g, i, length);
  }
  return {};
}

// The quote is all its paragraph holds, bar punctuation.
bool FillsParagraph(const QuoteContext& c, const MarkedQuote& q) {
  const uint32_t p = c.layout.paragraph[q.open()];
  if (q.open() != c.layout.paragraph_first[p]) return false;
  const uint32_t end = c.layout.ParagraphEnd(c.layout.paragraph[q.close()],
                                             static_cast<uint32_t>(c.text.tokens.size()));
  for (uint32_t i = q.close() + 1; i < end; ++i) {
    if (c.text.tokens[i].kind != TokenKind::kPunct) return false;
  }
  return true;
}

// The speaker of the paragraph before `p`: its last attributed quote, else
// the last person it names.
FoundSpeaker PreviousParagraph(const QuoteContext& c, uint32_t p, const MarkedQuote* prev_quote,
                               const FoundSpeaker* prev_speaker) {
  if (p == 0) return {};
  if (prev_quote != nullptr && c.layout.paragraph[prev_quote->close()] + 1 == p)
    return prev_speaker->speaker.empty() ? FoundSpeaker{} : *prev_speaker;
  const uint32_t first = c.layout.paragraph_first[p];
  SpeakerGuess g = c.speakers.LastPersonBefore(first);
  if (g.actor.empty()) return {};
  const uint32_t at = c.speakers.MentionFirstToken(g.actor.mention);
  if (at < c.layout.paragraph_first[p - 1]) return {};
  return {g.actor, "position"};
}

FoundSpeaker ByPosition(const QuoteContext& c, const MarkedQuote& q, const MarkedQuote* prev_quote,
                        const FoundSpeaker* prev_speaker) {
  const uint32_t p = c.layout.paragraph[q.open()];
  if (prev_quote != nullptr && c.layout.paragraph[prev_quote->close()] == p &&
      !prev_speaker->speaker.empty())
    return {prev_speaker->speaker, "position"};
  FoundSpeaker next = NextSentence(c, q.close());
  if (!next.speaker.empty()) return {next.speaker, "position"};
  if (!FillsParagraph(c, q)) return {};
  FoundSpeaker before = PreviousParagraph(c, p, prev_quote, prev_speaker);
  if (!before.speaker.empty()) before.how = "position";
  return before;
}

FoundSpeaker ByCue(const QuoteContext& c, const MarkedQuote& q) {
  const bool tail_first = StartsSentence(c, q.open());
  FoundSpeaker found = tail_first ? AfterQuote(c, q.parts.front().close) : BeforeQuote(c, q.open());
  if (found.how.empty())
    found = tail_first ? BeforeQuote(c, q.open()) : AfterQuote(c, q.parts.front().close);
  if (found.how.empty() && q.parts.size() > 1) found = AfterQuote(c, q.close());
  return found;
}

}  // namespace

std::string CueWords(const text::AnalyzedText& text, uint32_t at, uint32_t length) {
  std::string words;
  for (uint32_t i = at; i < at + length; ++i) {
    if (!words.empty()) words += ' ';
    words += text.Norm(text.tokens[i]);
  }
  return words;
}

std::vector<FoundSpeaker> AttributeDirectQuotes(const QuoteContext& c,
                                                const std::vector<MarkedQuote>& quotes) {
  std::vector<FoundSpeaker> speakers;
  speakers.reserve(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    FoundSpeaker found = ByCue(c, quotes[i]);
    if (found.how.empty()) {
      found = i > 0 ? ByPosition(c, quotes[i], &quotes[i - 1], &speakers[i - 1])
                    : ByPosition(c, quotes[i], nullptr, nullptr);
    }
    if (found.speaker.empty()) found.how.clear();
    speakers.push_back(std::move(found));
  }
  return speakers;
}

}  // namespace dossier::code
