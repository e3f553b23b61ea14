// Test support: ArticleFacts built by hand for the corroborate tests, with
// neutral made-up stories. Sentences are cut after ". "; entities get a
// mention at every place their name occurs; events, transfers and quotes
// point at the first occurrence of a phrase.
#ifndef DOSSIER_TESTS_CORROBORATE_HAND_FACTS_H_
#define DOSSIER_TESTS_CORROBORATE_HAND_FACTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate::testing {

class HandArticle {
 public:
  HandArticle(std::string outlet, std::string text, std::vector<std::string> cites = {}) {
    f_.outlet = std::move(outlet);
    f_.path = "/hand/" + f_.outlet + std::to_string(counter_++) + ".txt";
    f_.text = std::move(text);
    f_.cites = std::move(cites);
    uint32_t start = 0;
    for (size_t i = 0; i < f_.text.size(); ++i) {
      if (f_.text[i] == '.' && (i + 1 == f_.text.size() || f_.text[i + 1] == ' ')) {
        f_.sentences.push_back({start, static_cast<uint32_t>(i + 1)});
        start = static_cast<uint32_t>(i + 2);
      }
    }
    if (start < f_.text.size()) f_.sentences.push_back({start, static_cast<uint32_t>(f_.text.size())});
  }

  // An entity with a mention wherever `name` occurs; returns its index.
  int32_t Entity(const std::string& name, const std::string& type, const std::string& code, int32_t kb = -1) {
    recognize::RecognizedEntity e;
    e.name = name, e.type = type, e.code = code, e.kb = kb, e.aliases = {name};
    int32_t index = static_cast<int32_t>(f_.recognition.entities.size());
    for (size_t at = f_.text.find(name); at != std::string::npos; at = f_.text.find(name, at + 1)) {
      recognize::Mention m;
      m.begin = static_cast<uint32_t>(at), m.end = static_cast<uint32_t>(at + name.size());
      m.sentence = f_.SentenceAt(m.begin), m.entity = static_cast<uint32_t>(index), m.code = code;
      m.how = "dictionary";
      e.mentions.push_back(static_cast<uint32_t>(f_.recognition.mentions.size()));
      f_.recognition.mentions.push_back(m);
    }
    f_.recognition.entities.push_back(e);
    return index;
  }

  code::Actor Actor(int32_t entity) const {
    code::Actor a;
    if (entity < 0) return a;
    a.entity = entity;
    a.name = f_.recognition.entities[entity].name;
    a.code = f_.recognition.entities[entity].code;
    return a;
  }

  // An event stated by `clause` (which must occur in the text).
  code::Event& Event(const std::string& clause, const std::string& cameo, int32_t source, int32_t target,
                     const std::string& date = "") {
    code::Event e;
    Place(clause, e.begin, e.end, e.sentence);
    e.cameo = cameo, e.source = Actor(source), e.target = Actor(target);
    e.date_start = e.date_end = date;
    f_.coding.events.push_back(e);
    return f_.coding.events.back();
  }

  code::Transfer& Transfer(const std::string& clause, int32_t supplier, int32_t recipient,
                           std::vector<code::TransferItem> items, int32_t event = -1) {
    code::Transfer t;
    t.supplier = Actor(supplier), t.recipient = Actor(recipient), t.items = std::move(items);
    code::TransferMention m;
    Place(clause, m.begin, m.end, m.sentence);
    m.event = event;
    t.mentions.push_back(m);
    f_.coding.transfers.push_back(t);
    return f_.coding.transfers.back();
  }

  code::Quote& Quote(const std::string& words, int32_t speaker) {
    code::Quote q;
    Place(words, q.begin, q.end, q.sentence);
    q.text = words, q.speaker = Actor(speaker);
    f_.coding.quotes.push_back(q);
    return f_.coding.quotes.back();
  }

  time::TimeMention& Time(const std::string& phrase, const std::string& start, const std::string& end = "") {
    time::TimeMention t;
    Place(phrase, t.begin, t.end, t.sentence);
    t.start = start, t.end_date = end.empty() ? start : end;
    f_.times.push_back(t);
    return f_.times.back();
  }

  story::ArticleFacts& facts() { return f_; }

 private:
  void Place(const std::string& phrase, uint32_t& begin, uint32_t& end, uint32_t& sentence) const {
    size_t at = f_.text.find(phrase);
    if (at == std::string::npos) at = 0;  // the test's own mistake shows up as a wrong span
    begin = static_cast<uint32_t>(at), end = static_cast<uint32_t>(at + phrase.size());
    sentence = f_.SentenceAt(begin);
  }

  story::ArticleFacts f_;
  static inline int counter_ = 0;
};

inline code::TransferItem Item(const std::string& name, const std::string& category, int32_t entity = -1) {
  code::TransferItem i;
  i.name = name, i.category = category, i.entity = entity;
  return i;
}

// The dossier's article list over hand articles (kept alive by the caller).
inline std::vector<const story::ArticleFacts*> Pointers(std::vector<HandArticle>& articles) {
  std::vector<const story::ArticleFacts*> out;
  for (HandArticle& a : articles) out.push_back(&a.facts());
  return out;
}

}  // namespace dossier::corroborate::testing

#endif  // DOSSIER_TESTS_CORROBORATE_HAND_FACTS_H_
