#include "dossier/kb/alias_trie.h"

#include <algorithm>

namespace dossier::kb {
namespace {

uint64_t EdgeKey(uint32_t node, uint32_t word) {
  return (static_cast<uint64_t>(node) << 32) | word;
}

bool Skippable(const text::Token& t) { return t.Has(text::kJoiner); }

}  // namespace

AliasTrie::AliasTrie() {
  payload_.emplace_back();
  node_flags_.push_back(0);
}

uint32_t AliasTrie::Child(uint32_t node, uint32_t word) const {
  if (node == 0) return word < root_children_.size() ? root_children_[word] : 0;
  return edges_.Find(EdgeKey(node, word));
}

bool AliasTrie::Add(const text::AnalyzedText& alias, AliasTarget target, std::string_view surface) {
  uint32_t node = 0;
  uint32_t words = 0;
  bool all_caps = true;
  for (const text::Token& t : alias.tokens) {
    if (t.kind == text::TokenKind::kWord && !t.Has(text::kAllCaps) &&
        !(t.Has(text::kCapitalized) && t.end - t.begin == 1) && !t.Has(text::kAbbreviation))
      all_caps = all_caps && t.Has(text::kHasDigit);
  }
  for (const text::Token& t : alias.tokens) {
    if (Skippable(t)) continue;
    if (words == 16) return false;
    std::string_view norm = alias.Norm(t);
    uint32_t word = vocab_.Insert(norm);
    uint32_t child = Child(node, word);
    if (child == 0) {
      child = static_cast<uint32_t>(payload_.size());
      payload_.emplace_back();
      node_flags_.push_back(0);
      node_flags_[node] |= kHasChildren;
      if (node == 0) {
        if (root_children_.size() <= word) root_children_.resize(word + 1, 0);
        root_children_[word] = child;
      } else {
        edges_.Insert(EdgeKey(node, word), child);
      }
    }
    node = child;
    if (t.Has(text::kCapitalized)) target.cap_mask |= static_cast<uint16_t>(1u << words);
    // Short acronyms ("US", "IS", "NATO") must be written in capitals.
    if (all_caps && t.Has(text::kAllCaps) && norm.size() <= 5)
      target.caps_mask |= static_cast<uint16_t>(1u << words);
    ++words;
  }
  if (words == 0) return false;
  target.alias = static_cast<uint32_t>(alias_text_.size());
  alias_text_.emplace_back(surface);
  payload_[node].push_back(target);
  node_flags_[node] |= kEndsAlias;
  return true;
}

const std::vector<AliasTarget>* AliasTrie::Find(const text::AnalyzedText& alias) const {
  uint32_t node = 0;
  for (const text::Token& t : alias.tokens) {
    if (Skippable(t)) continue;
    uint32_t word = vocab_.Find(alias.Norm(t));
    if (word == 0) return nullptr;
    node = Child(node, word);
    if (node == 0) return nullptr;
  }
  return node == 0 ? nullptr : &payload_[node];
}

void AliasTrie::WordIds(const text::AnalyzedText& text, std::vector<uint32_t>& ids) const {
  ids.resize(text.tokens.size());
  for (size_t i = 0; i < text.tokens.size(); ++i) {
    ids[i] = vocab_.Find(text.Norm(text.tokens[i]));
  }
}

bool AliasTrie::CaseFits(const text::AnalyzedText& text, uint32_t first, uint32_t end,
                         const AliasTarget& t) const {
  uint32_t word = 0;
  for (uint32_t i = first; i < end; ++i) {
    const text::Token& tok = text.tokens[i];
    if (Skippable(tok)) continue;
    uint16_t bit = static_cast<uint16_t>(1u << word);
    if ((t.caps_mask & bit) && !tok.Has(text::kAllCaps) &&
        !(tok.Has(text::kCapitalized) && tok.end - tok.begin == 1))
      return false;
    if ((t.cap_mask & bit) && !tok.Has(text::kCapitalized) && !tok.Has(text::kHasDigit))
      return false;
    ++word;
  }
  return true;
}

bool AliasTrie::MatchAt(const text::AnalyzedText& text, const std::vector<uint32_t>& ids,
                        uint32_t first, uint32_t limit, std::vector<AliasMatch>& out,
                        uint32_t ignored_kinds) const {
  limit = std::min<uint32_t>(limit, static_cast<uint32_t>(text.tokens.size()));
  if (first >= limit || ids[first] == 0 || Skippable(text.tokens[first])) return false;
  uint32_t ends[17];
  uint32_t nodes[17];
  uint32_t node = 0, depth = 0, j = first;
  while (j < limit && depth < 16) {
    if (node != 0 && !(node_flags_[node] & kHasChildren)) break;
    if (j > first && Skippable(text.tokens[j])) {
      ++j;
      continue;
    }
    if (ids[j] == 0) break;
    node = Child(node, ids[j]);
    if (node == 0) break;
    ++j;
    if (node_flags_[node] & kEndsAlias) {
      ends[depth] = j;
      nodes[depth] = node;
      ++depth;
    }
  }
  for (uint32_t d = depth; d-- > 0;) {
    AliasMatch m;
    m.first_token = first;
    m.end_token = ends[d];
    for (const AliasTarget& t : payload_[nodes[d]]) {
      if ((ignored_kinds >> static_cast<uint32_t>(t.kind) & 1u) == 0 &&
          CaseFits(text, first, ends[d], t))
        m.targets.push_back(t);
    }
    if (m.targets.empty()) continue;
    out.push_back(std::move(m));
    return true;
  }
  return false;
}

void AliasTrie::MatchAll(const text::AnalyzedText& text, const std::vector<uint32_t>& ids,
                         std::vector<AliasMatch>& out, uint32_t ignored_kinds) const {
  const uint32_t n = static_cast<uint32_t>(text.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (MatchAt(text, ids, i, n, out, ignored_kinds)) i = out.back().end_token - 1;
  }
}

}  // namespace dossier::kb
