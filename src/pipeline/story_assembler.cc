#include "dossier/pipeline/story_assembler.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "dossier/pipeline/article_facts_capture.h"

namespace dossier {

StoryAssembler::StoryAssembler(const story::ClustererOptions& clustering,
                               const story::FeatureOptions& features)
    : extractor_(features), clusterer_(clustering) {}

void StoryAssembler::Add(const Article& article, const RecognitionEngine::Scratch& scratch) {
  facts_.push_back(CaptureFacts(article, scratch));
  const story::ArticleFacts& f = facts_.back();
  clusterer_.Add(extractor_.Extract(scratch.text, scratch.recognition, scratch.times, f.day));
}

std::vector<corroborate::StoryDossier> StoryAssembler::Dossiers() {
  std::vector<const story::Story*> live;
  for (const story::Story& s : clusterer_.stories()) {
    if (!s.merged_into && !s.articles.empty()) live.push_back(&s);
  }
  auto first = [](const story::Story* s) {
    return *std::min_element(s->articles.begin(), s->articles.end());
  };
  std::sort(live.begin(), live.end(),
            [&](const story::Story* a, const story::Story* b) { return first(a) < first(b); });
  std::vector<corroborate::StoryDossier> out;
  out.reserve(live.size());
  for (const story::Story* s : live) {
    corroborate::StoryDossier d;
    d.id = fmt::format("s{}", out.size() + 1);
    std::vector<uint32_t> numbers = s->articles;
    std::sort(numbers.begin(), numbers.end());
    std::unordered_map<uint32_t, int32_t> local;
    for (uint32_t n : numbers) {
      story::ArticleFacts& f = facts_[n];
      local[n] = static_cast<int32_t>(d.articles.size());
      auto original = clusterer_.CopyOf(n);
      auto it = original ? local.find(*original) : local.end();
      f.copy_of = it == local.end() ? -1 : it->second;
      if (d.title.empty() && f.copy_of < 0) d.title = f.title;
      d.articles.push_back(&f);
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace dossier
