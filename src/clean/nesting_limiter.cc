#include "dossier/clean/nesting_limiter.h"

#include <cstring>

namespace dossier {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Elements that never nest (void) or whose end tag may be omitted: they do
// not count toward the depth, so unclosed <p> or <li> are not mistaken for
// deep nesting.
bool CountsForDepth(std::string_view name) {
  static const char* kSkip[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
      "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
      "image", "keygen", "basefont", "bgsound", "frame", "menuitem",
      // raw-text elements: their content is skipped whole (SkipOpaque), so
      // their end tags must not count either
      "script", "style", "textarea", "title", "xmp", "plaintext"};
  for (const char* s : kSkip) {
    if (name == s) return false;
  }
  return true;
}

struct Tag {
  size_t begin = 0, end = 0;  // [begin, end) in the page, '<' to past '>'
  bool closing = false;
  bool self_closing = false;
  std::string name;
};

// Reads the tag at html[i] == '<'; false when it is not a tag.
bool ReadTag(std::string_view html, size_t i, Tag& tag) {
  size_t j = i + 1;
  tag.closing = j < html.size() && html[j] == '/';
  if (tag.closing) ++j;
  size_t name_start = j;
  while (j < html.size() && ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= 'A' && html[j] <= 'Z') ||
                             (html[j] >= '0' && html[j] <= '9') || html[j] == '-')) {
    ++j;
  }
  if (j == name_start) return false;
  tag.name.clear();
  for (size_t k = name_start; k < j; ++k) tag.name += Lower(html[k]);
  size_t close = html.find('>', j);
  if (close == std::string_view::npos) return false;
  tag.begin = i;
  tag.end = close + 1;
  tag.self_closing = close > i && html[close - 1] == '/';
  return true;
}

// Skips comments and raw-text elements; returns the position to go on from,
// or npos when `i` starts neither.
size_t SkipOpaque(std::string_view html, size_t i) {
  char first = i + 1 < html.size() ? Lower(html[i + 1]) : '\0';
  if (first != '!' && first != 's' && first != 't' && first != 'x' && first != 'p') {
    return std::string_view::npos;
  }
  if (html.compare(i, 4, "<!--") == 0) {
    size_t e = html.find("-->", i + 4);
    return e == std::string_view::npos ? html.size() : e + 3;
  }
  for (const char* raw : {"script", "style", "textarea", "title", "xmp", "plaintext"}) {
    size_t n = std::strlen(raw);
    if (i + 1 + n < html.size() && html[i + 1 + n] != '-') {
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) match = Lower(html[i + 1 + k]) == raw[k];
      if (!match) continue;
      size_t e = i + 1 + n;
      while ((e = html.find("</", e)) != std::string_view::npos) {
        bool same = true;
        for (size_t k = 0; k < n && same; ++k) {
          same = e + 2 + k < html.size() && Lower(html[e + 2 + k]) == raw[k];
        }
        if (same) break;
        e += 2;
      }
      return e == std::string_view::npos ? html.size() : e;
    }
  }
  return std::string_view::npos;
}

}  // namespace

bool LimitNesting(std::string_view html, uint32_t max_depth, std::string& out) {
  // One pass that copies lazily: nothing is written until the first tag
  // must be dropped.
  uint64_t depth = 0, dropped_open = 0;
  bool copying = false;
  size_t copied_to = 0;
  Tag tag;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    size_t skip = SkipOpaque(html, i);
    if (skip != std::string_view::npos) {
      i = skip > i ? skip : i + 1;
      continue;
    }
    if (!ReadTag(html, i, tag)) {
      ++i;
      continue;
    }
    bool drop = false;
    if (CountsForDepth(tag.name) && !tag.self_closing) {
      if (!tag.closing) {
        if (depth >= max_depth) {
          drop = true;
          ++dropped_open;
        } else {
          ++depth;
        }
      } else if (dropped_open > 0) {
        drop = true;
        --dropped_open;
      } else if (depth > 0) {
        --depth;
      }
    }
    if (drop) {
      if (!copying) {
        out.clear();
        out.reserve(html.size());
        copying = true;
      }
      out.append(html.data() + copied_to, tag.begin - copied_to);
      copied_to = tag.end;
    }
    i = tag.end;
  }
  if (!copying) return false;
  out.append(html.data() + copied_to, html.size() - copied_to);
  return true;
}

}  // namespace dossier
