#include "dossier/code/quote_finder.h"

#include <algorithm>
#include <string_view>

#include "dossier/text/pos_tag.h"
#include "quote_attribution.h"
#include "quote_marks.h"
#include "speaker_resolver.h"

namespace dossier::code {
namespace {

using text::Token;
using text::TokenKind;

constexpr uint32_t kMaxSplitGap = 15;   // tokens of "he said," between two parts of a quote
constexpr uint32_t kMaxScareWords = 3;  // a shorter quote inside a sentence is a term

bool IsPunct(const text::AnalyzedText& text, uint32_t i, std::string_view chars) {
  const Token& t = text.tokens[i];
  return t.kind == TokenKind::kPunct && text.Norm(t).size() == 1 &&
         chars.find(text.Norm(t)[0]) != std::string_view::npos;
}

bool HasCue(const SpeakerResolver& speakers, uint32_t first, uint32_t last) {
  for (uint32_t i = first; i < last; ++i) {
    uint32_t length = 0;
    const SpeechCue* cue = speakers.CueAt(i, length, /*after_quote=*/true);
    if (cue != nullptr && cue->kind != SpeechCue::Kind::kNoun) return true;
  }
  return false;
}

// "“We will not,” he said, “give in.”": the second part goes on the first.
bool ContinuesSplit(const text::AnalyzedText& text, const TextLayout& layout,
                    const SpeakerResolver& speakers, const MarkedQuote& a, const MarkedQuote& b) {
  const uint32_t close = a.close(), open = b.open();
  if (open <= close + 1 || open - close - 1 > kMaxSplitGap) return false;
  if (layout.paragraph[close] != layout.paragraph[open]) return false;
  if (a.last() > a.parts.back().first && IsPunct(text, a.last() - 1, ".!?")) return false;
  // The second part goes on with the sentence: it does not open with a
  // capital, bar a name or "I" (a capital opens a title: "..., he wrote
  // in his book, “A Life”").
  const Token& next = text.tokens[b.first()];
  const auto pos = static_cast<text::Pos>(next.pos);
  if (next.Has(text::kCapitalized) && !text::IsProperNoun(pos) && text.Norm(next) != "i")
    return false;
  return IsPunct(text, open - 1, ",:") && HasCue(speakers, close + 1, open - 1);
}

std::vector<MarkedQuote> MergeSplitQuotes(const text::AnalyzedText& text, const TextLayout& layout,
                                          const SpeakerResolver& speakers,
                                          std::vector<MarkedQuote> quotes) {
  std::vector<MarkedQuote> out;
  for (MarkedQuote& q : quotes) {
    if (!out.empty() && ContinuesSplit(text, layout, speakers, out.back(), q)) {
      auto& parts = out.back().parts;
      parts.insert(parts.end(), q.parts.begin(), q.parts.end());
    } else {
      out.push_back(std::move(q));
    }
  }
  return out;
}

// A term or a scare quote ("the so-called “buffer zone”"): a few words that
// neither start a sentence nor end as an utterance does.
bool IsScareQuote(const text::AnalyzedText& text, const TextLayout& layout, const MarkedQuote& q) {
  const uint32_t words = WordCount(text, q);
  if (words == 0) return true;  // marks around punctuation only
  if (words > kMaxScareWords) return false;
  const uint32_t open = q.open();
  const bool starts = open == text.sentences[layout.sentence[open]].first_token ||
                      (open > 0 && IsPunct(text, open - 1, ":"));
  const uint32_t after = q.close() + 1;
  const bool ends = IsPunct(text, q.last() - 1, ",.!?") ||
                    (after < text.tokens.size() && IsPunct(text, after, ","));
  return !(starts && ends);
}

// The content tokens of a part without the comma that belongs to the
// attribution ("“We will not,” he said").
std::pair<uint32_t, uint32_t> Words(const text::AnalyzedText& text, const QuotePart& p) {
  uint32_t last = p.last;
  while (last > p.first && IsPunct(text, last - 1, ",")) --last;
  return {p.first, last};
}

Quote MakeQuote(const text::AnalyzedText& text, const TextLayout& layout, const MarkedQuote& q,
                FoundSpeaker found) {
  Quote quote;
  bool first_part = true;
  for (const QuotePart& p : q.parts) {
    auto [first, last] = Words(text, p);
    if (first >= last) continue;
    const uint32_t begin = text.tokens[first].begin, end = text.tokens[last - 1].end;
    if (first_part) {
      quote.begin = begin;
      quote.sentence = layout.sentence[first];
    } else {
      quote.text += ' ';
    }
    quote.text.append(text.text.substr(begin, end - begin));
    quote.end = end;
    first_part = false;
  }
  quote.speaker = std::move(found.speaker);
  quote.how = std::move(found.how);
  return quote;
}

}  // namespace

Result<QuoteFinder> QuoteFinder::Load(const std::string& data_dir) {
  auto lexicon = SpeechLexicon::Load(data_dir + "/events/speech.tsv");
  if (!lexicon.ok()) return lexicon.status();
  QuoteFinder finder;
  finder.lexicon_ = std::move(lexicon).value();
  return finder;
}

void QuoteFinder::Find(const text::AnalyzedText& text, const recognize::Recognition& recognition,
                       std::vector<Quote>& out) const {
  if (text.tokens.empty()) return;
  const TextLayout layout = TextLayout::Of(text);
  SpeakerResolver speakers(text, recognition, lexicon_);
  std::vector<MarkedQuote> quotes =
      MergeSplitQuotes(text, layout, speakers, FindMarkedQuotes(text, layout));
  std::erase_if(quotes, [&](const MarkedQuote& q) { return IsScareQuote(text, layout, q); });
  for (const MarkedQuote& q : quotes) {
    for (const QuotePart& p : q.parts)
      speakers.MarkQuoted(p.open, p.close == kNoToken ? p.last : p.close + 1);
  }
  speakers.IndexAntecedents();
  const QuoteContext context{text, layout, speakers};
  std::vector<FoundSpeaker> found = AttributeDirectQuotes(context, quotes);
  std::vector<Quote> all;
  for (size_t i = 0; i < quotes.size(); ++i)
    all.push_back(MakeQuote(text, layout, quotes[i], std::move(found[i])));
  FindIndirectSpeech(context, all);
  std::stable_sort(all.begin(), all.end(),
                   [](const Quote& a, const Quote& b) { return a.begin < b.begin; });
  for (Quote& q : all) out.push_back(std::move(q));
}

}  // namespace dossier::code
