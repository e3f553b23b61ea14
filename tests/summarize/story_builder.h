// Test support: made-up stories for the summarize tests. An article is a list
// of lines, each one sentence; the text joins them with newlines.
#ifndef DOSSIER_TESTS_SUMMARIZE_STORY_BUILDER_H_
#define DOSSIER_TESTS_SUMMARIZE_STORY_BUILDER_H_

#include <deque>
#include <string>
#include <vector>

#include "dossier/corroborate/story_dossier.h"

namespace dossier::testing {

inline story::ArticleFacts ArticleOf(const std::vector<std::string>& lines,
                                     const std::string& outlet = "") {
  story::ArticleFacts a;
  a.outlet = outlet;
  a.id = a.path = outlet.empty() ? "article" : outlet;
  for (const std::string& line : lines) {
    if (!a.text.empty()) a.text += "\n";
    auto begin = uint32_t(a.text.size());
    a.text += line;
    a.sentences.push_back({begin, uint32_t(a.text.size())});
  }
  return a;
}

// Articles live in a deque so that the dossier's pointers stay valid.
struct TestStory {
  std::deque<story::ArticleFacts> articles;
  corroborate::StoryDossier dossier;

  story::ArticleFacts& Add(const std::vector<std::string>& lines, const std::string& outlet = "") {
    articles.push_back(ArticleOf(lines, outlet));
    dossier.articles.push_back(&articles.back());
    return articles.back();
  }
};

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_SUMMARIZE_STORY_BUILDER_H_
