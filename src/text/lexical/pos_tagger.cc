#include "dossier/text/pos_tagger.h"

#include <algorithm>

#include "tag_repair.h"
#include "viterbi.h"
#include "word_guess.h"

namespace dossier::text {

void PosTagger::Tag(std::span<const std::string_view> words, std::span<Pos> out) const {
  const size_t n = std::min(words.size(), out.size());
  lexical::Candidates c;
  lexical::TagSentence(
      [&](size_t i, bool sentence_start) {
        lexical::CandidatesFor(words[i], sentence_start, &c);
        return lexical::WordLookup{&c, lexical::OpensQuote(words[i]),
                                   lexical::HasWordCharacter(words[i])};
      },
      out.first(n));
  lexical::RepairTags(
      words.first(n),
      [&](size_t i, Pos tag) {
        lexical::CandidatesFor(words[i], i == 0, &c);
        return std::find(c.tag, c.tag + c.count, tag) != c.tag + c.count;
      },
      out.first(n));
}

}  // namespace dossier::text
