#include "verb_matcher.h"

#include <algorithm>

namespace dossier::code {
namespace {
using Kind = PatternElement::Kind;
}  // namespace

VerbMatcher::VerbMatcher(const EventCoder::Context& c, const EventPatterns& patterns,
                         const recognize::Cues& cues, const VerbGroup& verb)
    : c_(c), cues_(cues), weapon_words_(patterns.Synset("WEAPON")), v_(verb) {
  const SentenceParse& p = c.Parse();
  uint32_t end = std::max(verb.scope_end, verb.end);
  if (verb.passive) {
    for (uint32_t t = verb.head + 1; t + 1 < end; ++t) {
      int32_t np = p.PhraseAt(t + 1);
      if (c.Norm(t) == "by" && np != kNoIndex && p.phrases[np].first == t + 1) {
        agent_ = np;
        break;
      }
    }
    if (verb.subject != kNoIndex) {
      const NounPhrase& s = p.phrases[verb.subject];
      for (uint32_t t = s.first; t < s.end; ++t) seq_.push_back(t);
    }
  }
  for (uint32_t t = verb.head + 1; t < end; ++t) {
    if (agent_ != kNoIndex && t + 1 == p.phrases[agent_].first) {
      t = p.phrases[agent_].end - 1;
      continue;
    }
    seq_.push_back(t);
  }
  subject_role_ = verb.passive ? agent_ : verb.subject;
  // "demanded that the US cancel": the subject of a that-clause right
  // after a verb of demanding is the verb's object, and its target.
  const size_t vi = static_cast<size_t>(&verb - p.verbs.data());
  const ModalityCue* cue = patterns.Cue(c.Lemma(verb.head));
  if (vi + 1 < p.verbs.size() && !verb.passive &&
      (cue == nullptr ||
       (cue->kind == ModalityCue::Kind::kGovern && cue->modality == Modality::kHypothetical))) {
    const VerbGroup& w = p.verbs[vi + 1];
    if (w.link == ClauseLink::kComplement && w.governor == static_cast<int32_t>(vi) &&
        w.subordinator != kNoIndex && c.Norm(static_cast<uint32_t>(w.subordinator)) == "that" &&
        w.subject != kNoIndex && p.phrases[w.subject].first > static_cast<uint32_t>(w.subordinator)) {
      const NounPhrase& s = p.phrases[w.subject];
      for (uint32_t t = s.first; t < s.end; ++t) seq_.push_back(t);
    }
  }
  slots_end_ = seq_.size();
  AddComplementWords(vi);
}

// "allowed that X is a really pleasant place": the words of a that-clause
// right after the verb may complete its pattern, though its slots stay in
// the verb's own clause.
void VerbMatcher::AddComplementWords(size_t vi) {
  const SentenceParse& p = c_.Parse();
  if (vi + 1 >= p.verbs.size() || v_.passive) return;
  const VerbGroup& w = p.verbs[vi + 1];
  if (w.link != ClauseLink::kComplement || w.governor != static_cast<int32_t>(vi) ||
      w.subordinator == kNoIndex || c_.Norm(static_cast<uint32_t>(w.subordinator)) != "that")
    return;
  uint32_t from = static_cast<uint32_t>(w.subordinator) + 1;
  if (!seq_.empty()) from = std::max(from, seq_.back() + 1);  // past a subject taken above
  for (uint32_t t = from; t < std::max(w.scope_end, w.end); ++t) seq_.push_back(t);
}

int32_t VerbMatcher::PhraseStartingAt(size_t pos) const {
  if (pos >= seq_.size()) return kNoIndex;
  int32_t np = c_.Parse().PhraseAt(seq_[pos]);
  if (np == kNoIndex || c_.Parse().phrases[np].first != seq_[pos]) return kNoIndex;
  return np;
}

bool VerbMatcher::HasActor(int32_t phrase) const {
  coder::ActorsOf(c_, phrase, actors_);
  return !actors_.empty();
}

bool VerbMatcher::HasTarget(int32_t phrase) const {
  if (HasActor(phrase)) return true;
  coder::ActorsOf(c_, subject_role_, actors_);
  Actor group;
  return coder::DomesticTarget(c_, phrase, actors_, group);
}

// The first actor after the verb, in its own clause or, when the pattern's
// words reached into a that-clause, up to the last word matched.
int32_t VerbMatcher::FirstActorPhrase(int32_t except, uint32_t last_matched) const {
  size_t end = slots_end_;
  while (end < seq_.size() && seq_[end] <= last_matched) ++end;
  for (size_t pos = 0; pos < end; ++pos) {
    int32_t np = PhraseStartingAt(pos);
    if (np == kNoIndex || np == except) continue;
    // "held talks in Singapore": where an event happens is not its target.
    int32_t prep = c_.Parse().phrases[np].prep;
    if (prep != kNoIndex && !c_.locative_targets) {
      std::string_view w = c_.Norm(static_cast<uint32_t>(prep));
      if (w == "in" || w == "at" || w == "near" || w == "during" || w == "on" || w == "since")
        continue;
    }
    if (HasTarget(np)) return np;
  }
  return kNoIndex;
}

bool VerbMatcher::Match(const VerbPattern& pattern, VerbMatch& out) {
  pattern_ = &pattern;
  m_ = VerbMatch();
  m_.last_token = v_.head;
  if (!MatchBefore() || !MatchFrom(0, 0)) return false;
  if (m_.source == kNoIndex && !pattern.HasSourceAfter()) m_.source = subject_role_;
  if (m_.target == kNoIndex && !m_.compound && !pattern.HasTarget())
    m_.target = FirstActorPhrase(m_.source, m_.last_token);
  out = m_;
  return true;
}

// The elements before the verb: slots say what the subject is; words must
// stand between the subject and the verb, in order, a word joined to the
// one before it ("most_certainly") right after it, and a word joined to the
// verb ("recently_*allow") right before the verb's head.
bool VerbMatcher::MatchBefore() {
  const SentenceParse& p = c_.Parse();
  uint32_t next = v_.subject != kNoIndex ? p.phrases[v_.subject].end : v_.first;
  // "indicated it would act": a clause of saying or thinking is read with
  // the verb that governs it.
  if (v_.link == ClauseLink::kComplement && v_.governor != kNoIndex)
    next = std::min(next, p.verbs[static_cast<size_t>(v_.governor)].first);
  bool any_word = false;
  for (const PatternElement& e : pattern_->before) {
    switch (e.kind) {
      case Kind::kTarget: m_.target = subject_role_; break;
      case Kind::kSource: m_.source = subject_role_; break;
      case Kind::kCompound:
        m_.source = subject_role_;
        m_.compound = true;
        break;
      case Kind::kWeapon:
      case Kind::kIgo:
        return false;
      case Kind::kWords: {
        uint32_t t = next;
        const uint32_t last = e.adjacent && any_word ? next + 1 : v_.head;
        while (t < last && t < v_.head && !coder::WordIn(c_, t, e.words)) ++t;
        if (t >= last || t >= v_.head) return false;
        next = t + 1;
        any_word = true;
        break;
      }
    }
  }
  return !pattern_->verb_joined || !any_word || next == v_.head;
}

// Backtracking over the elements after the verb; patterns and clauses are
// short, so the search stays small.
bool VerbMatcher::MatchFrom(size_t element, size_t pos) {
  const auto& after = pattern_->after;
  if (element == after.size()) {
    if (pos > 0 && pos <= seq_.size()) m_.last_token = std::max(m_.last_token, seq_[pos - 1]);
    return true;
  }
  const PatternElement& e = after[element];
  const size_t reach = e.adjacent ? pos : pos + (e.kind == Kind::kWords ? kMaxGap : 2);
  const size_t end = e.kind == Kind::kWords ? seq_.size() : slots_end_;
  for (size_t k = pos; k <= reach && k < end; ++k) {
    // A phrase slot may skip adverbs only ("met briefly with"), never "to
    // blockade" or a clause's words.
    if (e.kind != Kind::kWords && k > pos &&
        !text::IsAdverb(static_cast<text::Pos>(c_.Tok(seq_[k - 1]).pos)) &&
        static_cast<text::Pos>(c_.Tok(seq_[k - 1]).pos) != text::Pos::kRP)
      break;
    if (e.kind == Kind::kWords) {
      if (coder::WordIn(c_, seq_[k], e.words) && MatchFrom(element + 1, k + 1)) return true;
      continue;
    }
    int32_t np = PhraseStartingAt(k);
    if (np == kNoIndex) continue;
    const NounPhrase& phrase = c_.Parse().phrases[np];
    size_t next = k + (phrase.end - phrase.first);
    if (e.kind == Kind::kWeapon) {
      if (coder::IsWeaponPhrase(c_, cues_, weapon_words_, np) && MatchFrom(element + 1, next))
        return true;
      continue;
    }
    if (e.kind == Kind::kIgo && !coder::NamesIgo(c_, np)) continue;
    // A slot must name an actor; otherwise a less specific pattern may.
    const bool target_slot =
        e.kind == Kind::kTarget || e.kind == Kind::kIgo || e.kind == Kind::kCompound;
    if (!(e.kind == Kind::kTarget ? HasTarget(np) : HasActor(np))) continue;
    VerbMatch saved = m_;
    // After the verb, '%' is the target, each of its conjuncts one
    // ("agreed with X and Y"); before it, the subject's conjuncts act on
    // each other.
    if (target_slot)
      m_.target = np;
    else
      m_.source = np;
    if (MatchFrom(element + 1, next)) return true;
    m_ = saved;
  }
  return false;
}

}  // namespace dossier::code
