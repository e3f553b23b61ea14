#include "dossier/clean/text_cleaner.h"

#include <algorithm>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/core/spaces.h"
#include "dossier/clean/line_shape.h"

namespace dossier {
namespace {

struct Unit {
  std::string text;
  LineShape shape;
};

bool EndsOpen(const std::string& s) {
  if (s.empty()) return false;
  char c = s.back();
  return !(c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
           c == ')' || static_cast<unsigned char>(c) >= 0x80);
}

// Lines, trimmed and collapsed; hard-wrapped lines of one paragraph joined.
std::vector<Unit> SplitUnits(std::string_view text) {
  std::vector<Unit> units;
  bool after_blank = true;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string line = CollapseSpaces(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    if (line.empty()) {
      after_blank = true;
      continue;
    }
    bool wrapped = !after_blank && !units.empty() && units.back().text.size() >= 55 &&
                   EndsOpen(units.back().text) && line[0] >= 'a' && line[0] <= 'z';
    if (wrapped) {
      units.back().text += ' ' + line;
    } else {
      units.push_back(Unit{std::move(line), {}});
    }
    after_blank = false;
  }
  for (auto& u : units) u.shape = ShapeOf(u.text);
  return units;
}

size_t SharedWords(const std::unordered_set<std::string>& a,
                   const std::unordered_set<std::string>& b) {
  size_t n = 0;
  for (const auto& w : a) n += b.count(w);
  return n;
}

std::string OutletFromCopyright(const std::string& line) {
  static const std::regex kCopyright(
      R"((?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([A-Z][\w&.' -]{1,60}?)(?:[.,|]|\s+all rights|$))",
      std::regex::icase);
  bool mentions = line.find("\xC2\xA9") != std::string::npos ||  // ©
                  line.find("opyright") != std::string::npos || line.find("(c)") != std::string::npos ||
                  line.find("(C)") != std::string::npos;
  std::smatch m;
  if (mentions && std::regex_search(line, m, kCopyright)) return CollapseSpaces(m[1].str());
  return {};
}

// Decides once per line whether it is chrome whatever its position: a menu,
// a line with no letters, a vocabulary entry, or a short label the page
// repeats (a widget shown above and below the story).
class LineJudge {
 public:
  LineJudge(const BoilerplateLexicon& lexicon, const std::vector<Unit>& units)
      : chrome_(units.size(), 0) {
    std::vector<std::string> norms(units.size());
    std::unordered_map<std::string, int> counts;
    for (size_t i = 0; i < units.size(); ++i) {
      if (units[i].shape.words > 10) continue;
      norms[i] = NormalizeLine(units[i].text, true);
      ++counts[norms[i]];
    }
    for (size_t i = 0; i < units.size(); ++i) {
      const Unit& u = units[i];
      chrome_[i] = u.shape.no_letters || u.shape.menu || lexicon.IsChromeLine(u.text) ||
                   lexicon.AllWordsChrome(u.text) ||
                   (u.shape.words <= 10 && counts[norms[i]] >= 2);
    }
  }

  bool IsChrome(size_t i) const { return chrome_[i] != 0; }

 private:
  std::vector<char> chrome_;
};

}  // namespace

CleanedDocument TextCleaner::Clean(std::string_view text) const {
  std::vector<Unit> units = SplitUnits(text);
  LineJudge judge(lexicon_, units);
  CleanedDocument out;
  const size_t n = units.size();

  size_t body_start = n;
  for (size_t i = 0; i < n; ++i) {
    if (units[i].shape.paragraph && !judge.IsChrome(i)) {
      body_start = i;
      break;
    }
  }
  std::unordered_set<std::string> body_words;
  for (size_t i = body_start, taken = 0; i < n && taken < 6; ++i) {
    if (!units[i].shape.paragraph || judge.IsChrome(i)) continue;
    for (auto& w : ContentWords(units[i].text)) body_words.insert(w);
    ++taken;
  }

  std::vector<char> keep(n, 0);
  std::string masthead;
  // Above the body: title, byline, date, deck; the rest is chrome.
  for (size_t i = 0; i < body_start; ++i) {
    const Unit& u = units[i];
    if (judge.IsChrome(i)) continue;
    if (u.shape.date) {
      if (out.found.published.empty()) out.found.published = u.text;
      continue;
    }
    if (u.shape.all_caps) {  // a masthead: the outlet's name in capitals
      if (masthead.empty()) masthead = u.text;
      continue;
    }
    size_t shared = SharedWords(ContentWords(u.text), body_words);
    bool by = u.text.rfind("By ", 0) == 0 || u.text.rfind("by ", 0) == 0;
    if (u.shape.name && (shared == 0 || by)) {
      if (out.found.author.empty()) out.found.author = BylineName(u.text);
      continue;
    }
    if (shared == 0 || !(u.shape.headline || u.shape.words >= 6)) continue;
    if (out.found.title.empty()) {
      out.found.title = u.text;
      keep[i] = 2;  // the title: not chrome, not body
    } else {
      keep[i] = 1;
    }
  }
  // The body, up to a trailing comment or related-links section.
  bool tail = false;
  bool after_lead_in = false;  // under "Read more:" come linked titles
  size_t kept_paragraphs = 0;
  for (size_t i = body_start; i < n; ++i) {
    const Unit& u = units[i];
    if (!tail && kept_paragraphs > 0 && u.shape.words <= 6 && lexicon_.IsTailMarker(u.text)) tail = true;
    if (tail) continue;
    if (judge.IsChrome(i)) {
      after_lead_in = u.text.back() == ':';
      continue;
    }
    if (after_lead_in && u.shape.headline && !u.shape.paragraph) continue;
    after_lead_in = false;
    keep[i] = 1;
    if (u.shape.paragraph) ++kept_paragraphs;
  }
  // Runs of three or more title-like lines inside the body are link lists.
  for (size_t i = body_start; i < n;) {
    size_t j = i;
    while (j < n && keep[j] == 1 && units[j].shape.headline && !units[j].shape.paragraph &&
           !units[j].shape.list_item) {
      ++j;
    }
    if (j - i >= 3) {
      for (size_t k = i; k < j; ++k) keep[k] = 0;
    }
    i = j == i ? i + 1 : j;
  }
  size_t kept_blocks = std::count(keep.begin(), keep.end(), 1);
  if (out.found.title.empty() && n > 0 && keep[0] == 1 && units[0].shape.words <= 40 &&
      kept_blocks >= 2) {
    // The scraped page's first line names it; a lead paragraph there is
    // also body text and stays in the blocks.
    out.found.title = units[0].text;
    if (!units[0].shape.paragraph) keep[0] = 2;
  }

  for (size_t i = 0; i < n; ++i) {
    const Unit& u = units[i];
    if (keep[i] == 2) continue;
    if (keep[i] == 0) {
      out.removed.push_back(u.text);
      if (out.found.outlet.empty()) out.found.outlet = OutletFromCopyright(u.text);
      continue;
    }
    BlockKind kind = BlockKind::kParagraph;
    std::string block = u.text;
    if (u.shape.list_item) {
      kind = BlockKind::kListItem;
      block = std::string(StripListMarker(u.text));
    } else if (u.shape.headline && !u.shape.paragraph && u.shape.words <= 15) {
      kind = BlockKind::kHeading;
    }
    out.blocks.push_back(CleanBlock{kind, std::move(block)});
  }
  if (out.found.outlet.empty()) out.found.outlet = masthead;
  return out;
}

}  // namespace dossier
