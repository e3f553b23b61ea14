// The text, recognize and code stages loaded once: the text analyzer, the
// compiled knowledge base, the recognizer and the event coder. Immutable and shared by threads; each
// thread keeps its own Scratch, reused between articles.
#ifndef DOSSIER_PIPELINE_RECOGNITION_ENGINE_H_
#define DOSSIER_PIPELINE_RECOGNITION_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/code/event_coder.h"
#include "dossier/code/event_patterns.h"
#include "dossier/code/quote_finder.h"
#include "dossier/code/transfer_finder.h"
#include "dossier/code/transfer_lexicon.h"
#include "dossier/code/petrarch_verbs.h"
#include "dossier/core/status.h"
#include "dossier/kb/knowledge_base.h"
#include "dossier/recognize/recognizer.h"
#include "dossier/text/text_analyzer.h"
#include "dossier/time/time_finder.h"

namespace dossier {

struct EngineOptions {
  std::string data_dir;                 // empty: FindDataDir()
  std::vector<std::string> kb_paths;    // user knowledge files or folders
  std::string petrarch_dir;             // PETRARCH/Phoenix dictionaries, optional
  bool petrarch_codes_first = false;    // kb::KbOptions::petrarch_codes_first
  bool code = true;                     // load and run the code stage (events, transfers, quotes)
  // PETRARCH verb dictionaries (CAMEO.2.0.txt), read after our patterns:
  // among patterns of equal length ours come first.
  std::vector<std::string> petrarch_verbs;
  // Our verb and noun patterns (data/events); off to code with PETRARCH
  // verb dictionaries alone.
  bool own_event_patterns = true;
  code::CoderOptions coder;
  code::TransferOptions transfers;
};

class RecognitionEngine {
 public:
  struct Scratch {
    text::AnalyzedText text;
    recognize::Recognition recognition;
    std::vector<time::TimeMention> times;  // dates and periods, in text order
    recognize::Recognizer::Scratch recognizer;  // working memory, reused
    code::Coding coding;                        // events, transfers, quotes (when coding)
    code::EventCoder::Scratch coder;
    code::TransferFinder::Scratch transfers;
  };

  static Result<std::unique_ptr<RecognitionEngine>> Load(const EngineOptions& options);

  // Analyses and recognises `text` (which must outlive the scratch's use).
  // `news_year` (0: none) dates undated text: see time::TimeFinder::Find.
  void Process(std::string_view text, kb::Day day, Scratch& scratch, int news_year = 0) const;

  const kb::KnowledgeBase& kb() const { return *kb_; }
  const text::TextAnalyzer& analyzer() const { return *analyzer_; }
  const recognize::Recognizer& recognizer() const { return *recognizer_; }
  // nullptr when the engine was loaded without the code stage.
  const code::EventCoder* coder() const { return coder_.get(); }
  const code::TransferFinder* transfer_finder() const { return transfer_finder_.get(); }
  // What each of options.petrarch_verbs brought, in order.
  const std::vector<code::PetrarchVerbStats>& petrarch_verb_stats() const {
    return petrarch_verb_stats_;
  }
  double load_milliseconds() const { return load_ms_; }
  // The data folder the engine was loaded from.
  const std::string& data_dir() const { return data_dir_; }

 private:
  RecognitionEngine() = default;
  std::unique_ptr<text::TextAnalyzer> analyzer_;
  std::unique_ptr<kb::KnowledgeBase> kb_;
  std::unique_ptr<recognize::Recognizer> recognizer_;
  std::unique_ptr<code::EventPatterns> patterns_;
  std::unique_ptr<code::EventCoder> coder_;
  std::unique_ptr<code::QuoteFinder> quotes_;
  std::unique_ptr<code::TransferLexicon> transfer_lexicon_;
  std::unique_ptr<code::TransferFinder> transfer_finder_;
  std::vector<code::PetrarchVerbStats> petrarch_verb_stats_;
  time::TimeFinder time_finder_;
  double load_ms_ = 0;
  std::string data_dir_;
};

// The publication date of an article as a day ("2024-06-13T09:30:00Z" -> day),
// kb::kNoDay when unknown.
kb::Day PublicationDay(std::string_view published);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_RECOGNITION_ENGINE_H_
