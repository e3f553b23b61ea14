// The shape of one line of scraped text: what kind of line it looks like,
// independent of the vocabulary. Used by TextCleaner.
#ifndef DOSSIER_CLEAN_LINE_SHAPE_H_
#define DOSSIER_CLEAN_LINE_SHAPE_H_

#include <string>
#include <string_view>
#include <unordered_set>

namespace dossier {

struct LineShape {
  int words = 0;
  bool ends_sentence = false;  // ends with . ! ? … or a closing quote after one
  bool paragraph = false;      // reads like body text
  bool headline = false;       // 3-25 words, capitalised, no final period
  bool name = false;           // "By Jane Doe" or two to four capitalised words
  bool date = false;           // a date alone: "June 13, 2024", "2024-06-13"
  bool menu = false;           // "Home | World | Business"
  bool list_item = false;      // starts with "- ", "• ", "* ", "– "
  bool no_letters = false;     // only digits, punctuation, symbols
  bool all_caps = false;       // at most five words, no lower-case letter
};

LineShape ShapeOf(std::string_view line);

// Lower-cased words of four or more letters that are not function words.
std::unordered_set<std::string> ContentWords(std::string_view text);

// The line without a leading list marker.
std::string_view StripListMarker(std::string_view line);

// The name in a byline ("By Jane Doe and John Roe" -> "Jane Doe and John Roe").
std::string BylineName(std::string_view line);

}  // namespace dossier

#endif  // DOSSIER_CLEAN_LINE_SHAPE_H_
