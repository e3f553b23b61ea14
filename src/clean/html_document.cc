#include "dossier/clean/html_document.h"

#include <myencoding/encoding.h>
#include <myhtml/api.h>

#include "dossier/clean/nesting_limiter.h"
#include "dossier/core/spaces.h"
#include "dossier/core/utf8.h"

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace dossier {
namespace {

// MyHTML's tag ids mapped to ours, built once.
const std::array<HtmlTag, MyHTML_TAG_LAST_ENTRY>& TagTable() {
  static const auto table = [] {
    std::array<HtmlTag, MyHTML_TAG_LAST_ENTRY> t{};
    t.fill(HtmlTag::kOther);
    const std::pair<myhtml_tag_id_t, HtmlTag> pairs[] = {
        {MyHTML_TAG__TEXT, HtmlTag::kText}, {MyHTML_TAG__COMMENT, HtmlTag::kComment},
        {MyHTML_TAG_HTML, HtmlTag::kHtml}, {MyHTML_TAG_HEAD, HtmlTag::kHead},
        {MyHTML_TAG_BODY, HtmlTag::kBody}, {MyHTML_TAG_TITLE, HtmlTag::kTitle},
        {MyHTML_TAG_META, HtmlTag::kMeta}, {MyHTML_TAG_LINK, HtmlTag::kLink},
        {MyHTML_TAG_BASE, HtmlTag::kBase}, {MyHTML_TAG_SCRIPT, HtmlTag::kScript},
        {MyHTML_TAG_STYLE, HtmlTag::kStyle}, {MyHTML_TAG_NOSCRIPT, HtmlTag::kNoscript},
        {MyHTML_TAG_TEMPLATE, HtmlTag::kTemplate}, {MyHTML_TAG_SVG, HtmlTag::kSvg},
        {MyHTML_TAG_MATH, HtmlTag::kMath}, {MyHTML_TAG_IFRAME, HtmlTag::kIframe},
        {MyHTML_TAG_OBJECT, HtmlTag::kObject}, {MyHTML_TAG_EMBED, HtmlTag::kEmbed},
        {MyHTML_TAG_CANVAS, HtmlTag::kCanvas}, {MyHTML_TAG_VIDEO, HtmlTag::kVideo},
        {MyHTML_TAG_AUDIO, HtmlTag::kAudio}, 
        {MyHTML_TAG_SOURCE, HtmlTag::kSource}, {MyHTML_TAG_IMG, HtmlTag::kImg},
        {MyHTML_TAG_FORM, HtmlTag::kForm}, {MyHTML_TAG_INPUT, HtmlTag::kInput},
        {MyHTML_TAG_BUTTON, HtmlTag::kButton}, {MyHTML_TAG_SELECT, HtmlTag::kSelect},
        {MyHTML_TAG_OPTION, HtmlTag::kOption}, {MyHTML_TAG_TEXTAREA, HtmlTag::kTextarea},
        {MyHTML_TAG_LABEL, HtmlTag::kLabel}, {MyHTML_TAG_FIELDSET, HtmlTag::kFieldset},
        {MyHTML_TAG_NAV, HtmlTag::kNav}, {MyHTML_TAG_HEADER, HtmlTag::kHeader},
        {MyHTML_TAG_FOOTER, HtmlTag::kFooter}, {MyHTML_TAG_ASIDE, HtmlTag::kAside},
        {MyHTML_TAG_MAIN, HtmlTag::kMain}, {MyHTML_TAG_ARTICLE, HtmlTag::kArticle},
        {MyHTML_TAG_SECTION, HtmlTag::kSection}, {MyHTML_TAG_DIV, HtmlTag::kDiv},
        {MyHTML_TAG_MENU, HtmlTag::kMenu}, {MyHTML_TAG_DIALOG, HtmlTag::kDialog},
        {MyHTML_TAG_DETAILS, HtmlTag::kDetails}, {MyHTML_TAG_SUMMARY, HtmlTag::kSummary},
        {MyHTML_TAG_ADDRESS, HtmlTag::kAddress}, {MyHTML_TAG_P, HtmlTag::kP},
        {MyHTML_TAG_H1, HtmlTag::kH1}, {MyHTML_TAG_H2, HtmlTag::kH2},
        {MyHTML_TAG_H3, HtmlTag::kH3}, {MyHTML_TAG_H4, HtmlTag::kH4},
        {MyHTML_TAG_H5, HtmlTag::kH5}, {MyHTML_TAG_H6, HtmlTag::kH6},
        {MyHTML_TAG_HGROUP, HtmlTag::kHgroup}, {MyHTML_TAG_UL, HtmlTag::kUl},
        {MyHTML_TAG_OL, HtmlTag::kOl}, {MyHTML_TAG_LI, HtmlTag::kLi},
        {MyHTML_TAG_DL, HtmlTag::kDl}, {MyHTML_TAG_DT, HtmlTag::kDt},
        {MyHTML_TAG_DD, HtmlTag::kDd}, {MyHTML_TAG_BLOCKQUOTE, HtmlTag::kBlockquote},
        {MyHTML_TAG_PRE, HtmlTag::kPre}, {MyHTML_TAG_HR, HtmlTag::kHr},
        {MyHTML_TAG_BR, HtmlTag::kBr}, {MyHTML_TAG_TABLE, HtmlTag::kTable},
        {MyHTML_TAG_THEAD, HtmlTag::kThead}, {MyHTML_TAG_TBODY, HtmlTag::kTbody},
        {MyHTML_TAG_TFOOT, HtmlTag::kTfoot}, {MyHTML_TAG_TR, HtmlTag::kTr},
        {MyHTML_TAG_TD, HtmlTag::kTd}, {MyHTML_TAG_TH, HtmlTag::kTh},
        {MyHTML_TAG_CAPTION, HtmlTag::kCaption}, {MyHTML_TAG_FIGURE, HtmlTag::kFigure},
        {MyHTML_TAG_FIGCAPTION, HtmlTag::kFigcaption}, {MyHTML_TAG_A, HtmlTag::kA},
        {MyHTML_TAG_SPAN, HtmlTag::kSpan}, {MyHTML_TAG_TIME, HtmlTag::kTime},
        {MyHTML_TAG_CODE, HtmlTag::kCode}, {MyHTML_TAG_STRONG, HtmlTag::kStrong},
        {MyHTML_TAG_EM, HtmlTag::kEm}, {MyHTML_TAG_B, HtmlTag::kB},
        {MyHTML_TAG_I, HtmlTag::kI}, {MyHTML_TAG_U, HtmlTag::kU},
        {MyHTML_TAG_SMALL, HtmlTag::kSmall}, {MyHTML_TAG_SUP, HtmlTag::kSup},
        {MyHTML_TAG_SUB, HtmlTag::kSub}, {MyHTML_TAG_MARK, HtmlTag::kMark},
        {MyHTML_TAG_Q, HtmlTag::kQ}, {MyHTML_TAG_CITE, HtmlTag::kCite},
        {MyHTML_TAG_ABBR, HtmlTag::kAbbr},
    };
    for (const auto& [id, tag] : pairs) t[id] = tag;
    return t;
  }();
  return table;
}

HtmlTag MapTag(myhtml_tag_id_t id) {
  const auto& table = TagTable();
  return id < table.size() ? table[id] : HtmlTag::kOther;
}

struct MyHtmlDeleter {
  void operator()(myhtml_t* p) const { myhtml_destroy(p); }
  void operator()(myhtml_tree_t* p) const { myhtml_tree_destroy(p); }
};

// One parser instance per thread: creating it allocates its tables.
myhtml_t* ThreadParser() {
  thread_local std::unique_ptr<myhtml_t, MyHtmlDeleter> parser = [] {
    myhtml_t* p = myhtml_create();
    if (p && myhtml_init(p, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) {
      myhtml_destroy(p);
      p = nullptr;
    }
    return std::unique_ptr<myhtml_t, MyHtmlDeleter>(p);
  }();
  return parser.get();
}

myencoding_t DetectEncoding(std::string_view html, const std::string& fallback) {
  myencoding_t enc = MyENCODING_DEFAULT;
  if (myencoding_detect_bom(html.data(), html.size(), &enc)) return enc;
  size_t probe = html.size() < 4096 ? html.size() : 4096;
  enc = myencoding_prescan_stream_to_determine_encoding(html.data(), probe);
  if (enc != MyENCODING_NOT_DETERMINED) return enc;
  if (!fallback.empty() &&
      myencoding_by_name(fallback.data(), fallback.size(), &enc)) {
    return enc;
  }
  return MyENCODING_UTF_8;
}

// Pages that declare no charset but are not UTF-8 reach us undecoded; bad
// bytes become U+FFFD so that everything downstream sees valid UTF-8.
void AppendValidUtf8(std::string_view s, std::string& out) {
  if (FindInvalidUtf8(s) == std::string_view::npos) {
    out.append(s);
  } else {
    out += RepairUtf8(s);
  }
}

}  // namespace

// Copies MyHTML's tree into HtmlDocument, iteratively, in pre-order.
class HtmlTreeBuilder {
 public:
  HtmlTreeBuilder(HtmlDocument& doc, uint32_t max_depth)
      : doc_(doc), max_depth_(max_depth) {}

  void Build(myhtml_tree_node_t* root) {
    doc_.nodes_.push_back(HtmlNode{HtmlTag::kDocument});
    last_child_.push_back(kNoNode);
    struct Frame { myhtml_tree_node_t* node; uint32_t parent; };
    std::vector<Frame> stack;
    PushChildren(root, 0, stack);
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      uint32_t id = Append(f.node, f.parent);
      // Past max_depth, children attach to the deepest allowed node.
      uint32_t parent = doc_.nodes_[id].depth >= max_depth_ ? f.parent : id;
      PushChildren(f.node, parent, stack);
    }
  }

 private:
  template <typename Stack>
  void PushChildren(myhtml_tree_node_t* node, uint32_t parent, Stack& stack) {
    size_t mark = stack.size();
    for (auto* c = myhtml_node_child(node); c; c = myhtml_node_next(c)) {
      stack.push_back({c, parent});
    }
    std::reverse(stack.begin() + mark, stack.end());
  }

  uint32_t Append(myhtml_tree_node_t* src, uint32_t parent) {
    uint32_t id = static_cast<uint32_t>(doc_.nodes_.size());
    HtmlNode n;
    n.tag = MapTag(myhtml_node_tag_id(src));
    n.parent = parent;
    n.depth = doc_.nodes_[parent].depth + 1;
    if (n.tag == HtmlTag::kText) {
      size_t len = 0;
      const char* text = myhtml_node_text(src, &len);
      n.text_begin = static_cast<uint32_t>(doc_.text_.size());
      if (text) AppendValidUtf8(std::string_view(text, len), doc_.text_);
      n.text_end = static_cast<uint32_t>(doc_.text_.size());
    } else if (n.tag != HtmlTag::kComment) {
      n.attr_begin = static_cast<uint32_t>(doc_.attributes_.size());
      for (auto* a = myhtml_node_attribute_first(src); a; a = myhtml_attribute_next(a)) {
        size_t klen = 0, vlen = 0;
        const char* k = myhtml_attribute_key(a, &klen);
        const char* v = myhtml_attribute_value(a, &vlen);
        std::string value;
        AppendValidUtf8(std::string_view(v ? v : "", vlen), value);
        doc_.attributes_.push_back({std::string(k ? k : "", klen), std::move(value)});
      }
      n.attr_end = static_cast<uint32_t>(doc_.attributes_.size());
    }
    doc_.nodes_.push_back(n);
    last_child_.push_back(kNoNode);
    if (last_child_[parent] == kNoNode) {
      doc_.nodes_[parent].first_child = id;
    } else {
      doc_.nodes_[last_child_[parent]].next_sibling = id;
    }
    last_child_[parent] = id;
    return id;
  }

  HtmlDocument& doc_;
  uint32_t max_depth_;
  std::vector<uint32_t> last_child_;
};

Result<HtmlDocument> HtmlDocument::Parse(std::string_view html,
                                         const HtmlParseOptions& options) {
  myhtml_t* parser = ThreadParser();
  if (!parser) return Status(StatusCode::kInternal, "cannot initialise the HTML parser");
  std::unique_ptr<myhtml_tree_t, MyHtmlDeleter> tree(myhtml_tree_create());
  if (!tree || myhtml_tree_init(tree.get(), parser) != MyHTML_STATUS_OK) {
    return Status(StatusCode::kInternal, "cannot create an HTML tree");
  }
  myhtml_tree_parse_flags_set(tree.get(), MyHTML_TREE_PARSE_FLAGS_WITHOUT_DOCTYPE_IN_TREE);
  std::string limited;
  if (LimitNesting(html, options.max_depth, limited)) html = limited;
  myencoding_t enc = DetectEncoding(html, options.default_charset);
  if (myhtml_parse(tree.get(), enc, html.data(), html.size()) != MyHTML_STATUS_OK) {
    return Status(StatusCode::kCorruptInput, "the HTML parser rejected the page");
  }
  HtmlDocument doc;
  doc.nodes_.reserve(html.size() / 64 + 16);
  doc.text_.reserve(html.size() / 2);
  HtmlTreeBuilder(doc, options.max_depth).Build(myhtml_tree_get_document(tree.get()));
  return doc;
}

std::string_view HtmlDocument::Attribute(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t a = n.attr_begin; a < n.attr_end; ++a) {
    if (attributes_[a].name == name) return attributes_[a].value;
  }
  return {};
}

