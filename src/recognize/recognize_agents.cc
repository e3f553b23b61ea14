// PETRARCH's agents: nouns that say which part of an actor acts ("Gondor's
// government", "Arnor cleric", "human rights activists in Arnor") and whose
// codes join the actor's: "~GOV" after it (GONGOV), "NGO~" before it
// (NGOARN). Like PETRARCH, an agent is looked for at every word of an agent
// phrase, so "main opposition group" brings MOP and, from "opposition
// group", OPP. An agent with no actor stands alone ("a senior official":
// ---GOV). Only when the knowledge base holds PETRARCH's agents.
#include <algorithm>

#include "recognize_pass.h"

namespace dossier::recognize {
namespace {

using kb::AliasKind;

constexpr std::string_view kNoActor = "---";

// Adds an agent code to an actor code, unless the code already holds it on a
// three-letter boundary: "GOV" adds nothing to "USAGOV", but "WGO" still
// joins "GMWGOV".
void JoinAgent(std::string& code, std::string_view agent) {
  bool prefix = agent.back() == '~';
  std::string_view part = prefix ? agent.substr(0, agent.size() - 1) : agent.substr(1);
  for (size_t at = 0; at + part.size() <= code.size(); at += 3) {
    if (code.compare(at, part.size(), part) == 0) return;
  }
  code = prefix ? std::string(part) + code : code + std::string(part);
}

// Every kind but agents, for matching agents alone.
constexpr uint32_t kAllButAgents = ~(1u << static_cast<uint32_t>(AliasKind::kAgent));

}  // namespace

// The mention that ends right before `token` when it names an actor, or -1.
int32_t RecognizePass::ActorEndingAt(uint32_t token) const {
  if (token == 0 || owner_[token - 1] < 0) return -1;
  int32_t m = owner_[token - 1];
  const Mention& mention = out_.mentions[static_cast<size_t>(m)];
  const RecognizedEntity& e = out_.entities[mention.entity];
  bool actor = !mention.code.empty() && e.type != "weapon" && e.type != "conflict";
  return mention.end_token == token && actor ? m : -1;
}

// The actor before an agent phrase starting at `first`: "Gondor police",
// "Gondor's government", with up to two adjectives or nouns between
// ("Dagolath's first Deputy Prime Minister"). -1 when none.
int32_t RecognizePass::ActorBefore(uint32_t first) const {
  bool possessive = false;
  int skipped = 0;
  for (uint32_t j = first; j > 0; --j) {
    if (owner_[j - 1] >= 0) return ActorEndingAt(j);
    const text::Token& t = text_.tokens[j - 1];
    if (possessive) return -1;  // the possessive ends the actor's name
    if (t.Has(text::kPossessive)) {
      possessive = true;
      continue;
    }
    auto pos = static_cast<text::Pos>(t.pos);
    if (skipped == 2 || t.kind != text::TokenKind::kWord ||
        !(text::IsAdjective(pos) || text::IsNoun(pos)))
      return -1;
    ++skipped;
  }
  return -1;
}

// The actor after an agent phrase ending at `end`: right after it ("MSF
// Arnor") or after "of", "in" or "from" and an optional "the" ("the
// ambassadors of Arnor"), which sets `via_preposition`. -1 when none.
int32_t RecognizePass::ActorAfter(uint32_t end, bool& via_preposition) const {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  uint32_t k = end;
  via_preposition = false;
  if (k < n && (Norm(k) == "of" || Norm(k) == "in" || Norm(k) == "from")) {
    via_preposition = true;
    ++k;
    if (k < n && Norm(k) == "the") ++k;
  }
  if (k >= n || owner_[k] < 0) return -1;
  int32_t m = owner_[k];
  return out_.mentions[static_cast<size_t>(m)].first_token == k &&
                 ActorEndingAt(out_.mentions[static_cast<size_t>(m)].end_token) == m
             ? m
             : -1;
}

// The agent codes of an agent phrase: its own, then those of the agent
// phrases starting at each later word inside it.
void RecognizePass::AgentsOf(const Hit& hit, std::vector<uint32_t>& agents) {
  agents.assign(1, hit.target.target);
  std::vector<kb::AliasMatch> inner;
  for (uint32_t p = hit.first + 1; p < hit.end; ++p) {
    if (!kb_.trie().MatchAt(text_, b_.ids, p, hit.end, inner, kAllButAgents)) continue;
    agents.push_back(inner.back().targets.front().target);
    p = inner.back().end_token - 1;
  }
}

// Replaces `mention` by one over [first, end) whose code has the agents joined.
void RecognizePass::ComposedMention(int32_t mention, uint32_t first, uint32_t end,
                                        const std::vector<uint32_t>& agents) {
  std::string code = out_.mentions[static_cast<size_t>(mention)].code;
  for (uint32_t a : agents) JoinAgent(code, kb_.agent_codes()[a]);
  DropMention(mention);
  AddMention(first, end, ActorEntity(code, SpanText(first, end)), code, "actor+agent");
}

void RecognizePass::ComposeAgents() {
  if (kb_.agent_codes().empty()) return;
  std::vector<uint32_t> agents;
  for (const Hit& hit : hits_) {
    if (hit.target.kind != AliasKind::kAgent || !Free(hit.first, hit.end)) continue;
    AgentsOf(hit, agents);
    if (int32_t m = ActorBefore(hit.first); m >= 0) {
      // "Bree Prime Minister Romendacil": the name after the title is the
      // title holder, of the actor before it.
      uint32_t end = hit.end;
      if (end < owner_.size() && owner_[end] >= 0 && IsCap(end)) {
        int32_t name = owner_[end];
        const Mention& holder = out_.mentions[static_cast<size_t>(name)];
        if (holder.first_token == end && ActorEndingAt(holder.end_token) == name) {
          end = holder.end_token;
          DropMention(name);
        }
      }
      ComposedMention(m, out_.mentions[static_cast<size_t>(m)].first_token, end, agents);
      continue;
    }
    bool via_preposition = false;
    if (int32_t m = ActorAfter(hit.end, via_preposition); m >= 0) {
      uint32_t end = out_.mentions[static_cast<size_t>(m)].end_token;
      ComposedMention(m, hit.first, end, agents);
      // "the ambassadors of Arnor, Osgiliath and Gondor": each conjunct's.
      for (uint32_t k = end; via_preposition && k < text_.tokens.size();) {
        if (Norm(k) == "," || Norm(k) == "and") {
          ++k;
          continue;
        }
        int32_t next = owner_[k];
        if (next < 0 || ActorEndingAt(out_.mentions[static_cast<size_t>(next)].end_token) != next)
          break;
        const Mention& conjunct = out_.mentions[static_cast<size_t>(next)];
        k = conjunct.end_token;
        ComposedMention(next, conjunct.first_token, k, agents);
      }
      continue;
    }
    // "its government" is left to the coder, which knows what "its" means.
    if (hit.first > 0 &&
        static_cast<text::Pos>(text_.tokens[hit.first - 1].pos) == text::Pos::kPRPS)
      continue;
    std::string code(kNoActor);
    for (uint32_t a : agents) JoinAgent(code, kb_.agent_codes()[a]);
    AddMention(hit.first, hit.end, ActorEntity(code, SpanText(hit.first, hit.end)), code, "agent");
  }
}

}  // namespace dossier::recognize
