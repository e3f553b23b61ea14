// What a transfer takes from its clause besides items: the actors of its
// phrases, its period and the stretch of tokens its items come from.
#include <algorithm>

#include "transfer_context.h"

namespace dossier::code {

void TransferFinder::Context::Cover(uint32_t first, uint32_t end) {
  first = std::max(first, s.parse.first);
  end = std::min(end, s.parse.end);
  for (uint32_t t = first; t < end; ++t) covered[t - s.parse.first] = 1;
}

namespace transfer {
namespace {

using Ctx = TransferFinder::Context;

bool IsActorType(std::string_view type) {
  return type == "country" || type == "person" || type == "organization" || type == "actor" ||
         type == "place" || type == "territory";
}

Actor MentionActorImpl(const Ctx& c, int32_t m) {
  Actor a;
  if (m < 0) return a;
  const recognize::Mention& mention = c.rec.mentions[m];
  const recognize::RecognizedEntity& e = c.rec.entities[mention.entity];
  std::string code = mention.code.empty() ? e.code : mention.code;
  if (!IsActorType(e.type) || code.empty()) return a;
  a.entity = static_cast<int32_t>(mention.entity);
  a.mention = m;
  a.name = e.name;
  a.code = std::move(code);
  return a;
}

bool IsPossessor(const Ctx& c, int32_t m) {
  uint32_t end = c.rec.mentions[m].end_token;
  return end < c.text.tokens.size() && c.Tok(end).Has(text::kPossessive);
}

// Whether the end bound `a` lies after `b`; a coarser bound covers the
// finer ones it starts ("2022" ends after "2022-06").
bool EndsLater(const std::string& a, const std::string& b) {
  if (a.size() <= b.size() && b.compare(0, a.size(), a) == 0) return a.size() < b.size();
  if (b.size() < a.size() && a.compare(0, b.size(), b) == 0) return false;
  return a > b;
}

}  // namespace

Actor ActorOf(const Ctx& c, int32_t phrase, bool* possessor) {
  if (possessor != nullptr) *possessor = false;
  if (phrase < 0) return {};
  const NounPhrase& np = c.Parse().phrases[phrase];
  Actor head, owner;
  for (uint32_t i = np.first; i < np.end; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m < 0 || c.rec.mentions[m].first_token != i) continue;
    Actor a = MentionActorImpl(c, m);
    if (a.empty()) continue;
    if (IsPossessor(c, m)) {
      if (owner.empty()) owner = std::move(a);
    } else if (head.empty()) {
      head = std::move(a);
    }
  }
  if (!head.empty()) return head;
  if (possessor != nullptr) *possessor = !owner.empty();
  return owner;
}

Actor ActorBeforeHead(const Ctx& c, const NounPhrase& np) {
  for (uint32_t i = np.first; i < np.head; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m < 0 || c.rec.mentions[m].first_token != i) continue;
    Actor a = MentionActorImpl(c, m);
    if (!a.empty()) return a;
  }
  return {};
}

void WidenPeriod(std::string& start, std::string& end, const std::string& other_start,
                 const std::string& other_end) {
  if (other_start.empty()) return;
  if (start.empty() || other_start < start) start = other_start;
  if (end.empty() || EndsLater(other_end, end)) end = other_end;
}

Actor MentionActorOf(const Ctx& c, int32_t mention) { return MentionActorImpl(c, mention); }

std::string ActorKey(const Actor& a) { return a.code.size() >= 3 ? a.code.substr(0, 3) : a.name; }

void PeriodOf(const Ctx& c, uint32_t begin, uint32_t end, TransferDraft& d) {
  const SentenceParse& p = c.Parse();
  const time::TimeMention* in_clause = nullptr;
  const time::TimeMention* range = nullptr;
  for (const time::TimeMention& t : c.times) {
    if (t.sentence != c.sentence) continue;
    bool before_clause = t.end <= begin;
    if (before_clause) {
      // An adverbial before the clause, with no verb between ("In 2021, X sold ...").
      for (uint32_t k = p.first; k < p.end && before_clause; ++k) {
        if (c.Tok(k).begin >= t.end && c.Tok(k).end <= begin && p.VerbAt(k) != kNoIndex)
          before_clause = false;
      }
    }
    bool inside = (t.begin >= begin && t.end <= end) || before_clause;
    if (inside && (in_clause == nullptr || (t.is_range && !in_clause->is_range))) in_clause = &t;
    if (t.is_range && range == nullptr) range = &t;
  }
  if (const time::TimeMention* t = in_clause != nullptr ? in_clause : range)
    WidenPeriod(d.period_start, d.period_end, t->start,
                t->end_date.empty() ? t->start : t->end_date);
}

uint32_t RegionEnd(const Ctx& c, int32_t v) {
  const SentenceParse& p = c.Parse();
  uint32_t end = p.end;
  for (size_t w = static_cast<size_t>(v) + 1; w < p.verbs.size(); ++w) {
    const VerbGroup& g = p.verbs[w];
    if (g.link == ClauseLink::kInfinitive || g.link == ClauseLink::kGerund ||
        g.link == ClauseLink::kParticiple)
      continue;
    if (c.Lexicon().IsList(c.Lemma(g.head)) || c.Lexicon().IsList(c.Norm(g.head)) ||
        (g.first == g.head && c.Lexicon().IsPurpose(c.Norm(g.head))))
      continue;
    end = g.first;
    // Its subject, when a comma or a quote sets it off ("..., the agency said").
    if (g.subject != kNoIndex) {
      uint32_t subject = p.phrases[g.subject].first;
      text::Pos before = subject > p.first ? c.PosOf(subject - 1) : text::Pos::kNone;
      if (subject >= p.verbs[v].end && subject < end &&
          (before == text::Pos::kComma || before == text::Pos::kCloseQuote))
        end = subject;
    }
    break;
  }
  for (uint32_t k = p.verbs[v].end; k < end; ++k) {
    if (c.Norm(k) == ";") return k;
  }
  return end;
}

}  // namespace transfer
}  // namespace dossier::code
