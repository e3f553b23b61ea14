// Test support for the contradiction finder: articles built by hand (text,
// sentences, entities, events, times) and the finder loaded from data/.
#ifndef DOSSIER_TESTS_CORROBORATE_CONTRADICTION_TEST_SUPPORT_H_
#define DOSSIER_TESTS_CORROBORATE_CONTRADICTION_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <string_view>

#include "dossier/corroborate/contradiction_finder.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate::testing {

inline const ContradictionFinder& Finder() {
  static const ContradictionFinder finder = [] {
    auto loaded = ContradictionFinder::Load(DOSSIER_SOURCE_DATA_DIR, nullptr);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return std::move(loaded).value();
  }();
  return finder;
}

// One article: its sentences are split at ". ".
class ArticleBuilder {
 public:
  ArticleBuilder(std::string outlet, std::string text) {
    f_.outlet = std::move(outlet);
    f_.text = std::move(text);
    uint32_t begin = 0;
    for (size_t dot = f_.text.find(". "); dot != std::string::npos; dot = f_.text.find(". ", dot + 1)) {
      f_.sentences.push_back({begin, static_cast<uint32_t>(dot + 1)});
      begin = static_cast<uint32_t>(dot + 2);
    }
    f_.sentences.push_back({begin, static_cast<uint32_t>(f_.text.size())});
  }

  uint32_t At(std::string_view words) const {
    size_t at = f_.text.find(words);
    EXPECT_NE(at, std::string::npos) << words;
    return static_cast<uint32_t>(at);
  }

  // An entity with one mention per occurrence of `surface` (with `how`).
  ArticleBuilder& Entity(std::string name, std::string type, std::string code, int32_t kb,
                         std::string kind, std::string_view surface, std::string how = "dictionary") {
    recognize::RecognizedEntity e;
    e.name = std::move(name), e.type = std::move(type), e.code = std::move(code);
    e.kb = kb, e.kind = std::move(kind);
    uint32_t index = static_cast<uint32_t>(f_.recognition.entities.size());
    for (size_t at = f_.text.find(surface); at != std::string::npos; at = f_.text.find(surface, at + 1)) {
      recognize::Mention m;
      m.begin = static_cast<uint32_t>(at);
      m.end = static_cast<uint32_t>(at + surface.size());
      m.sentence = f_.SentenceAt(m.begin);
      m.entity = index, m.code = e.code, m.how = how;
      e.mentions.push_back(static_cast<uint32_t>(f_.recognition.mentions.size()));
      f_.recognition.mentions.push_back(m);
    }
    f_.recognition.entities.push_back(std::move(e));
    return *this;
  }

  // An event whose clause is `clause` and trigger `trigger` (inside it).
  ArticleBuilder& Event(std::string cameo, std::string source, std::string source_code,
                        std::string target, std::string target_code, std::string_view clause,
                        std::string_view trigger, code::Modality modality = code::Modality::kAsserted,
                        std::string date_start = "", std::string date_end = "") {
    code::Event e;
    e.cameo = std::move(cameo);
    e.source.name = std::move(source), e.source.code = std::move(source_code);
    e.target.name = std::move(target), e.target.code = std::move(target_code);
    e.modality = modality;
    e.begin = At(clause);
    e.end = e.begin + static_cast<uint32_t>(clause.size());
    e.verb_begin = e.begin + static_cast<uint32_t>(clause.find(trigger));
    e.verb_end = e.verb_begin + static_cast<uint32_t>(trigger.size());
    e.sentence = f_.SentenceAt(e.begin);
    e.date_start = std::move(date_start);
    e.date_end = date_end.empty() ? e.date_start : std::move(date_end);
    f_.coding.events.push_back(std::move(e));
    return *this;
  }

  // A written date (as the time finder gives it) at `words`.
  ArticleBuilder& Time(std::string_view words, std::string start, std::string end = "",
                       bool year_inferred = false) {
    time::TimeMention t;
    t.begin = At(words);
    t.end = t.begin + static_cast<uint32_t>(words.size());
    t.start = std::move(start);
    t.end_date = end.empty() ? t.start : std::move(end);
    t.year_inferred = year_inferred;
    t.sentence = f_.SentenceAt(t.begin);
    f_.times.push_back(std::move(t));
    return *this;
  }

  ArticleBuilder& CopyOf(int32_t original) {
    f_.copy_of = original;
    return *this;
  }

  story::ArticleFacts& facts() { return f_; }
  const story::ArticleFacts& facts() const { return f_; }

 private:
  story::ArticleFacts f_;
};

// A story over built articles (kept alive by the deque).
class StoryBuilder {
 public:
  ArticleBuilder& Add(std::string outlet, std::string text) {
    return articles_.emplace_back(std::move(outlet), std::move(text));
  }
  std::string_view Text(size_t i) const { return articles_[i].facts().text; }
  StoryDossier Find() {
    StoryDossier d;
    for (ArticleBuilder& a : articles_) d.articles.push_back(&a.facts());
    Finder().Find(d);
    return d;
  }

 private:
  std::deque<ArticleBuilder> articles_;
};

inline const Contradiction* OfSlot(const StoryDossier& d, std::string_view slot) {
  for (const Contradiction& c : d.contradictions) {
    if (c.slot == slot) return &c;
  }
  return nullptr;
}

}  // namespace dossier::corroborate::testing

#endif  // DOSSIER_TESTS_CORROBORATE_CONTRADICTION_TEST_SUPPORT_H_
