#include "dossier/summarize/summarizer.h"

#include "dossier/summarize/key_points.h"
#include "dossier/summarize/preceded.h"
#include "dossier/summarize/sentence_profile.h"

namespace dossier::summarize {

Summarizer::Summarizer(std::shared_ptr<const text::TextAnalyzer> analyzer, code::CameoCodes cameo,
                       SummaryCues cues, const SummarizerOptions& options)
    : analyzer_(std::move(analyzer)),
      cameo_(std::move(cameo)),
      cues_(std::move(cues)),
      options_(options) {}

Result<Summarizer> Summarizer::Load(const std::string& data_dir,
                                    const SummarizerOptions& options) {
  auto analyzer = text::TextAnalyzer::Load(data_dir);
  if (!analyzer.ok()) return analyzer.status();
  auto cameo = code::CameoCodes::Load(data_dir + "/events/cameo.tsv");
  if (!cameo.ok()) return cameo.status();
  auto cues = SummaryCues::Load(data_dir + "/summarize/cues.tsv");
  if (!cues.ok()) return cues.status();
  std::shared_ptr<const text::TextAnalyzer> shared = std::move(analyzer).value();
  return Summarizer(std::move(shared), std::move(cameo).value(), std::move(cues).value(), options);
}

void Summarizer::Summarize(corroborate::StoryDossier& dossier) const {
  std::vector<SentenceProfile> profiles = ProfileStory(dossier, *analyzer_, cues_);
  std::vector<float> scores = ScoreSentences(profiles, dossier, options_.salience);
  dossier.summary.clear();
  for (size_t i : SelectSentences(profiles, scores, options_.selection)) {
    const SentenceProfile& p = profiles[i];
    corroborate::SummarySentence s;
    s.text = std::string(dossier.articles[p.article]->Span(p.begin, p.end));
    s.place = {p.article, p.sentence, p.begin, p.end};
    dossier.summary.push_back(std::move(s));
  }
  dossier.key_points = KeyPoints(dossier, cameo_, options_.max_key_points);
  dossier.preceded = PrecededEntries(dossier, options_.max_preceded);
}

}  // namespace dossier::summarize
