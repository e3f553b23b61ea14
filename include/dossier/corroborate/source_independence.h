// SourceIndependence: who stands behind each fact of a story. The core rule of
// the product: five outlets re-reporting one newspaper's leak are one origin,
// not five.
//
// Per article (in the story's order):
//   * a copy (ArticleFacts::copy_of) takes its original's origin: it adds an
//     outlet, never an origin;
//   * an article whose named sources (ArticleFacts::cites, other than itself)
//     are exactly one is a rewrite of that source, which is the origin of all
//     its facts;
//   * an article naming no source but referring to an unnamed one ("according
//     to the publication", SourceCues) takes the source the story's other
//     articles name most often, when they name one;
//   * otherwise the article is its own origin: its outlet, or, when the outlet
//     is unknown, the article itself (articles of unknown outlet are distinct).
// Per fact, an attribution the coder found ("documents reviewed by X") or a
// citation in the stating sentence overrides the article's origin.
//
// Names are compared folded (FoldName) and, with a knowledge base, through its
// media outlets' names, aliases and domains ("REUTERS" = "Reuters" =
// "reuters.com"); the spelling shown is the knowledge base's, else the most
// frequent in the story.
//
// Ownership: borrows the articles, cues and names, which must outlive it.
// Built per story; const methods are safe to share between threads.
#ifndef DOSSIER_CORROBORATE_SOURCE_INDEPENDENCE_H_
#define DOSSIER_CORROBORATE_SOURCE_INDEPENDENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/corroborate/source_cues.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/kb/knowledge_base.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate {

// The knowledge base's media outlets by folded name, alias and domain. Built
// once; immutable; an empty one (no knowledge base) knows nothing.
class SourceNames {
 public:
  explicit SourceNames(const kb::KnowledgeBase* kb);
  // The outlet's canonical name, or empty when the knowledge base does not know it.
  std::string_view Canonical(std::string_view name) const;

 private:
  std::unordered_map<std::string, std::string> by_key_;
};

// One place that states a fact.
struct Report {
  uint32_t article = 0;
  const std::vector<code::Attribution>* attribution = nullptr;  // the coder's, innermost first
  uint32_t sentence = UINT32_MAX;  // the stating sentence, when known
};

class SourceIndependence {
 public:
  SourceIndependence(const std::vector<const story::ArticleFacts*>& articles,
                     const SourceCues* cues, const SourceNames* names);

  // The article's outlet as shown: outlet, else title, else path.
  const std::string& Outlet(uint32_t article) const { return outlet_[article]; }
  // The origin of the article's facts that name no source, as shown.
  const std::string& ArticleOrigin(uint32_t article) const { return Display(origin_[article]); }
  // The origin of one report of a fact, as shown.
  std::string OriginOf(const Report& report) const { return Display(OriginKey(report)); }
  // Outlets and independent origins of a fact stated at `reports`.
  Sourcing Of(const std::vector<Report>& reports) const;

  // The article this one copies, followed to the first original (itself when none).
  uint32_t Original(uint32_t article) const;
  // Outlets among the articles that are no copies: the independent reporters.
  size_t IndependentOutlets() const;
  // Whether two articles share an outlet, or one copies the other.
  bool SameOutlet(uint32_t a, uint32_t b) const;

 private:
  std::string Key(std::string_view name) const;
  void Spell(const std::string& key, std::string_view spelling, size_t rank);
  const std::string& Display(const std::string& key) const;
  std::string StoryNamedSource(uint32_t article) const;
  std::string OriginKey(const Report& report) const;
  std::string AttributedKey(uint32_t article, std::string_view text) const;

  const std::vector<const story::ArticleFacts*>& articles_;
  const SourceCues* cues_;
  const SourceNames* names_;
  std::vector<std::string> outlet_;      // shown
  std::vector<std::string> outlet_key_;  // folded; "#<index>" when unknown
  std::vector<std::vector<std::string>> cited_;  // keys of named sources other than itself
  std::vector<bool> unnamed_;            // refers to an unnamed source
  std::vector<std::string> origin_;      // key
  struct Spelling {
    std::string text;
    size_t count = 0, first = 0;
    bool canonical = false;
  };
  std::unordered_map<std::string, std::vector<Spelling>> spellings_;
  std::unordered_map<std::string, std::string> display_;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_SOURCE_INDEPENDENCE_H_
