// Evidence of a transfer: the documents cited in the sentences that state
// it and in those that name both its parties ("invoices", "leaked
// documents", "export passports").
#include <algorithm>
#include <cctype>
#include <set>

#include "transfer_context.h"

namespace dossier::code::transfer {
namespace {

using Ctx = TransferFinder::Context;

bool WordIs(const Ctx& c, uint32_t token, const std::string& word) {
  return c.Lemma(token) == word || c.Norm(token) == word;
}

// The end of the evidence phrase starting at `i` (hyphens skipped), or `i`
// when none starts there. The longest phrase wins.
uint32_t MatchEvidence(const Ctx& c, uint32_t i, uint32_t end) {
  uint32_t best = i;
  for (const std::vector<std::string>& phrase : c.Lexicon().evidence()) {
    uint32_t k = i;
    size_t w = 0;
    for (; w < phrase.size() && k < end; ++w) {
      if (w > 0 && c.Tok(k).Has(text::kJoiner)) ++k;
      if (k >= end || !WordIs(c, k, phrase[w])) break;
      ++k;
    }
    if (w < phrase.size() || k <= best) continue;
    if (!text::IsNoun(c.PosOf(k - 1))) continue;  // "documented", "to contract"
    best = k;
  }
  return best;
}

// Whether the sentence names a weapon (a recognised system or a weapon noun).
bool NamesWeapon(const Ctx& c, uint32_t sentence) {
  const text::Sentence& s = c.text.sentences[sentence];
  const std::vector<std::string>* weapons = c.Patterns().Synset("WEAPON");
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m >= 0 && c.rec.entities[c.rec.mentions[m].entity].type == "weapon") return true;
    if (!text::IsNoun(c.PosOf(i))) continue;
    std::string_view lemma = c.Lemma(i);
    if (!c.Cues().WeaponHead(lemma).empty() || c.Lexicon().ItemHead(lemma) != nullptr) return true;
    if (weapons != nullptr && std::find(weapons->begin(), weapons->end(), lemma) != weapons->end())
      return true;
  }
  return false;
}

// "signed a contract", "concluded an arms contract": the deal itself, the
// object of a verb that makes one, not a document cited.
bool IsTheDeal(const Ctx& c, uint32_t first, uint32_t sentence_first) {
  for (uint32_t k = first, hops = 0; k > sentence_first && hops < 5; ++hops) {
    --k;
    text::Pos p = c.PosOf(k);
    if (text::IsVerb(p)) {
      std::string_view lemma = c.Lemma(k);
      return c.Lexicon().Governor(lemma) != nullptr || c.Lexicon().IsLight(lemma);
    }
    if (p != text::Pos::kDT && p != text::Pos::kCD && p != text::Pos::kDollar &&
        !text::IsAdjective(p) && !text::IsNoun(p))
      return false;
  }
  return false;
}

std::string LowerSpan(const Ctx& c, uint32_t first, uint32_t end) {
  std::string out(c.text.text.substr(c.Tok(first).begin, c.Tok(end - 1).end - c.Tok(first).begin));
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

void EvidenceInSentence(const Ctx& c, uint32_t sentence, std::vector<std::string>& out,
                        std::set<std::string>& seen) {
  const text::Sentence& s = c.text.sentences[sentence];
  for (uint32_t i = s.first_token; i < s.last_token; ++i) {
    uint32_t end = MatchEvidence(c, i, s.last_token);
    if (end == i) continue;
    uint32_t first = i;
    if (i > s.first_token && c.Lexicon().IsEvidenceModifier(c.Norm(i - 1))) first = i - 1;
    if (IsTheDeal(c, first, s.first_token)) {
      i = end - 1;
      continue;
    }
    // Keyed by the words and the head's lemma, a plural the tagger left as
    // a name ("Leaked Documents") made singular.
    std::string key;
    for (uint32_t k = first; k + 1 < end; ++k) {
      key += c.Norm(k);
      key += ' ';
    }
    std::string_view head = c.Lemma(end - 1);
    if (head == c.Norm(end - 1) && head.size() > 3 && head.back() == 's') head.remove_suffix(1);
    key += head;
    if (seen.insert(key).second) out.push_back(LowerSpan(c, first, end));
    i = end - 1;
  }
}

}  // namespace

void AddEvidence(const Ctx& c, std::vector<Transfer>& transfers) {
  if (transfers.empty()) return;
  const auto named = NamedBySentence(c);
  for (Transfer& t : transfers) {
    std::set<uint32_t> sentences;
    for (const TransferMention& m : t.mentions) sentences.insert(m.sentence);
    const std::string supplier = ActorKey(t.supplier), recipient = ActorKey(t.recipient);
    for (uint32_t s = 0; s < named.size(); ++s) {
      bool both = named[s].count(supplier) != 0 && named[s].count(recipient) != 0;
      bool one = named[s].count(supplier) != 0 || named[s].count(recipient) != 0;
      if (both || (one && NamesWeapon(c, s))) sentences.insert(s);
    }
    std::set<std::string> seen;
    for (uint32_t s : sentences) EvidenceInSentence(c, s, t.evidence, seen);
  }
}

}  // namespace dossier::code::transfer
