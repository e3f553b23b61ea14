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

Recognizer::Scratch::Scratch() : buffers_(std::make_unique<Buffers>()) {}
Recognizer::Scratch::~Scratch() = default;
Recognizer::Scratch::Scratch(Scratch&&) noexcept = default;
Recognizer::Scratch& Recognizer::Scratch::operator=(Scratch&&) noexcept = default;

void Recognizer::Recognize(const text::AnalyzedText& text, kb::Day day, Recognition& out,
                           Scratch& scratch) const {
  out.Clear();
  RecognizePass pass(kb_, cues_, fuzzy_, text, day, out, *scratch.buffers_);
  pass.Run();
}

void Recognizer::Recognize(const text::AnalyzedText& text, kb::Day day, Recognition& out) const {
  Scratch scratch;
  Recognize(text, day, out, scratch);
}

}  // namespace dossier::recognize
