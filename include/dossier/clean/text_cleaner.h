// TextCleaner: site chrome out of scraped plain text, line by line.
//
// A scraped page arrives as lines: menus, share bars, "Previous article"
// links, comment policies and related-article titles around the story.
// Each line is judged by general signals: the boilerplate vocabulary, its
// shape (words, sentence punctuation, separators such as "Home | World"),
// repetition inside the page, runs of link-like title lines, its position
// (before the first body paragraph, after a comment or related-links
// marker), and, for the lines above the body, whether they share words with
// the body (a headline does; "Log in" or a widget label does not). The
// first headline-like line that shares words with the body is the title;
// a lone name line above the body is the byline.
//
// Thread safety: Clean is const.
#ifndef DOSSIER_CLEAN_TEXT_CLEANER_H_
#define DOSSIER_CLEAN_TEXT_CLEANER_H_

#include <string_view>

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/clean/cleaned_document.h"

namespace dossier {

class TextCleaner {
 public:
  explicit TextCleaner(const BoilerplateLexicon& lexicon) : lexicon_(lexicon) {}

  // Kept blocks, removed lines (in order) and found title/author/date.
  CleanedDocument Clean(std::string_view text) const;

 private:
  const BoilerplateLexicon& lexicon_;
};

}  // namespace dossier

#endif  // DOSSIER_CLEAN_TEXT_CLEANER_H_
