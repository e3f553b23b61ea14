// HtmlDocument: an HTML5 page parsed into a compact, read-only node array.
//
// The parser (Modest/MyHTML, chosen by measurement: bench/html_parser_bench)
// stays behind this adapter; the rest of clean/ sees only HtmlNode. Nodes are
// stored in document (pre-)order, so a parent always precedes its children
// and a reverse scan visits children before parents: the extractor's
// bottom-up passes need no recursion. Nesting deeper than max_depth is
// flattened into the node at that depth, keeping its text, so pathological
// pages (100,000 nested elements) cost linear time and no stack.
//
// Text is decoded to UTF-8 (the charset comes from a BOM, <meta charset> or
// the caller's hint; UTF-8 when none is found); character references are
// resolved by the parser.
#ifndef DOSSIER_CLEAN_HTML_DOCUMENT_H_
#define DOSSIER_CLEAN_HTML_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/clean/html_tag.h"
#include "dossier/core/status.h"

namespace dossier {

inline constexpr uint32_t kNoNode = UINT32_MAX;

struct HtmlNode {
  HtmlTag tag = HtmlTag::kOther;
  uint32_t parent = kNoNode;
  uint32_t first_child = kNoNode;
  uint32_t next_sibling = kNoNode;
  uint32_t depth = 0;
  uint32_t text_begin = 0;  // kText nodes: range in HtmlDocument::text()
  uint32_t text_end = 0;
  uint32_t attr_begin = 0;  // elements: range in the attribute table
  uint32_t attr_end = 0;
};

struct HtmlAttribute {
  std::string name;  // lower case
  std::string value;
};

struct HtmlParseOptions {
  uint32_t max_depth = 256;
  // Charset to assume when the page declares none (a label such as
  // "windows-1252"); empty means UTF-8.
  std::string default_charset;
};

class HtmlDocument {
 public:
  // Parses `html`. Errors: kInternal when the parser cannot be set up.
  static Result<HtmlDocument> Parse(std::string_view html,
                                    const HtmlParseOptions& options = {});

  const std::vector<HtmlNode>& nodes() const { return nodes_; }
  const HtmlNode& node(uint32_t i) const { return nodes_[i]; }
  uint32_t size() const { return static_cast<uint32_t>(nodes_.size()); }

  // Text of a kText node (raw, whitespace as in the source).
  std::string_view Text(uint32_t i) const {
    const HtmlNode& n = nodes_[i];
    return std::string_view(text_).substr(n.text_begin, n.text_end - n.text_begin);
  }
  // Value of attribute `name` (lower case) or empty.
  std::string_view Attribute(uint32_t i, std::string_view name) const;
  bool HasAttribute(uint32_t i, std::string_view name) const;
  // Concatenated visible text under node i, whitespace collapsed.
  std::string InnerText(uint32_t i) const;
  // The first element with this tag, or kNoNode.
  uint32_t Find(HtmlTag tag) const;

 private:
  friend class HtmlTreeBuilder;
  std::vector<HtmlNode> nodes_;
  std::vector<HtmlAttribute> attributes_;
  std::string text_;
};

}  // namespace dossier

#endif  // DOSSIER_CLEAN_HTML_DOCUMENT_H_
