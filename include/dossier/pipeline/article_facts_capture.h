// CaptureFacts: the ArticleFacts of an article just processed by the
// RecognitionEngine, for the story stages (copies what the scratch holds, so
// the scratch can be reused for the next article).
#ifndef DOSSIER_PIPELINE_ARTICLE_FACTS_CAPTURE_H_
#define DOSSIER_PIPELINE_ARTICLE_FACTS_CAPTURE_H_

#include "dossier/core/article.h"
#include "dossier/pipeline/recognition_engine.h"
#include "dossier/story/article_facts.h"

namespace dossier {

// `scratch` must hold the result of engine.Process(article.text, ...).
story::ArticleFacts CaptureFacts(const Article& article, const RecognitionEngine::Scratch& scratch);

// Replaces the analysis part of `facts` (sentences, entities, dates, coding)
// with what `scratch` holds for the same text; metadata stay.
void CaptureAnalysis(const RecognitionEngine::Scratch& scratch, story::ArticleFacts& facts);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_ARTICLE_FACTS_CAPTURE_H_
