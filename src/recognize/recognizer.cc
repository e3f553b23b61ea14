#include "dossier/recognize/recognizer.h"

#include "recognize_pass.h"

namespace dossier::recognize {

Recognizer::Recognizer(const kb::KnowledgeBase& kb, Cues cues) : kb_(kb), cues_(std::move(cues)), fuzzy_(kb) {}

Result<std::unique_ptr<Recognizer>> Recognizer::Create(const kb::KnowledgeBase& kb,
                                                       const std::string& data_dir) {
  auto cues = Cues::Load(data_dir + "/recognize/cues.tsv");
  if (!cues.ok()) return cues.status();
  return std::unique_ptr<Recognizer>(new Recognizer(kb, std::move(cues).value()));
}

void Recognizer::Recognize(const text::AnalyzedText& text, kb::Day day, Recognition& out) const {
  out.Clear();
  RecognizePass pass(kb_, cues_, fuzzy_, text, day, out);
  pass.Run();
}

}  // namespace dossier::recognize
