// The summarizer on small made-up stories: traceable sentences, what is
// never chosen, redundancy across outlets, copies, and summary length.
#include "dossier/summarize/summarizer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dossier/summarize/sentence_profile.h"
#include "dossier/summarize/sentence_salience.h"
#include "summarize/story_builder.h"

namespace dossier::summarize {
namespace {

using testing::TestStory;

const Summarizer& Shared() {
  static Summarizer s = Summarizer::Load(DOSSIER_SOURCE_DATA_DIR).value();
  return s;
}

const std::vector<std::string> kFirst = {
    "Kenya signs water deal with Hungary",
    "What happens to the farmers now?",
    "Read the full statement.",
    "Kenya and Hungary signed a water management agreement in Nairobi on Monday, officials said.",
    "The agreement covers irrigation projects in three northern counties over the next five years.",
    "Hungarian engineers will train Kenyan technicians at a new centre near Lake Turkana.",
    "Critics in the Kenyan parliament questioned the cost of the loans attached to the deal.",
    "Comments are closed.",
};
const std::vector<std::string> kSecond = {
    "Hungary and Kenya signed a water management agreement in Nairobi on Monday, officials said.",
    "The deal funds irrigation projects in northern Kenya for five years.",
    "Opposition lawmakers in Nairobi questioned the cost of the Hungarian loans.",
    "The Hungarian foreign minister is expected to visit Mombasa next month.",
};

std::vector<std::string> Texts(const corroborate::StoryDossier& d) {
  std::vector<std::string> out;
  for (const auto& s : d.summary) out.push_back(s.text);
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(SummarizerTest, LoadFailsWithoutData) {
  EXPECT_FALSE(Summarizer::Load("/nonexistent/data").ok());
}

TEST(SummarizerTest, SentencesAreExactSpansOfTheirArticles) {
  TestStory story;
  story.Add(kFirst, "Example Daily");
  story.Add(kSecond, "Example Times");
  Shared().Summarize(story.dossier);
  ASSERT_GE(story.dossier.summary.size(), 3u);
  for (const auto& s : story.dossier.summary) {
    const story::ArticleFacts& a = *story.dossier.articles[s.place.article];
    EXPECT_EQ(s.text, a.Span(s.place.begin, s.place.end));
    const auto& span = a.sentences.at(s.place.sentence);
    EXPECT_EQ(s.text, a.Span(span.begin, span.end));
  }
}

TEST(SummarizerTest, NeverChoosesChromeQuestionsOrHeadlines) {
  TestStory story;
  story.Add(kFirst);
  Shared().Summarize(story.dossier);
  auto texts = Texts(story.dossier);
  EXPECT_EQ(texts.size(), 3u);
  for (size_t i : {0, 1, 2, 7}) EXPECT_FALSE(Contains(texts, kFirst[i])) << kFirst[i];
}

TEST(SummarizerTest, WhatTwoOutletsRepeatIsChosenOnce) {
  TestStory story;
  story.Add(kFirst);
  story.Add(kSecond);
  Shared().Summarize(story.dossier);
  auto texts = Texts(story.dossier);
  EXPECT_TRUE(Contains(texts, kFirst[3]) || Contains(texts, kSecond[0]));
  EXPECT_FALSE(Contains(texts, kFirst[3]) && Contains(texts, kSecond[0]));
}

TEST(SummarizerTest, CopiesAreNeverSources) {
  TestStory story;
  story.Add(kSecond);
  story.Add({"Chile and Peru signed a fishing accord in Lima on Friday after long talks.",
             "The accord sets quotas for anchovy boats along the shared maritime border.",
             "Peruvian fishermen welcomed the quotas at a meeting in Callao."})
      .copy_of = 0;
  Shared().Summarize(story.dossier);
  ASSERT_FALSE(story.dossier.summary.empty());
  for (const auto& s : story.dossier.summary) EXPECT_EQ(s.place.article, 0u);
}

TEST(SummarizerTest, FirstSentenceIsTheMostSalient) {
  TestStory story;
  story.Add(kFirst);
  story.Add(kSecond);
  Shared().Summarize(story.dossier);
  ASSERT_FALSE(story.dossier.summary.empty());
  // The signing is the lead of both articles and shared by both.
  std::string first = story.dossier.summary[0].text;
  EXPECT_TRUE(first == kFirst[3] || first == kSecond[0]) << first;
}

std::vector<std::string> Generated(size_t count, const std::string& place) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < count; ++i)
    lines.push_back(place + " officials approved plan" + std::to_string(i) + "a for road" +
                    std::to_string(i) + "b and school" + std::to_string(i) + "c near river" +
                    std::to_string(i) + "d.");
  return lines;
}

TEST(SummarizerTest, LengthGrowsWithTheStory) {
  TestStory small;
  small.Add(Generated(8, "Kisumu"));
  Shared().Summarize(small.dossier);
  EXPECT_EQ(small.dossier.summary.size(), 3u);

  TestStory large;
  for (const char* place : {"Kisumu", "Nakuru", "Eldoret", "Garissa", "Machakos"})
    large.Add(Generated(30, place), place);
  Shared().Summarize(large.dossier);
  EXPECT_GT(large.dossier.summary.size(), 5u);
  EXPECT_LE(large.dossier.summary.size(), 7u);
}

TEST(SummarizerTest, EmptyStoryGetsEmptySummary) {
  TestStory story;
  story.Add({});
  Shared().Summarize(story.dossier);
  EXPECT_TRUE(story.dossier.summary.empty());
  EXPECT_TRUE(story.dossier.key_points.empty());
  EXPECT_TRUE(story.dossier.preceded.empty());
}

TEST(SentenceSalienceTest, WhatOtherOutletsShareScoresHigher) {
  TestStory story;
  story.Add({"Peru opened a new border crossing with Chile near Tacna on Tuesday morning.",
             "A local choir sang the national anthem for the visiting officials at noon.",
             "Trucks carrying copper ore were the first to use the new border crossing."});
  story.Add({"Chile and Peru opened a new border crossing near Tacna for trucks carrying ore.",
             "The new crossing should halve waiting times for copper trucks, customs officials said."});
  story.Add({"Copper trucks crossed from Peru into Chile at the new Tacna border crossing."});
  auto analyzer = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
  auto cues = SummaryCues::Load(std::string(DOSSIER_SOURCE_DATA_DIR) + "/summarize/cues.tsv");
  ASSERT_TRUE(analyzer.ok() && cues.ok());
  auto profiles = ProfileStory(story.dossier, **analyzer, *cues);
  ASSERT_EQ(profiles.size(), 6u);
  auto scores = ScoreSentences(profiles, story.dossier);
  EXPECT_GT(scores[2], scores[1]);  // later in its article, but shared by the others
}

TEST(SentenceSalienceTest, ReadabilityPenalties) {
  SentenceProfile p;
  p.word_count = 12, p.has_verb = true, p.terminal = true;
  EXPECT_FLOAT_EQ(ReadabilityFactor(p), 1.0f);
  SentenceProfile question = p;
  question.question = true;
  EXPECT_LT(ReadabilityFactor(question), 0.5f);
  SentenceProfile heading = p;
  heading.has_verb = false, heading.terminal = false;
  EXPECT_LT(ReadabilityFactor(heading), 0.2f);
  SentenceProfile quote = p;
  quote.quoted_share = 0.9f;
  EXPECT_LT(ReadabilityFactor(quote), 1.0f);
  SentenceProfile chrome = p;
  chrome.boilerplate = true;
  EXPECT_EQ(ReadabilityFactor(chrome), 0.0f);
  SentenceProfile fragment = p;
  fragment.word_count = 2;
  EXPECT_EQ(ReadabilityFactor(fragment), 0.0f);
}

}  // namespace
}  // namespace dossier::summarize
