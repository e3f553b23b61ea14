#include "dossier/eval/extraction_metric.h"

#include <unicode/uchar.h>

#include <unordered_map>

#include "dossier/core/utf8.h"

namespace dossier {
namespace {

// Python's \w: letters (L*), numbers (N*) and the underscore.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == '_';
  }
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::unordered_map<std::string, int> Shingles(std::string_view text, size_t n) {
  std::vector<std::string> tokens = WordTokens(text);
  std::unordered_map<std::string, int> out;
  size_t count = tokens.size() >= n ? tokens.size() - n + 1 : 1;
  for (size_t i = 0; i < count && i < tokens.size(); ++i) {
    std::string key;
    for (size_t k = i; k < i + n && k < tokens.size(); ++k) {
      key += tokens[k];
      key += '\x1F';
    }
    ++out[key];
  }
  return out;
}

}  // namespace

std::vector<std::string> WordTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = DecodeUtf8(text, i);
    if (IsWordChar(cp)) {
      current.append(text.data() + start, i - start);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

ShingleCounts MatchShingles(std::string_view truth, std::string_view prediction, size_t n) {
  auto t = Shingles(truth, n);
  auto p = Shingles(prediction, n);
  ShingleCounts c;
  for (const auto& [key, tc] : t) {
    auto it = p.find(key);
    int pc = it == p.end() ? 0 : it->second;
    c.tp += std::min(tc, pc);
    c.fn += std::max(0, tc - pc);
    c.fp += std::max(0, pc - tc);
  }
  for (const auto& [key, pc] : p) {
    if (!t.count(key)) c.fp += pc;
  }
  double sum = c.tp + c.fp + c.fn;
  if (sum > 0) {
    c.tp /= sum;
    c.fp /= sum;
    c.fn /= sum;
  }
  return c;
}

ExtractionScore AggregateScores(const std::vector<ShingleCounts>& pages) {
  double p_sum = 0, r_sum = 0;
  size_t p_n = 0, r_n = 0;
  for (const auto& c : pages) {
    bool nothing_wrong = c.fp == 0 && c.fn == 0;
    if (c.tp + c.fp > 0) {
      p_sum += nothing_wrong ? 1.0 : c.tp / (c.tp + c.fp);
      ++p_n;
    }
    if (c.tp + c.fn > 0) {
      r_sum += nothing_wrong ? 1.0 : c.tp / (c.tp + c.fn);
      ++r_n;
    }
  }
  ExtractionScore s;
  s.pages = pages.size();
  s.precision = p_n ? p_sum / double(p_n) : 0.0;
  s.recall = r_n ? r_sum / double(r_n) : 0.0;
  s.f1 = s.precision + s.recall > 0
             ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

}  // namespace dossier
