// Dictionary matching over tokens: every alias of the knowledge base is a
// path of word ids in a trie; a text is matched leftmost-longest, skipping
// joiners, so "S-400", "S 400" and "Nagorno–Karabakh" all meet their alias.
// Chosen over a literal-mode regex engine by measurement (bench/recognize_bench).
#ifndef DOSSIER_KB_ALIAS_TRIE_H_
#define DOSSIER_KB_ALIAS_TRIE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/kb/flat_maps.h"
#include "dossier/text/token.h"

namespace dossier::kb {

enum class AliasKind : uint8_t {
  kName,        // a name of the entity
  kAdjective,   // "Belarusian" for Belarus
  kMetonym,     // "the Kremlin" for Russia's government (sector set)
  kRole,        // "defence minister": target is a role index
  kSectorWord,  // "troops", "government": target unused, sector set
  kSurname,     // "Aliyev" alone: a person's surname, derived; may have several targets
  kAgent,       // a PETRARCH agent ("president" ~GOVPRS): target indexes KnowledgeBase::agent_codes()
};

struct AliasTarget {
  uint32_t target = 0;  // entity index, or role index for kRole
  AliasKind kind = AliasKind::kName;
  uint8_t layer = 0;
  char sector[4] = {0, 0, 0, 0};
  uint16_t cap_mask = 0;   // bit i: alias word i must be capitalised in the text
  uint16_t caps_mask = 0;  // bit i: alias word i must be in capitals in the text
  uint32_t alias = 0;      // index into AliasTrie::alias_text()
};

struct AliasMatch {
  uint32_t first_token = 0;  // [first_token, end_token) in the text's tokens
  uint32_t end_token = 0;
  std::vector<AliasTarget> targets;  // all meanings whose case rules the text meets
};

class AliasTrie {
 public:
  AliasTrie();

  // Adds an alias already cut into tokens by the text tokenizer. Returns false
  // for an alias with no words or more than 16 words.
  bool Add(const text::AnalyzedText& alias, AliasTarget target, std::string_view surface);

  // The targets stored for exactly this (tokenised) alias, whatever the case.
  const std::vector<AliasTarget>* Find(const text::AnalyzedText& alias) const;

  // Word ids of a text's tokens (0: a word no alias uses); reused by callers.
  void WordIds(const text::AnalyzedText& text, std::vector<uint32_t>& ids) const;

  // Leftmost-longest matches over the text. Meanings whose kind has its bit
  // (1 << kind) in `ignored_kinds` are left out, as if never added.
  void MatchAll(const text::AnalyzedText& text, const std::vector<uint32_t>& ids,
                std::vector<AliasMatch>& out, uint32_t ignored_kinds = 0) const;
  // The longest match starting at token `first` and ending by `limit`, if
  // any, appended to `out`; false when none.
  bool MatchAt(const text::AnalyzedText& text, const std::vector<uint32_t>& ids, uint32_t first,
               uint32_t limit, std::vector<AliasMatch>& out, uint32_t ignored_kinds = 0) const;

  size_t alias_count() const { return alias_text_.size(); }
  size_t node_count() const { return payload_.size(); }
  const std::string& alias_text(uint32_t i) const { return alias_text_[i]; }

 private:
  uint32_t Child(uint32_t node, uint32_t word) const;
  bool CaseFits(const text::AnalyzedText& text, uint32_t first, uint32_t end,
                const AliasTarget& t) const;

  StringIds vocab_;
  // Every text token that is an alias word starts a walk at the root, so
  // the root's children are an array by word id, not hashed edges.
  std::vector<uint32_t> root_children_;
  U64Map edges_;  // (node > 0, word) -> child
  std::vector<std::vector<AliasTarget>> payload_;  // per node
  // Per node: whether an alias ends there (payload_ not empty) and whether
  // it has children. Matching asks both at every step; these bytes stay in
  // cache where payload_ and edges_ do not.
  enum : uint8_t { kEndsAlias = 1, kHasChildren = 2 };
  std::vector<uint8_t> node_flags_;
  std::vector<std::string> alias_text_;
};

}  // namespace dossier::kb

#endif  // DOSSIER_KB_ALIAS_TRIE_H_
