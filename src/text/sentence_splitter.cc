#include "dossier/text/sentence_splitter.h"

namespace dossier::text {
namespace {

bool IsTerminal(std::string_view norm) {
  return norm == "." || norm == "!" || norm == "?" || norm == "..." || norm == "\xE2\x80\xA6";
}

bool IsCloser(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]" || norm == "\xE2\x80\x99";
}

bool IsOpener(std::string_view norm) {
  return norm == "\"" || norm == "(" || norm == "[" || norm == "'" || norm == "-";
}

bool BlankLineBetween(std::string_view text, uint32_t from, uint32_t to) {
  int newlines = 0;
  for (uint32_t i = from; i < to; ++i) {
    if (text[i] == '\n' && ++newlines >= 2) return true;
  }
  return false;
}

}  // namespace

void SplitSentences(const Abbreviations* abbreviations, AnalyzedText& text) {
  text.sentences.clear();
  const auto& tokens = text.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t start = 0;
  auto close = [&](uint32_t end_token) {
    if (end_token <= start) return;
    Sentence s;
    s.first_token = start;
    s.last_token = end_token;
    s.begin = tokens[start].begin;
    s.end = tokens[end_token - 1].end;
    text.sentences.push_back(s);
    start = end_token;
  };
  for (uint32_t i = 0; i < n; ++i) {
    // A line break before token i.
    if (i > start && tokens[i].Has(kLineStart)) {
      bool blank = BlankLineBetween(text.text, tokens[i - 1].end, tokens[i].begin);
      bool continues = tokens[i].kind == TokenKind::kWord && !tokens[i].Has(kCapitalized) &&
                       !tokens[i].Has(kHasDigit);
      if (blank || !continues) close(i);
    }
    const Token& t = tokens[i];
    std::string_view norm = text.Norm(t);
    bool terminal = t.kind == TokenKind::kPunct && IsTerminal(norm);
    bool abbreviation = t.Has(kAbbreviation);
    if (!terminal && !abbreviation) continue;
    uint32_t end = i + 1;
    if (terminal) {
      while (end < n && tokens[end].kind == TokenKind::kPunct && !tokens[end].Has(kSpaceBefore) &&
             IsCloser(text.Norm(tokens[end])))
        ++end;
    }
    if (end >= n) break;
    const Token& next = tokens[end];
    std::string_view next_norm = text.Norm(next);
    bool opens = next.Has(kLineStart) || next.Has(kCapitalized) ||
                 next.kind == TokenKind::kNumber ||
                 (next.kind == TokenKind::kPunct && IsOpener(next_norm));
    if (!opens) continue;
    if (abbreviation) {
      const AbbreviationKind* kind =
          abbreviations ? abbreviations->Find(text.Surface(t)) : nullptr;
      if (kind != nullptr && *kind == AbbreviationKind::kTitle) continue;
      bool starter = next.Has(kLineStart) ||
                     (abbreviations != nullptr && abbreviations->IsSentenceStarter(next_norm));
      if (!starter) continue;
    }
    close(end);
    i = end - 1;
  }
  close(n);
}

}  // namespace dossier::text
