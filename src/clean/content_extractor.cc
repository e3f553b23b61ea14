#include "dossier/clean/content_extractor.h"

#include "dossier/core/spaces.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace dossier {
namespace {

// A run of inline text inside one block-level element.
struct TextRun {
  uint32_t owner = kNoNode;  // nearest block-level ancestor
  std::string text;          // white space collapsed
  size_t link_bytes = 0;
  bool chrome = false;       // inside nav/footer/aside/hidden furniture
};

bool IsChromeRole(std::string_view role) {
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "search" || role == "menu" ||
         role == "menubar" || role == "dialog" || role == "alertdialog";
}

bool IsHiddenStyle(std::string_view style) {
  std::string s;
  for (char c : style) {
    if (!IsAsciiSpace(c)) s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// Per-node facts computed in one forward and one backward pass.
class PageModel {
 public:
  PageModel(const HtmlDocument& doc, const BoilerplateLexicon& lexicon)
      : doc_(doc), n_(doc.size()), invisible_(n_), chrome_(n_), weight_(n_),
        owner_(n_, kNoNode), in_link_(n_), text_bytes_(n_), link_bytes_(n_) {
    Forward(lexicon);
    Backward();
  }

  const HtmlDocument& doc() const { return doc_; }
  bool invisible(uint32_t i) const { return invisible_[i]; }
  int weight(uint32_t i) const { return weight_[i]; }
  uint32_t owner(uint32_t i) const { return owner_[i]; }
  double LinkDensity(uint32_t i) const {
    return text_bytes_[i] == 0 ? 0.0 : double(link_bytes_[i]) / double(text_bytes_[i]);
  }
  size_t TextBytes(uint32_t i) const { return text_bytes_[i]; }

  std::vector<TextRun> Runs() const {
    std::vector<TextRun> runs;
    bool boundary = true;
    for (uint32_t i = 1; i < n_; ++i) {
      const HtmlNode& node = doc_.node(i);
      if (node.tag != HtmlTag::kText) {
        if (IsBlockTag(node.tag) || node.tag == HtmlTag::kBr) boundary = true;
        continue;
      }
      if (invisible_[i]) continue;
      std::string_view text = doc_.Text(i);
      if (std::all_of(text.begin(), text.end(), IsAsciiSpace)) {
        if (!runs.empty() && !boundary) runs.back().text += ' ';
        continue;
      }
      if (boundary || runs.empty() || runs.back().owner != owner_[i]) {
        runs.push_back(TextRun{owner_[i], {}, 0, chrome_[i] != 0});
        boundary = false;
      }
      TextRun& run = runs.back();
      size_t before = run.text.size();
      AppendCollapsed(text, run.text);
      if (in_link_[i]) run.link_bytes += run.text.size() - before;
    }
    for (auto& run : runs) TrimEnd(run.text);
    runs.erase(std::remove_if(runs.begin(), runs.end(),
                              [](const TextRun& r) { return r.text.empty(); }),
               runs.end());
    return runs;
  }

 private:
  void Forward(const BoilerplateLexicon& lexicon) {
    for (uint32_t i = 1; i < n_; ++i) {
      const HtmlNode& node = doc_.node(i);
      uint32_t p = node.parent;
      invisible_[i] = invisible_[p] || IsNonContentTag(node.tag);
      chrome_[i] = chrome_[p];
      in_link_[i] = in_link_[p] || node.tag == HtmlTag::kA;
      owner_[i] = IsBlockTag(node.tag) ? i : owner_[p];
      if (node.tag == HtmlTag::kText || node.tag == HtmlTag::kComment) continue;
      if (doc_.HasAttribute(i, "hidden") || doc_.Attribute(i, "aria-hidden") == "true" ||
          IsHiddenStyle(doc_.Attribute(i, "style"))) {
        invisible_[i] = true;
      }
      if (node.tag == HtmlTag::kNav || node.tag == HtmlTag::kFooter ||
          node.tag == HtmlTag::kAside || IsChromeRole(doc_.Attribute(i, "role"))) {
        chrome_[i] = true;
      }
      std::string_view cls = doc_.Attribute(i, "class");
      std::string_view id = doc_.Attribute(i, "id");
      if (!cls.empty()) weight_[i] += lexicon.ClassWeight(cls);
      if (!id.empty()) weight_[i] += lexicon.ClassWeight(id);
    }
  }

  void Backward() {
    for (uint32_t i = n_; i-- > 1;) {
      const HtmlNode& node = doc_.node(i);
      if (node.tag == HtmlTag::kText && !invisible_[i]) {
        size_t bytes = 0;
        for (char c : doc_.Text(i)) bytes += !IsAsciiSpace(c);
        text_bytes_[i] = bytes;
        if (in_link_[i]) link_bytes_[i] = bytes;
      }
      text_bytes_[node.parent] += text_bytes_[i];
      link_bytes_[node.parent] += link_bytes_[i];
    }
  }

  const HtmlDocument& doc_;
  uint32_t n_;
  std::vector<char> invisible_, chrome_;
  std::vector<int> weight_;
  std::vector<uint32_t> owner_;
  std::vector<char> in_link_;
  std::vector<size_t> text_bytes_, link_bytes_;
};

int TagBonus(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kDiv: case HtmlTag::kArticle: case HtmlTag::kMain: return 5;
    case HtmlTag::kPre: case HtmlTag::kTd: case HtmlTag::kBlockquote: return 3;
    case HtmlTag::kAddress: case HtmlTag::kOl: case HtmlTag::kUl: case HtmlTag::kDl:
    case HtmlTag::kDd: case HtmlTag::kDt: case HtmlTag::kLi: case HtmlTag::kForm:
      return -3;
    case HtmlTag::kH1: case HtmlTag::kH2: case HtmlTag::kH3: case HtmlTag::kH4:
    case HtmlTag::kH5: case HtmlTag::kH6: case HtmlTag::kTh: case HtmlTag::kHeader:
      return -5;
    default: return 0;
  }
}

size_t CountCommas(std::string_view s) {
  size_t n = std::count(s.begin(), s.end(), ',');
  for (size_t p = s.find("\xEF\xBC\x8C"); p != std::string_view::npos;
       p = s.find("\xEF\xBC\x8C", p + 3)) {
    ++n;  // full-width comma
  }
  return n;
}

bool IsInside(const HtmlDocument& doc, uint32_t node, uint32_t ancestor) {
  for (uint32_t a = node; a != kNoNode; a = doc.node(a).parent) {
    if (a == ancestor) return true;
  }
  return false;
}

// Readability-style container scoring and choice.
class ContainerChooser {
 public:
  ContainerChooser(const PageModel& model, const std::vector<TextRun>& runs,
                   size_t min_paragraph)
      : model_(model), doc_(model.doc()), score_(doc_.size(), 0.0),
        scored_(doc_.size(), 0) {
    for (const TextRun& run : runs) {
      if (run.chrome || run.owner == kNoNode || run.text.size() < min_paragraph) continue;
      if (run.link_bytes * 2 > run.text.size()) continue;
      double s = 1.0 + double(CountCommas(run.text)) +
                 std::min(double(run.text.size()) / 100.0, 3.0);
      uint32_t a = doc_.node(run.owner).parent;
      for (int level = 0; a != kNoNode && a != 0 && level < 5; ++level) {
        Init(a);
        score_[a] += s / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        a = doc_.node(a).parent;
      }
    }
  }

  double Final(uint32_t i) const {
    return scored_[i] ? score_[i] * (1.0 - model_.LinkDensity(i)) : 0.0;
  }
  double Raw(uint32_t i) const { return scored_[i] ? score_[i] : 0.0; }

  // The chosen roots: the top container and the siblings that belong with it.
  std::vector<uint32_t> Choose() const {
    std::vector<uint32_t> ranked;
    for (uint32_t i = 0; i < doc_.size(); ++i) {
      if (scored_[i]) ranked.push_back(i);
    }
    if (ranked.empty()) return {};
    std::sort(ranked.begin(), ranked.end(),
              [&](uint32_t a, uint32_t b) { return Final(a) > Final(b); });
    uint32_t top = PromoteByAlternatives(ranked);
    top = PromoteByParentScore(top);
    while (doc_.node(top).parent > 0 && OnlyElementChild(top)) top = doc_.node(top).parent;
    std::vector<uint32_t> roots = WithSiblings(top);
    AddLookalikes(top, roots);
    return roots;
  }

 private:
  void Init(uint32_t i) {
    if (scored_[i]) return;
    scored_[i] = 1;
    score_[i] = TagBonus(doc_.node(i).tag) + model_.weight(i);
  }

  uint32_t PromoteByAlternatives(const std::vector<uint32_t>& ranked) const {
    uint32_t top = ranked[0];
    std::vector<uint32_t> alternatives;
    for (size_t k = 1; k < ranked.size() && k < 5; ++k) {
      if (Final(ranked[k]) >= 0.75 * Final(top)) alternatives.push_back(ranked[k]);
    }
    if (alternatives.size() < 3) return top;
    for (uint32_t p = doc_.node(top).parent; p != kNoNode && p > 0; p = doc_.node(p).parent) {
      if (doc_.node(p).tag == HtmlTag::kBody) break;
      int inside = 0;
      for (uint32_t alt : alternatives) inside += IsInside(doc_, alt, p);
      if (inside >= 3) return p;
    }
    return top;
  }

  uint32_t PromoteByParentScore(uint32_t top) const {
    double last = Final(top);
    double threshold = last / 3.0;
    for (uint32_t p = doc_.node(top).parent; p != kNoNode && p > 0; p = doc_.node(p).parent) {
      if (doc_.node(p).tag == HtmlTag::kBody) break;
      if (!scored_[p]) continue;
      double s = Final(p);
      if (s < threshold) break;
      if (s > last) return p;
      last = s;
    }
    return top;
  }

  bool OnlyElementChild(uint32_t i) const {
    uint32_t p = doc_.node(i).parent;
    int elements = 0;
    for (uint32_t c = doc_.node(p).first_child; c != kNoNode; c = doc_.node(c).next_sibling) {
      HtmlTag t = doc_.node(c).tag;
      if (t == HtmlTag::kText && model_.TextBytes(c) > 0) return false;
      if (t != HtmlTag::kText && t != HtmlTag::kComment) ++elements;
    }
    return elements == 1;
  }

  // Bodies split by ads or widgets come back as several containers with the
  // same tag and class as the chosen one; take those that carry text.
  void AddLookalikes(uint32_t top, std::vector<uint32_t>& roots) const {
    std::string_view cls = doc_.Attribute(top, "class");
    if (cls.empty()) return;
    HtmlTag tag = doc_.node(top).tag;
    for (uint32_t i = 1; i < doc_.size(); ++i) {
      if (doc_.node(i).tag != tag || model_.invisible(i) || doc_.Attribute(i, "class") != cls) continue;
      if (std::find(roots.begin(), roots.end(), i) != roots.end()) continue;
      bool nested = false;
      for (uint32_t r : roots) nested = nested || IsInside(doc_, i, r) || IsInside(doc_, r, i);
      if (nested) continue;
      if (model_.TextBytes(i) >= 100 && model_.LinkDensity(i) < 0.25) roots.push_back(i);
    }
    std::sort(roots.begin(), roots.end());  // document order
  }

  std::vector<uint32_t> WithSiblings(uint32_t top) const {
    uint32_t parent = doc_.node(top).parent;
    if (parent == kNoNode || parent == 0) return {top};
    double threshold = std::max(10.0, Final(top) * 0.2);
    std::string_view top_class = doc_.Attribute(top, "class");
    std::vector<uint32_t> roots;
    for (uint32_t s = doc_.node(parent).first_child; s != kNoNode; s = doc_.node(s).next_sibling) {
      if (s == top) {
        roots.push_back(s);
        continue;
      }
      if (doc_.node(s).tag == HtmlTag::kText || model_.invisible(s)) continue;
      double bonus = (!top_class.empty() && doc_.Attribute(s, "class") == top_class)
                         ? Final(top) * 0.2 : 0.0;
      if (scored_[s] && Final(s) + bonus >= threshold) {
        roots.push_back(s);
      } else if (doc_.node(s).tag == HtmlTag::kP) {
        size_t len = model_.TextBytes(s);
        double ld = model_.LinkDensity(s);
        if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0.0)) roots.push_back(s);
      }
    }
    return roots;
  }

