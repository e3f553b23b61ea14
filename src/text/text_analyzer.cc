#include "dossier/text/text_analyzer.h"

#include <algorithm>

#include "dossier/text/pos_tagger.h"
#include "dossier/text/sentence_splitter.h"
#include "lexical/tag_repair.h"
#include "lexical/word_memo_table.h"

namespace dossier::text {

TextAnalyzer::TextAnalyzer(Abbreviations abbreviations)
    : abbreviations_(std::move(abbreviations)), tokenizer_(&abbreviations_) {}

Result<std::unique_ptr<TextAnalyzer>> TextAnalyzer::Load(const std::string& data_dir) {
  auto abbreviations = Abbreviations::Load(data_dir + "/text/abbreviations.tsv");
  if (!abbreviations.ok()) return abbreviations.status();
  return std::unique_ptr<TextAnalyzer>(new TextAnalyzer(std::move(abbreviations).value()));
}

void TextAnalyzer::Analyze(std::string_view text, AnalyzedText& out) const {
  out.Clear();
  out.text = text;
  tokenizer_.Tokenize(text, out);
  SplitSentences(&abbreviations_, out);
  TagAndLemmatize(out);
}

// Tags one sentence at a time and stores each open-class word's lemma when
// it differs from the word ("supplied" -> "supply"). Candidate tags and
// lemmas come through the memo: most words of a text were seen before.
void TextAnalyzer::TagAndLemmatize(AnalyzedText& out) const {
  WordMemo::Table& memo = out.memo.table();
  memo.BeginText();
  std::vector<uint32_t>& ids = memo.sentence_ids;
  std::vector<Pos>& tags = memo.sentence_tags;
  std::vector<std::string_view>& words = memo.sentence_words;
  for (const Sentence& s : out.sentences) {
    ids.clear();
    for (uint32_t i = s.first_token; i < s.last_token; ++i)
      ids.push_back(memo.Intern(out.Surface(out.tokens[i])));
    tags.assign(ids.size(), Pos::kNone);
    lexical::TagSentence(
        [&](size_t i, bool sentence_start) { return memo.Lookup(ids[i], sentence_start); }, tags);
    words.clear();
    for (uint32_t i = s.first_token; i < s.last_token; ++i) words.push_back(out.Surface(out.tokens[i]));
    lexical::RepairTags(
        words,
        [&](size_t i, Pos tag) {
          const lexical::Candidates& c = *memo.Lookup(ids[i], i == 0).candidates;
          return std::find(c.tag, c.tag + c.count, tag) != c.tag + c.count;
        },
        tags);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      Token& t = out.tokens[i];
      Pos pos = tags[i - s.first_token];
      t.pos = static_cast<uint8_t>(pos);
      auto cls = WordClassOf(pos);
      if (!cls || t.kind != TokenKind::kWord) continue;
      std::string_view norm = out.Norm(t);
      std::string_view lemma = memo.Lemma(ids[i - s.first_token], norm, *cls);
      if (lemma == norm) continue;
      // The lemma views the static tables, never the arena it is appended to.
      t.lemma = static_cast<uint32_t>(out.norm.size());
      out.norm += lemma;
      t.lemma_size = static_cast<uint16_t>(lemma.size());
    }
  }
}

}  // namespace dossier::text
