#include "dossier/pipeline/article_facts_capture.h"

namespace dossier {

story::ArticleFacts CaptureFacts(const Article& article, const RecognitionEngine::Scratch& scratch) {
  story::ArticleFacts f;
  f.id = article.id;
  f.path = article.path;
  f.title = article.meta.title;
  f.outlet = article.meta.outlet;
  f.url = article.meta.url;
  f.published = article.meta.published;
  f.day = PublicationDay(article.meta.published);
  f.text = article.text;
  f.cites = article.cites;
  CaptureAnalysis(scratch, f);
  return f;
}

void CaptureAnalysis(const RecognitionEngine::Scratch& scratch, story::ArticleFacts& f) {
  f.sentences.clear();
  f.sentences.reserve(scratch.text.sentences.size());
  for (const text::Sentence& s : scratch.text.sentences) f.sentences.push_back({s.begin, s.end});
  f.recognition = scratch.recognition;
  f.times = scratch.times;
  f.coding = scratch.coding;
}

}  // namespace dossier
