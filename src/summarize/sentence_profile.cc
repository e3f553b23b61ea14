#include "dossier/summarize/sentence_profile.h"

#include <algorithm>

namespace dossier::summarize {
namespace {

using story::ArticleFacts;

bool IsVerbTag(text::Pos pos) {
  using text::Pos;
  return pos == Pos::kVBD || pos == Pos::kVBP || pos == Pos::kVBZ || pos == Pos::kMD ||
         pos == Pos::kVB || pos == Pos::kVBN;
}

// Verbs that every sentence of reporting carries; they say nothing of the story.
bool IsAuxiliary(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "say";
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Strips closing quote marks and brackets (ASCII and UTF-8) off the end.
std::string_view WithoutClosers(std::string_view s) {
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || IsSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
               static_cast<unsigned char>(s[s.size() - 2]) == 0x80) {
      s.remove_suffix(3);  // ” ’ » and the like
    } else {
      break;
    }
  }
  return s;
}

void MarkSurface(std::string_view text, const SummaryCues& cues, SentenceProfile& p) {
  std::string_view s = WithoutClosers(text);
  char last = s.empty() ? '\0' : s.back();
  p.question = last == '?';
  p.terminal = last == '.' || last == '!' || last == '?';
  p.colon_end = last == ':';
  p.boilerplate = cues.IsBoilerplate(text);
  p.dangling = cues.StartsDangling(text);
}

std::string EntityName(const recognize::RecognizedEntity& e) {
  if (e.kb >= 0) return "kb:" + std::to_string(e.kb);
  std::string name = e.type + ":" + e.name;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
  return name;
}

void AddTokens(const text::AnalyzedText& analyzed, const ArticleFacts& facts,
               std::vector<SentenceProfile>& out, size_t first) {
  for (const text::Token& t : analyzed.tokens) {
    if (t.kind == text::TokenKind::kPunct) continue;
    SentenceProfile& p = out[first + facts.SentenceAt(t.begin)];
    ++p.word_count;
    if (IsVerbTag(t.Tag())) p.has_verb = true;
    if (t.kind != text::TokenKind::kNumber && !text::IsContentTag(t.Tag())) continue;
    std::string_view lemma = analyzed.Lemma(t);
    if (lemma.empty()) lemma = analyzed.Norm(t);
    if (lemma.size() < 2 || IsAuxiliary(lemma)) continue;
    p.words.push_back(TermKey('w', lemma));
  }
}

void AddFacts(const ArticleFacts& facts, std::vector<SentenceProfile>& out, size_t first) {
  auto at = [&](uint32_t offset) -> SentenceProfile& {
    return out[first + facts.SentenceAt(offset)];
  };
  for (const recognize::Mention& m : facts.recognition.mentions) {
    if (m.entity < facts.recognition.entities.size())
      at(m.begin).entities.push_back(TermKey('e', EntityName(facts.recognition.entities[m.entity])));
  }
  for (const code::Event& e : facts.coding.events) {
    SentenceProfile& p = at(e.begin);
    ++p.events;
    if (!e.source.code.empty() && !e.target.code.empty())
      p.facts.push_back(TermKey('v', e.cameo.substr(0, 2) + "|" + e.source.code + "|" + e.target.code));
  }
  for (const code::Transfer& t : facts.coding.transfers) {
    for (const code::TransferMention& m : t.mentions) {
      SentenceProfile& p = at(m.begin);
      ++p.transfers;
      p.facts.push_back(TermKey('t', t.supplier.code + "|" + t.recipient.code));
    }
  }
  for (const time::TimeMention& t : facts.times) ++at(t.begin).dates;
  for (const code::Quote& q : facts.coding.quotes) {
    if (q.indirect) continue;
    for (size_t i = first; i < out.size(); ++i) {
      SentenceProfile& p = out[i];
      uint32_t b = std::max(p.begin, q.begin), e = std::min(p.end, q.end);
      if (b < e && p.end > p.begin) p.quoted_share += float(e - b) / float(p.end - p.begin);
    }
  }
}

void Finish(std::vector<SentenceProfile>& out, size_t first) {
  uint32_t prose = 0;
  for (size_t i = first; i < out.size(); ++i) {
    SentenceProfile& p = out[i];
    for (auto* terms : {&p.words, &p.entities, &p.facts}) {
      std::sort(terms->begin(), terms->end());
      terms->erase(std::unique(terms->begin(), terms->end()), terms->end());
    }
    p.quoted_share = std::min(p.quoted_share, 1.0f);
    p.prose_rank = prose;
    if (p.prose() && !p.boilerplate) ++prose;
  }
}

void AddSentences(uint32_t index, const ArticleFacts& facts, const SummaryCues& cues,
                  std::vector<SentenceProfile>& out) {
  for (uint32_t i = 0; i < facts.sentences.size(); ++i) {
    SentenceProfile p;
    p.article = index;
    p.sentence = i;
    p.begin = facts.sentences[i].begin;
    p.end = std::max(p.begin, facts.sentences[i].end);
    while (p.begin < p.end && IsSpace(facts.text[p.begin])) ++p.begin;
    while (p.end > p.begin && IsSpace(facts.text[p.end - 1])) --p.end;
    MarkSurface(facts.Span(p.begin, p.end), cues, p);
    out.push_back(std::move(p));
  }
}

}  // namespace

uint64_t TermKey(char kind, std::string_view text) {  // FNV-1a, 64 bit
  uint64_t h = 0xcbf29ce484222325ULL ^ static_cast<unsigned char>(kind);
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::vector<SentenceProfile> ProfileStory(const corroborate::StoryDossier& dossier,
                                          const text::TextAnalyzer& analyzer,
                                          const SummaryCues& cues) {
  std::vector<SentenceProfile> out;
  text::AnalyzedText analyzed;
  for (uint32_t a = 0; a < dossier.articles.size(); ++a) {
    const ArticleFacts* facts = dossier.articles[a];
    if (facts == nullptr || facts->copy_of >= 0 || facts->sentences.empty()) continue;
    size_t first = out.size();
    AddSentences(a, *facts, cues, out);
    analyzer.Analyze(facts->text, analyzed);
    AddTokens(analyzed, *facts, out, first);
    AddFacts(*facts, out, first);
    Finish(out, first);
  }
  return out;
}

}  // namespace dossier::summarize