  const PageModel& model_;
  const HtmlDocument& doc_;
  std::vector<double> score_;
  std::vector<char> scored_;
};

BlockKind KindOf(const HtmlDocument& doc, uint32_t owner) {
  for (uint32_t a = owner; a != kNoNode && a > 0; a = doc.node(a).parent) {
    HtmlTag t = doc.node(a).tag;
    if (IsHeadingTag(t)) return BlockKind::kHeading;
    if (t == HtmlTag::kLi) return BlockKind::kListItem;
    if (t == HtmlTag::kBlockquote) return BlockKind::kQuote;
    if (t == HtmlTag::kP) return BlockKind::kParagraph;
  }
  return BlockKind::kParagraph;
}

}  // namespace

CleanedDocument ContentExtractor::Extract(const HtmlDocument& doc) const {
  PageModel model(doc, lexicon_);
  std::vector<TextRun> runs = model.Runs();
  ContainerChooser chooser(model, runs, options_.min_scored_paragraph);
  std::vector<uint32_t> roots = chooser.Choose();

  // A run is body text when it lies in a chosen root, no element between
  // the root and the run is furniture (readability's rule: weight + score
  // < 0) or a caption or the headline, and it is neither link-heavy nor a
  // chrome line.
  struct Verdict {
    bool in_root = false;
    bool keep = false;
  };
  auto judge = [&](const TextRun& run) {
    Verdict v;
    if (run.chrome || run.owner == kNoNode) return v;
    bool furniture = false;
    for (uint32_t a = run.owner; a != kNoNode && a > 0; a = doc.node(a).parent) {
      if (std::find(roots.begin(), roots.end(), a) != roots.end()) {
        v.in_root = true;
        break;
      }
      HtmlTag t = doc.node(a).tag;
      if (t == HtmlTag::kFigcaption || t == HtmlTag::kCaption || t == HtmlTag::kH1 ||
          model.weight(a) + chooser.Raw(a) < 0) {
        furniture = true;
      }
    }
    double ld = run.text.empty() ? 0.0 : double(run.link_bytes) / double(run.text.size());
    v.keep = v.in_root && !furniture && ld <= 0.5 && !lexicon_.IsChromeLine(run.text);
    return v;
  };

  size_t root_bytes = 0;
  for (uint32_t r : roots) root_bytes += model.TextBytes(r);
  CleanedDocument out;
  bool tail = false;
  size_t kept_bytes = 0;
  for (const TextRun& run : runs) {
    Verdict v = tail ? Verdict{} : judge(run);
    // A "Related articles" or "Comments" heading inside the article, once
    // most of its text is behind us, ends it. Labels such as a "Comment"
    // button in a toolbar above the story are not headings.
    if (v.in_root && kept_bytes * 2 >= root_bytes && CountWords(run.text) <= 6 &&
        KindOf(doc, run.owner) == BlockKind::kHeading && lexicon_.IsTailMarker(run.text)) {
      tail = true;
      v.keep = false;
    }
    if (v.keep) kept_bytes += run.text.size();
    if (v.keep) {
      out.blocks.push_back(CleanBlock{KindOf(doc, run.owner), run.text});
    } else {
      out.removed.push_back(run.text);
    }
  }

  size_t kept = 0;
  for (const auto& b : out.blocks) kept += b.text.size();
  if (kept < options_.min_article_bytes) {
    // No convincing container: keep every dense, link-poor block instead.
    CleanedDocument fallback;
    for (const TextRun& run : runs) {
      bool dense = !run.chrome && run.text.size() >= 40 &&
                   run.link_bytes * 3 < run.text.size() && !lexicon_.IsChromeLine(run.text);
      if (dense) {
        fallback.blocks.push_back(CleanBlock{KindOf(doc, run.owner), run.text});
      } else {
        fallback.removed.push_back(run.text);
      }
    }
    size_t fallback_kept = 0;
    for (const auto& b : fallback.blocks) fallback_kept += b.text.size();
    if (fallback_kept > kept) return fallback;
  }
  return out;
}

}  // namespace dossier
