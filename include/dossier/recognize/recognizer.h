// The recognize stage: finds the countries, places, people, organisations,
// weapon systems, conflicts and territories of a text and resolves each to an
// actor code at the text's date.
//
// Three passes over the tokens: (1) dictionary matches from the knowledge
// base's trie; (2) composition: a country word with a sector word ("Israeli
// army" -> ISRMIL), a role with a country ("the Belarusian president" -> the
// incumbent at the date), titles and roles before names, and, when the
// knowledge base holds PETRARCH's agents, any actor with its agents
// ("Gondor's government" -> GONGOV); (3) patterns for the
// rest: capitalised runs with organisation suffixes, "Long Name (ABC)"
// acronyms, people next to titles, occupations or verbs of saying, and
// surnames of people already named. Immutable; one instance serves all
// threads.
#ifndef DOSSIER_RECOGNIZE_RECOGNIZER_H_
#define DOSSIER_RECOGNIZE_RECOGNIZER_H_

#include <memory>
#include <string>

#include "dossier/core/status.h"
#include "dossier/kb/knowledge_base.h"
#include "dossier/recognize/cues.h"
#include "dossier/recognize/fuzzy_names.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"

namespace dossier::recognize {

class Recognizer {
 public:
  // Working memory of Recognize that one thread keeps between texts, so
  // that recognising an article allocates little beyond its results.
  // Opaque; not thread-safe.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

    struct Buffers;  // src/recognize/recognize_pass.h

   private:
    friend class Recognizer;
    std::unique_ptr<Buffers> buffers_;
  };

  // `kb` must outlive the recognizer. Reads data/recognize/cues.tsv.
  static Result<std::unique_ptr<Recognizer>> Create(const kb::KnowledgeBase& kb,
                                                    const std::string& data_dir);

  // `day` is the text's publication date (kb::kNoDay when unknown: roles are
  // then taken as they stand in the knowledge base today).
  void Recognize(const text::AnalyzedText& text, kb::Day day, Recognition& out,
                 Scratch& scratch) const;
  // The same with a scratch of its own.
  void Recognize(const text::AnalyzedText& text, kb::Day day, Recognition& out) const;

  const kb::KnowledgeBase& kb() const { return kb_; }
  const Cues& cues() const { return cues_; }

 private:
  Recognizer(const kb::KnowledgeBase& kb, Cues cues);
  const kb::KnowledgeBase& kb_;
  Cues cues_;
  FuzzyNames fuzzy_;
};

}  // namespace dossier::recognize

#endif  // DOSSIER_RECOGNIZE_RECOGNIZER_H_
