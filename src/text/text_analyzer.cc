#include "dossier/text/text_analyzer.h"

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

void TextAnalyzer::TagAndLemmatize(AnalyzedText&) const {}

}  // namespace dossier::text
