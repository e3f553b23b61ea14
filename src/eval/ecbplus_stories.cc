#include "dossier/eval/ecbplus_stories.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <random>

namespace dossier {
namespace {

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

// `count` distinct indexes below `n` (all of them when n <= count), ascending.
std::vector<size_t> Sample(size_t n, size_t count, std::mt19937_64& rng) {
  std::vector<size_t> all(n);
  for (size_t i = 0; i < n; ++i) all[i] = i;
  std::shuffle(all.begin(), all.end(), rng);
  all.resize(std::min(n, count));
  std::sort(all.begin(), all.end());
  return all;
}

}  // namespace

std::string EcbBodyText(std::string_view text) {
  if (text.starts_with("http")) {
    size_t end = text.find('\n');
    return end == std::string_view::npos ? std::string() : std::string(text.substr(end + 1));
  }
  return std::string(text);
}

std::vector<StoryDocument> EcbStoryDocuments(const std::vector<EcbDocument>& docs) {
  std::vector<StoryDocument> out;
  out.reserve(docs.size());
  for (const EcbDocument& d : docs) {
    StoryDocument s;
    s.text = EcbBodyText(d.text);
    std::from_chars(d.topic.data(), d.topic.data() + d.topic.size(), s.topic);
    s.gold = 2 * s.topic + (d.name.find("ecbplus") != std::string::npos ? 1 : 0);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<StoryDocument> SyntheticArticles(const std::vector<StoryDocument>& docs,
                                             const SyntheticCorpusOptions& options) {
  std::map<uint32_t, std::vector<const StoryDocument*>> by_story;
  for (const StoryDocument& d : docs) by_story[d.gold].push_back(&d);
  std::vector<uint32_t> stories;
  for (const auto& [gold, members] : by_story) stories.push_back(gold);
  std::vector<StoryDocument> out;
  if (stories.empty()) return out;
  std::mt19937_64 rng(options.seed);
  std::uniform_int_distribution<size_t> pick(0, stories.size() - 1);
  for (size_t i = 0; i < options.articles; ++i) {
    const auto& members = by_story[stories[pick(rng)]];
    StoryDocument article;
    article.topic = members.front()->topic;
    article.gold = members.front()->gold;
    for (size_t m : Sample(members.size(), options.sources_per_article, rng)) {
      auto lines = Lines(members[m]->text);
      for (size_t l : Sample(lines.size(), options.sentences_per_source, rng)) {
        article.text.append(lines[l]).push_back('\n');
      }
    }
    out.push_back(std::move(article));
  }
  return out;
}

std::string DescribeSynthetic(const SyntheticCorpusOptions& options) {
  return fmt::format(
      "each synthetic article = {} sentences from each of {} documents of one sub-topic, "
      "the sub-topic and documents drawn at random (mt19937_64, seed {})",
      options.sentences_per_source, options.sources_per_article, options.seed);
}

}  // namespace dossier
