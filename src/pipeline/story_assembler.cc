#include "dossier/pipeline/story_assembler.h"

#include <algorithm>
#include <cstdlib>
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

namespace {

// The year a story's news is from (0: unknown); see RedateUndated.
int NewsYear(const std::deque<story::ArticleFacts>& facts, const std::vector<uint32_t>& articles) {
  int published = 0, written = 0;
  for (uint32_t n : articles) {
    const story::ArticleFacts& f = facts[n];
    if (f.day != kb::kNoDay) published = std::max(published, std::atoi(kb::FormatDay(f.day).c_str()));
    for (const time::TimeMention& t : f.times) {
      bool specific = t.granularity == time::Granularity::kDay ||
                      t.granularity == time::Granularity::kMonth;
      if (!specific || t.year_inferred || t.relative) continue;
      written = std::max(written, std::atoi(t.end_date.c_str()));
    }
  }
  return published != 0 ? published : written;
}

bool InfersAnotherYear(const story::ArticleFacts& f, int year) {
  for (const time::TimeMention& t : f.times) {
    if (t.year_inferred && std::atoi(t.start.c_str()) != year) return true;
  }
  return false;
}

}  // namespace

size_t StoryAssembler::RedateUndated(const RecognitionEngine& engine) {
  size_t redone = 0;
  RecognitionEngine::Scratch scratch;
  for (const story::Story& s : clusterer_.stories()) {
    if (s.merged_into || s.articles.size() < 2) continue;
    int year = NewsYear(facts_, s.articles);
    if (year == 0) continue;
    for (uint32_t n : s.articles) {
      story::ArticleFacts& f = facts_[n];
      if (f.day != kb::kNoDay || !InfersAnotherYear(f, year)) continue;
      engine.Process(f.text, kb::kNoDay, scratch, year);
      CaptureAnalysis(scratch, f);
      ++redone;
    }
  }
  return redone;
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
