// ArticleFacts: what the stages after `story/` keep of one article: its
// metadata, cleaned text, sentence spans, entities, dates and coded facts.
// Every span indexes `text`. Built once per article by the pipeline
// (CaptureFacts in pipeline/story_assembler.h) and owned by whoever collects
// the story's articles; a value, safe to move between threads.
#ifndef DOSSIER_STORY_ARTICLE_FACTS_H_
#define DOSSIER_STORY_ARTICLE_FACTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/kb/entity.h"
#include "dossier/recognize/recognition.h"
#include "dossier/time/time_mention.h"

namespace dossier::story {

struct SentenceSpan {
  uint32_t begin = 0, end = 0;  // byte span in ArticleFacts::text
};

struct ArticleFacts {
  std::string id;         // Article::id
  std::string path;
  std::string title;      // empty when unknown
  std::string outlet;     // empty when unknown
  std::string url;
  std::string published;  // ISO, empty when unknown
  kb::Day day = kb::kNoDay;  // publication day
  std::string text;       // the cleaned text; every span below indexes it
  std::vector<std::string> cites;  // sources the article says it relies on, in order
  std::vector<SentenceSpan> sentences;
  recognize::Recognition recognition;
  std::vector<time::TimeMention> times;  // dates and periods, in text order
  code::Coding coding;
  // The article this one copies (near-duplicate or syndicated), as an index
  // into the same story's article list; -1 when it is no copy.
  int32_t copy_of = -1;

  std::string_view Span(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  // How the article is named to readers: its outlet, else its title, else
  // its path (empty when all three are).
  const std::string& Label() const {
    return !outlet.empty() ? outlet : !title.empty() ? title : path;
  }
  // The sentence holding byte `offset` (the last sentence when past the end).
  uint32_t SentenceAt(uint32_t offset) const;
};

}  // namespace dossier::story

#endif  // DOSSIER_STORY_ARTICLE_FACTS_H_
