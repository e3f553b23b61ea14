#include "dossier/pipeline/recognition_engine.h"

#include <chrono>

#include "dossier/core/data_dir.h"

namespace dossier {

Result<std::unique_ptr<RecognitionEngine>> RecognitionEngine::Load(const EngineOptions& options) {
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<RecognitionEngine> engine(new RecognitionEngine());
  std::string data_dir = options.data_dir;
  if (data_dir.empty()) {
    auto found = FindDataDir();
    if (!found.ok()) return found.status();
    data_dir = found.value();
  }
  engine->data_dir_ = data_dir;
  auto analyzer = text::TextAnalyzer::Load(data_dir);
  if (!analyzer.ok()) return analyzer.status();
  engine->analyzer_ = std::move(analyzer).value();
  kb::KbOptions kb_options;
  kb_options.data_dir = data_dir;
  kb_options.user_paths = options.kb_paths;
  kb_options.petrarch_dir = options.petrarch_dir;
  kb_options.petrarch_codes_first = options.petrarch_codes_first;
  auto kb = kb::KnowledgeBase::Load(kb_options);
  if (!kb.ok()) return kb.status();
  engine->kb_ = std::move(kb).value();
  auto recognizer = recognize::Recognizer::Create(*engine->kb_, data_dir);
  if (!recognizer.ok()) return recognizer.status();
  engine->recognizer_ = std::move(recognizer).value();
  if (options.code) {
    code::PatternParts parts;
    parts.verb_patterns = parts.noun_patterns = options.own_event_patterns;
    parts.intent_recoding = options.own_event_patterns || options.petrarch_verbs.empty();
    auto patterns = code::EventPatterns::Load(data_dir + "/events", parts);
    if (!patterns.ok()) return patterns.status();
    engine->patterns_ = std::make_unique<code::EventPatterns>(std::move(patterns).value());
    for (const std::string& path : options.petrarch_verbs) {
      auto stats = code::LoadPetrarchVerbs(path, *engine->patterns_);
      if (!stats.ok()) return stats.status();
      engine->petrarch_verb_stats_.push_back(*stats);
    }
    if (!options.petrarch_verbs.empty()) engine->patterns_->Finish();
    engine->coder_ = std::make_unique<code::EventCoder>(*engine->patterns_,
                                                        engine->recognizer_->cues(), options.coder);
    auto quotes = code::QuoteFinder::Load(data_dir);
    if (!quotes.ok()) return quotes.status();
    engine->quotes_ = std::make_unique<code::QuoteFinder>(std::move(quotes).value());
    auto lexicon = code::TransferLexicon::Load(data_dir + "/events/transfers.tsv");
    if (!lexicon.ok()) return lexicon.status();
    engine->transfer_lexicon_ = std::make_unique<code::TransferLexicon>(std::move(lexicon).value());
    engine->transfer_finder_ = std::make_unique<code::TransferFinder>(
        *engine->transfer_lexicon_, *engine->patterns_, engine->recognizer_->cues(),
        options.transfers);
  }
  engine->load_ms_ = std::chrono::duration<double, std::milli>(
                         std::chrono::steady_clock::now() - start).count();
  return engine;
}

void RecognitionEngine::Process(std::string_view text, kb::Day day, Scratch& scratch,
                                int news_year) const {
  analyzer_->Analyze(text, scratch.text);
  recognizer_->Recognize(scratch.text, day, scratch.recognition, scratch.recognizer);
  std::optional<time::CivilDate> publication;
  if (day != kb::kNoDay) {
    std::string iso = kb::FormatDay(day);
    publication = time::ParseIsoDate(iso);
  }
  scratch.times = time_finder_.Find(text, publication, news_year);
  // Both lists are in text order: one walk finds each date's sentence.
  const auto& sentences = scratch.text.sentences;
  size_t s = 0;
  for (time::TimeMention& t : scratch.times) {
    while (s + 1 < sentences.size() && sentences[s].end <= t.begin) ++s;
    t.sentence = static_cast<uint32_t>(s);
  }
  scratch.coding.Clear();
  if (coder_) {
    coder_->Code(scratch.text, scratch.recognition, scratch.times, scratch.coding.events,
                 scratch.coder);
    quotes_->Find(scratch.text, scratch.recognition, scratch.coding.quotes);
    transfer_finder_->Find(scratch.text, scratch.recognition, scratch.times,
                           scratch.coding.events, scratch.coding.transfers, scratch.transfers);
  }
}

kb::Day PublicationDay(std::string_view published) {
  if (published.size() >= 10) {
    if (auto d = kb::ParseIsoDay(published.substr(0, 10))) return *d;
  }
  if (published.size() >= 4) {
    if (auto d = kb::ParseIsoDay(published.substr(0, published.size() >= 7 && published[4] == '-' ? 7 : 4)))
      return *d;
  }
  return kb::kNoDay;
}

}  // namespace dossier
