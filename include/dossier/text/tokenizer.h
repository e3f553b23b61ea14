// Cuts text into word, number and punctuation tokens with byte spans.
#ifndef DOSSIER_TEXT_TOKENIZER_H_
#define DOSSIER_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dossier/core/status.h"
#include "dossier/text/token.h"

namespace dossier::text {

enum class AbbreviationKind : uint8_t { kTitle, kOther };

// Abbreviations that end in a full stop, from data/text/abbreviations.tsv.
class Abbreviations {
 public:
  static Result<Abbreviations> Load(const std::string& path);
  static Result<Abbreviations> Parse(std::string_view content, const std::string& path);

  // `word` includes its final full stop ("Gen.").
  const AbbreviationKind* Find(std::string_view word) const;
  // Whether a (normalised) word opens a sentence after an abbreviation.
  bool IsSentenceStarter(std::string_view normalized_word) const;

 private:
  std::unordered_map<std::string, AbbreviationKind> entries_;
  std::unordered_set<std::string> starters_;
};

// Words keep internal apostrophes ("O'Brien") and decimal or grouped digits
// ("2,000", "3.5"); possessive "'s" is its own token; hyphens and slashes
// glued between words are tokens flagged kJoiner, so "Su-35" is "Su" "-" "35"
// and dictionary matching can skip the joiner; dotted initialisms ("U.S.")
// and listed abbreviations keep their full stops.
class Tokenizer {
 public:
  explicit Tokenizer(const Abbreviations* abbreviations) : abbreviations_(abbreviations) {}

  // Appends tokens of `text` to `out.tokens` and normal forms to `out.norm`;
  // spans are offsets into `text` plus `base`.
  void Tokenize(std::string_view text, AnalyzedText& out, uint32_t base = 0) const;

  const Abbreviations* abbreviations() const { return abbreviations_; }

 private:
  const Abbreviations* abbreviations_;
};

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TOKENIZER_H_
