// The summarizer on real articles: the seed story (all five files as one
// story) and the ECB+ topics (each topic's "ecb" documents as one story),
// checked for the contract's invariants and measured with a proxy of
// salience (docs/stories.md, "Summaries"). Skips when ../shared/data is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "dossier/eval/ecbplus.h"
#include "dossier/eval/ecbplus_stories.h"
#include "dossier/pipeline/article_facts_capture.h"
#include "dossier/summarize/summarizer.h"
#include "dossier/summarize/summary_cues.h"
#include "summarize/ecb_gold.h"
#include "summarize/naive_dossier.h"
#include "testing/story_facts.h"

namespace dossier::summarize {
namespace {

const std::string kShared = DOSSIER_SHARED_DATA_DIR;

const Summarizer& Shared() {
  static Summarizer s = Summarizer::Load(DOSSIER_SOURCE_DATA_DIR).value();
  return s;
}

void ExpectTraceable(const corroborate::StoryDossier& d) {
  for (const auto& s : d.summary) {
    const story::ArticleFacts& a = *d.articles.at(s.place.article);
    EXPECT_EQ(s.text, a.Span(s.place.begin, s.place.end));
    EXPECT_LT(s.place.sentence, a.sentences.size());
    EXPECT_LT(a.copy_of, 0);
  }
}

TEST(SummarizerDataTest, SeedStory) {
  std::string dir = kShared + "/seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  std::vector<story::ArticleFacts> articles = testing::FactsOf(dir);
  ASSERT_EQ(articles.size(), 5u);
  corroborate::StoryDossier d = testing::NaiveDossier(articles);
  Shared().Summarize(d);
  ExpectTraceable(d);
  EXPECT_GE(d.summary.size(), 3u);
  EXPECT_LE(d.summary.size(), 7u);
  for (const auto& a : articles) fmt::print("article {} published '{}'\n", a.path, a.published);
  fmt::print("SUMMARY\n");
  for (const auto& s : d.summary) fmt::print("  [{}:{}] {}\n", s.place.article, s.place.sentence, s.text);
  fmt::print("KEY POINTS\n");
  for (const auto& k : d.key_points) fmt::print("  - {}\n", k);
  fmt::print("PRECEDED (of {} timeline entries)\n", d.timeline.size());
  for (const auto& t : d.preceded) fmt::print("  {} {}: {}\n", t.start, t.end, t.text);
  fmt::print("TIMELINE\n");
  for (const auto& t : d.timeline)
    fmt::print("  {} {} ev{} ({} outlets): {}\n", t.start, t.end, t.event,
               t.event >= 0 ? d.events[t.event].sourcing.outlets.size() : 0, t.text);
  corroborate::StoryDossier bare;
  for (const auto& a : articles) bare.articles.push_back(&a);
  Shared().Summarize(bare);
  fmt::print("KEY POINTS WITHOUT MERGED FACTS\n");
  for (const auto& k : bare.key_points) fmt::print("  - {}\n", k);
}

// Lower-case words of four letters or more: crude content words, so that the
// redundancy measure does not depend on the summarizer's own analysis.
std::set<std::string> RoughWords(std::string_view text) {
  std::set<std::string> out;
  std::string words = CueWords(text);
  for (size_t at = 0; at < words.size();) {
    size_t end = std::min(words.find(' ', at), words.size());
    if (end - at >= 4) out.insert(words.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  size_t shared = 0;
  for (const auto& w : a) shared += b.count(w);
  size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : double(shared) / double(all);
}

struct Place { size_t doc, line; };

struct TopicScore {
  double on_core = 0, on_shared = 0, coverage = 0, redundancy = 0;
  size_t sentences = 0;
};

struct EcbTopic {
  std::vector<story::ArticleFacts> articles;
  std::vector<std::vector<std::set<std::string>>> gold;  // per doc, per line
  std::set<std::string> core;    // chains in at least half of the documents
  std::set<std::string> shared;  // chains in at least two documents

  std::set<std::string> ChainsOf(const Place& p) const {
    return p.line < gold[p.doc].size() ? gold[p.doc][p.line] : std::set<std::string>();
  }
  std::string LineText(const Place& p) const {
    std::string_view t = articles[p.doc].text;
    size_t at = 0;
    for (size_t i = 0; i < p.line && at != std::string_view::npos; ++i) at = t.find('\n', at) + 1;
    return std::string(t.substr(at, t.find('\n', at) - at));
  }
};

TopicScore ScorePlaces(const EcbTopic& topic, const std::vector<Place>& places) {
  TopicScore s;
  std::set<std::string> covered;
  std::vector<std::set<std::string>> words;
  for (const Place& p : places) {
    auto chains = topic.ChainsOf(p);
    bool hit = false, shared = false;
    for (const auto& c : chains) {
      if (topic.core.count(c)) covered.insert(c), hit = true;
      if (topic.shared.count(c)) shared = true;
    }
    s.on_core += hit ? 1 : 0;
    s.on_shared += shared ? 1 : 0;
    words.push_back(RoughWords(topic.LineText(p)));
  }
  s.sentences = places.size();
  if (!places.empty()) s.on_core /= double(places.size()), s.on_shared /= double(places.size());
  s.coverage = topic.core.empty() ? 1 : double(covered.size()) / double(topic.core.size());
  for (size_t i = 0; i < words.size(); ++i)
    for (size_t j = i + 1; j < words.size(); ++j) s.redundancy = std::max(s.redundancy, Jaccard(words[i], words[j]));
  return s;
}

std::map<std::string, EcbTopic> ReadEcbTopics(const std::string& dir) {
  std::map<std::string, EcbTopic> topics;
  auto docs = ReadEcbPlus(dir);
  if (!docs.ok()) return topics;
  RecognitionEngine::Scratch scratch;
  for (const EcbDocument& doc : *docs) {
    if (doc.name.size() < 7 || doc.name.substr(doc.name.size() - 7) != "ecb.xml") continue;
    EcbTopic& t = topics[doc.topic];
    Article article;
    article.id = article.path = doc.name;
    article.text = doc.text;
    testing::SharedEngine()->Process(article.text, kb::kNoDay, scratch);
    t.articles.push_back(CaptureFacts(article, scratch));
    t.gold.push_back(testing::EcbGoldChains(dir + "/" + doc.topic + "/" + doc.name));
  }
  for (auto& [name, t] : topics) {
    std::map<std::string, size_t> docs_with;
    for (const auto& doc : t.gold) {
      std::set<std::string> seen;
      for (const auto& line : doc) seen.insert(line.begin(), line.end());
      for (const auto& c : seen) ++docs_with[c];
    }
    for (const auto& [c, n] : docs_with) {
      if (n >= 2 && 2 * n >= t.gold.size()) t.core.insert(c);
      if (n >= 2) t.shared.insert(c);
    }
  }
  return topics;
}

size_t LineOf(const story::ArticleFacts& a, uint32_t offset) {
  return size_t(std::count(a.text.begin(), a.text.begin() + offset, '\n'));
}

struct Totals {
  std::map<std::string, TopicScore> by_method;
  size_t stories = 0;
  double seconds = 0;
};

// Summarizes the topics whose number has parity `parity` (0 even, 1 odd, 2 all)
// and scores the summarizer, lead sentences and random sentences alike.
Totals EvaluateEcb(std::map<std::string, EcbTopic>& topics, const Summarizer& summarizer,
                   int parity) {
  Totals totals;
  std::mt19937_64 rng(7);
  for (auto& [name, t] : topics) {
    if (t.core.empty() || (parity < 2 && std::stoi(name) % 2 != parity)) continue;
    corroborate::StoryDossier d;
    for (const auto& a : t.articles) d.articles.push_back(&a);
    auto start = std::chrono::steady_clock::now();
    summarizer.Summarize(d);
    totals.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ExpectTraceable(d);
    std::vector<Place> ours, lead, random;
    for (const auto& s : d.summary)
      ours.push_back({s.place.article, LineOf(t.articles[s.place.article], s.place.begin)});
    for (size_t i = 0; lead.size() < ours.size(); ++i)
      lead.push_back({i % t.articles.size(), i / t.articles.size()});
    std::vector<Place> all;
    for (size_t doc = 0; doc < t.gold.size(); ++doc)
      for (size_t line = 0; line < t.gold[doc].size(); ++line)
        if (RoughWords(t.LineText({doc, line})).size() >= 4) all.push_back({doc, line});
    std::shuffle(all.begin(), all.end(), rng);
    random.assign(all.begin(), all.begin() + std::min(all.size(), ours.size()));
    for (auto [label, places] : {std::pair{"summarizer", &ours}, {"lead", &lead}, {"random", &random}}) {
      TopicScore s = ScorePlaces(t, *places);
      TopicScore& total = totals.by_method[label];
      total.on_core += s.on_core, total.coverage += s.coverage, total.redundancy += s.redundancy;
      total.on_shared += s.on_shared;
      total.sentences += s.sentences;
    }
    ++totals.stories;
  }
  return totals;
}

void PrintTotals(const Totals& totals, const std::string& prefix) {
  double n = double(std::max<size_t>(1, totals.stories));
  for (const auto& [label, s] : totals.by_method) {
    fmt::print("{}{:<11} stories {} sentences/story {:.2f} on-core {:.3f} on-shared {:.3f} "
               "core coverage {:.3f} max-pair redundancy {:.3f}\n", prefix, label, totals.stories,
               double(s.sentences) / n, s.on_core / n, s.on_shared / n, s.coverage / n,
               s.redundancy / n);
  }
}

TEST(SummarizerDataTest, EcbPlusTopics) {
  std::string dir = kShared + "/ecbplus";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  auto topics = ReadEcbTopics(dir);
  ASSERT_FALSE(topics.empty());
  for (int parity : {1, 0, 2}) {
    Totals totals = EvaluateEcb(topics, Shared(), parity);
    PrintTotals(totals, parity == 2 ? "all  " : parity == 1 ? "odd  " : "even ");
    if (parity == 2) {
      fmt::print("summarize: {:.2f} ms per story\n", 1000 * totals.seconds / totals.stories);
      EXPECT_GT(totals.by_method["summarizer"].on_core, totals.by_method["random"].on_core);
      EXPECT_LT(totals.by_method["summarizer"].redundancy, totals.by_method["lead"].redundancy);
    }
  }
}

}  // namespace
}  // namespace dossier::summarize