bool HtmlDocument::HasAttribute(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t a = n.attr_begin; a < n.attr_end; ++a) {
    if (attributes_[a].name == name) return true;
  }
  return false;
}

uint32_t HtmlDocument::Find(HtmlTag tag) const {
  for (uint32_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].tag == tag) return i;
  }
  return kNoNode;
}

std::string HtmlDocument::InnerText(uint32_t i) const {
  std::string out;
  // Pre-order layout: the subtree of i is the contiguous run of nodes after
  // it whose depth is greater than i's; a hidden subtree is skipped whole.
  uint32_t skip_depth = UINT32_MAX;
  for (uint32_t k = i; k < nodes_.size(); ++k) {
    const HtmlNode& n = nodes_[k];
    if (k > i && n.depth <= nodes_[i].depth) break;
    if (n.depth <= skip_depth) skip_depth = UINT32_MAX;
    if (skip_depth != UINT32_MAX) continue;
    if (k > i && IsNonContentTag(n.tag)) {
      skip_depth = n.depth;
    } else if (n.tag == HtmlTag::kText) {
      AppendCollapsed(Text(k), out);
    } else if ((IsBlockTag(n.tag) || n.tag == HtmlTag::kBr) && !out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  TrimEnd(out);
  return out;
}

}  // namespace dossier
