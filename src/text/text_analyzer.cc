#include "dossier/text/text_analyzer.h"

#include <array>

#include "dossier/text/lemmatizer.h"
#include "dossier/text/pos_tagger.h"
#include "dossier/text/sentence_splitter.h"

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
// it differs from the word ("supplied" -> "supply").
void TextAnalyzer::TagAndLemmatize(AnalyzedText& out) const {
  static const PosTagger tagger;
  static const Lemmatizer lemmatizer;
  std::vector<std::string_view> words;
  std::vector<Pos> tags;
  for (const Sentence& s : out.sentences) {
    words.clear();
    for (uint32_t i = s.first_token; i < s.last_token; ++i) words.push_back(out.Surface(out.tokens[i]));
    tags.assign(words.size(), Pos::kNone);
    tagger.Tag(words, tags);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      Token& t = out.tokens[i];
      Pos pos = tags[i - s.first_token];
      t.pos = static_cast<uint8_t>(pos);
      auto cls = WordClassOf(pos);
      if (!cls || t.kind != TokenKind::kWord) continue;
      std::string_view lemma = lemmatizer.Lemma(out.Norm(t), *cls);
      if (lemma == out.Norm(t)) continue;
      std::string copy(lemma);  // the arena may grow while we append
      t.lemma = static_cast<uint32_t>(out.norm.size());
      out.norm += copy;
      t.lemma_size = static_cast<uint16_t>(copy.size());
    }
  }
}

}  // namespace dossier::text
