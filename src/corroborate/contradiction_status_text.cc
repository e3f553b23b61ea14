// Membership acts read from the sentences themselves, for the "status" slot:
// verbs ("Hungary has left the alliance", "will withdraw from it") and nouns
// ("since Hungary's exit from the bloc", "the withdrawal of Hungary from
// NATO"), which the code stage often leaves uncoded. The actor and the
// organisation are recognised entities of one clause: the noun's possessor or
// the verb's subject, and the organisation right after the act ("from",
// "its participation in"). A coded event on the same words lends its actors
// (it resolves pronouns). "The alliance" stands for an organisation only when
// the article names exactly one that the actor belongs to (or, without a
// knowledge base, exactly one). Precision first: a clause says "done" only
// with a past verb, or a noun right after a cue that takes the act as done
// ("since", "a reason for"), and never beside a possibility, a demand or a
// plan reported in the past ("would").
#include <algorithm>
#include <cctype>

#include "contradiction_context.h"
#include "dossier/kb/knowledge_base.h"

namespace dossier::corroborate::contra {
namespace {

using recognize::Mention;
using recognize::RecognizedEntity;

constexpr size_t kNegationWords = 3;  // "did not leave", "has never left"
constexpr size_t kContextWords = 4;   // "a partial reason for" before a noun phrase
constexpr size_t kSubjectWords = 4;   // "Hungary has formally left"

// A party named in a clause.
struct Named {
  uint32_t begin = 0, end = 0;
  std::string party, name;
};

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

bool AnyCue(const Lexicon& lex, const char* kind, std::string_view text) {
  const auto& cues = lex.Cues(kind);
  return std::any_of(cues.begin(), cues.end(), [&](const std::string& w) { return HasPhrase(text, w); });
}

// The last `n` words of `text`.
std::string_view LastWords(std::string_view text, size_t n) {
  size_t at = text.size(), seen = 0;
  while (at > 0 && seen <= n) {
    while (at > 0 && !IsWordChar(text[at - 1])) --at;
    if (at == 0) break;
    if (++seen > n) break;
    while (at > 0 && IsWordChar(text[at - 1])) --at;
  }
  return text.substr(at);
}

size_t WordCount(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1]))) ++n;
  }
  return n;
}

bool InList(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsPast(const Lexicon& lex, std::string_view word) {
  return InList(lex.past_words, word) || (word.size() > 4 && word.substr(word.size() - 2) == "ed");
}

// What a clause says of the act at a verb: `lead` is the clause before it
// (from the last comma), `word` the verb; nullopt when not compared.
std::optional<ActStage> VerbStage(const Lexicon& lex, std::string_view lead, std::string_view word) {
  if (AnyCue(lex, "hypothetical", lead) || AnyCue(lex, "reported", lead)) return std::nullopt;
  if (AnyCue(lex, "denied", lead)) return ActStage::kNotDone;
  if (AnyCue(lex, "negated", LastWords(lead, kNegationWords))) return ActStage::kNotDone;
  if (AnyCue(lex, "future", lead)) return ActStage::kPlanned;
  if (AnyCue(lex, "begun", lead)) return ActStage::kPartial;
  if (IsPast(lex, word)) return ActStage::kDone;
  return std::nullopt;
}

// What a clause says of the act at a noun: `before` is the text before the
// noun phrase, `modifier` the words between possessor and noun, `segment`
// the comma-free stretch around it; nullopt when not compared.
std::optional<ActStage> NounStage(const Lexicon& lex, std::string_view before, std::string_view modifier,
                                  std::string_view segment) {
  if (AnyCue(lex, "planned_noun", modifier)) return ActStage::kPlanned;
  if (AnyCue(lex, "hypothetical", segment) || AnyCue(lex, "reported", segment)) return std::nullopt;
  if (AnyCue(lex, "future", segment) || AnyCue(lex, "denied", segment)) return std::nullopt;
  if (AnyCue(lex, "negated", LastWords(before, kNegationWords))) return std::nullopt;
  if (AnyCue(lex, "begun", before)) return ActStage::kPartial;
  if (AnyCue(lex, "done_context", LastWords(before, kContextWords))) return ActStage::kDone;
  return std::nullopt;
}

// Reads one article: its lower-case text, the parties it names and where.
class ArticleReader {
 public:
  ArticleReader(const StoryView& story, uint32_t a)
      : story_(story), lex_(story.lexicon), f_(story.Article(a)), lower_(Lower(f_.text)) {
    for (const Mention& m : f_.recognition.mentions) {
      const RecognizedEntity& e = f_.recognition.entities[m.entity];
      code::Actor actor{-1, -1, e.name, m.code.empty() ? e.code : m.code};
      if (e.type == "organization" && e.kind == "igo") {
        orgs_.push_back({m.begin, m.end, story.PartyOf(actor), e.name});
        org_kb_.push_back(e.kb);
      } else if (e.type != "organization" || !story.IsOrganisation(actor)) {
        std::string party = story.PartyOf(actor);
        if (party.size() == 3) actors_.push_back({m.begin, m.end, party, story.PartyName(party, e.name)});
      }
    }
  }

  void Read(std::vector<ActStatement>& out);

 private:
  void ReadClause(uint32_t begin, uint32_t end, std::vector<ActStatement>& out);
  bool ReadNoun(uint32_t cb, uint32_t ce, uint32_t begin, uint32_t end, ActStatement& st);
  bool ReadVerb(uint32_t cb, uint32_t ce, uint32_t begin, uint32_t end, ActStatement& st);
  std::optional<Named> OrgAfter(const std::string& actor, uint32_t from, uint32_t clause_end) const;
  std::optional<Named> GenericOrg(const std::string& actor, uint32_t at, uint32_t clause_end) const;
  bool CodedParties(uint32_t begin, ActStatement& st) const;
  bool MemberOf(const std::string& actor, int32_t org_kb) const;
  uint32_t SkipLinks(uint32_t at, uint32_t limit) const;
  std::string_view Low(uint32_t b, uint32_t e) const { return std::string_view(lower_).substr(b, e - b); }
  uint32_t SegmentStart(uint32_t clause_begin, uint32_t at) const;
  uint32_t SegmentEnd(uint32_t at, uint32_t clause_end) const;

  const StoryView& story_;
  const Lexicon& lex_;
  const story::ArticleFacts& f_;
  std::string lower_;
  std::vector<Named> actors_, orgs_;
  std::vector<int32_t> org_kb_;
};


uint32_t ArticleReader::SegmentStart(uint32_t clause_begin, uint32_t at) const {
  size_t comma = std::string_view(lower_).substr(0, at).rfind(',');
  uint32_t start = comma == std::string_view::npos || comma < clause_begin ? clause_begin : comma + 1;
  while (start < at && lower_[start] == ' ') ++start;
  return start;
}

uint32_t ArticleReader::SegmentEnd(uint32_t at, uint32_t clause_end) const {
  size_t comma = lower_.find(',', at);
  return comma == std::string::npos || comma > clause_end ? clause_end : static_cast<uint32_t>(comma);
}

// Past the words that may stand between an act and its organisation
// ("from", "its participation in", "the").
uint32_t ArticleReader::SkipLinks(uint32_t at, uint32_t limit) const {
  const auto& links = lex_.Cues("link");
  for (;;) {
    while (at < limit && lower_[at] == ' ') ++at;
    uint32_t end = at;
    while (end < limit && IsWordChar(lower_[end])) ++end;
    if (end == at || !InList(links, Low(at, end))) return at;
    at = end;
  }
}

bool ArticleReader::MemberOf(const std::string& actor, int32_t org_kb) const {
  if (org_kb < 0) return false;
  const auto& all = story_.kb->memberships();
  return std::any_of(all.begin(), all.end(), [&](const kb::Membership& m) {
    return m.member == actor && static_cast<int32_t>(m.org) == org_kb;
  });
}

// "the (military) alliance" at `at` (after "the"): the one organisation named
// earlier in the article that could be meant.
std::optional<Named> ArticleReader::GenericOrg(const std::string& actor, uint32_t at, uint32_t clause_end) const {
  if (at < 4 || Low(at - 4, at) != "the ") return std::nullopt;
  uint32_t p = at;
  for (int words = 0; words < 4 && p < clause_end; ++words) {
    uint32_t end = p;
    while (end < clause_end && IsWordChar(lower_[end])) ++end;
    std::string_view w = Low(p, end);
    if (InList(lex_.Cues("org_noun"), w)) {
      // "the bloc's predecessor" is another body.
      if (end < lower_.size() && (lower_[end] == '\'' || lower_.compare(end, 3, "\xe2\x80\x99") == 0)) break;
      std::optional<Named> only;
      for (size_t i = 0; i < orgs_.size() && orgs_[i].begin < at; ++i) {
        if (story_.kb != nullptr && !MemberOf(actor, org_kb_[i])) continue;
        if (only && only->party != orgs_[i].party) return std::nullopt;
        only = Named{at - 4, end, orgs_[i].party, orgs_[i].name};
      }
      return only;
    }
    bool led = w.size() > 4 && w.substr(w.size() - 4) == "-led";
    if (end == p || (!led && !InList(lex_.Cues("org_modifier"), w))) break;
    p = end;
    while (p < clause_end && lower_[p] == ' ') ++p;
  }
  return std::nullopt;
}

std::optional<Named> ArticleReader::OrgAfter(const std::string& actor, uint32_t from, uint32_t clause_end) const {
  uint32_t at = SkipLinks(from, clause_end);
  for (const Named& o : orgs_) {
    if (o.begin >= from && o.begin <= at && o.end > at && o.end <= clause_end) return o;
  }
  return GenericOrg(actor, at, clause_end);
}

// The source and organisation of a coded event whose clause holds `begin`.
bool ArticleReader::CodedParties(uint32_t begin, ActStatement& st) const {
  for (const code::Event& e : f_.coding.events) {
    if (begin < e.begin || begin >= e.end || !story_.IsOrganisation(e.target)) continue;
    std::string actor = story_.PartyOf(e.source);
    if (actor.size() != 3 || story_.IsOrganisation(e.source)) continue;
    st.actor = actor;
    st.actor_name = story_.PartyName(actor, e.source.name);
    st.org = story_.PartyOf(e.target);
    st.org_name = e.target.name;
    return true;
  }
  return false;
}

// "Hungary's (planned) withdrawal from ORG", "the withdrawal of Hungary from ORG".
bool ArticleReader::ReadNoun(uint32_t cb, uint32_t ce, uint32_t begin, uint32_t end, ActStatement& st) {
  const Named* actor = nullptr;
  uint32_t phrase = begin, org_from = end;
  std::string_view modifier;
  for (const Named& a : actors_) {
    if (a.begin < cb || a.end >= begin) continue;
    std::string_view rest = Low(a.end, begin);
    for (std::string_view mark : {std::string_view("'s"), std::string_view("\xe2\x80\x99s")}) {
      if (rest.substr(0, mark.size()) == mark && WordCount(rest) <= 2) {
        actor = &a, phrase = a.begin, modifier = rest.substr(mark.size());
      }
    }
  }
  if (actor == nullptr && begin >= cb + 4 && Low(begin - 4, begin) == "the " &&
      Low(end, std::min<uint32_t>(end + 4, ce)) == " of ") {
    for (const Named& a : actors_) {
      if (a.begin == end + 4 && a.end <= ce) actor = &a, phrase = begin - 4, org_from = a.end;
    }
  }
  if (actor == nullptr) return false;
  std::optional<Named> org = OrgAfter(actor->party, org_from, ce);
  if (!org || org->party == actor->party) return false;
  uint32_t seg_end = SegmentEnd(org->end, ce);
  std::optional<ActStage> stage =
      NounStage(lex_, Low(cb, phrase), modifier, Low(SegmentStart(cb, phrase), seg_end));
  if (!stage) return false;
  st = ActStatement{nullptr, actor->party, actor->name, org->party, org->name, *stage, phrase, seg_end};
  return true;
}

// "Hungary has left ORG", "it will withdraw from it" (a coded event).
bool ArticleReader::ReadVerb(uint32_t cb, uint32_t ce, uint32_t begin, uint32_t end, ActStatement& st) {
  uint32_t seg = SegmentStart(cb, begin);
  // "will host the summit and has left": the cues of the last verb phrase.
  size_t conj = Low(seg, begin).rfind(" and ");
  uint32_t lead = conj == std::string_view::npos ? seg : seg + static_cast<uint32_t>(conj) + 5;
  std::optional<ActStage> stage = VerbStage(lex_, Low(lead, begin), Low(begin, end));
  if (!stage) return false;
  st.stage = *stage;
  st.begin = seg;
  st.end = SegmentEnd(end, ce);
  if (CodedParties(begin, st)) return st.org != st.actor;
  const Named* subject = nullptr;
  for (const Named& a : actors_) {
    if (a.begin >= seg && a.end <= begin && WordCount(Low(a.end, begin)) <= kSubjectWords) subject = &a;
  }
  if (subject == nullptr) return false;
  for (const Named& o : orgs_) {
    if (o.begin > subject->end && o.begin < begin) return false;
  }
  std::optional<Named> org = OrgAfter(subject->party, end, ce);
  if (!org || org->party == subject->party) return false;
  st.actor = subject->party, st.actor_name = subject->name;
  st.org = org->party, st.org_name = org->name;
  st.begin = std::min(st.begin, subject->begin);
  st.end = std::max(st.end, org->end);
  return true;
}

void ArticleReader::ReadClause(uint32_t cb, uint32_t ce, std::vector<ActStatement>& out) {
  for (uint32_t at = cb; at < ce; ++at) {
    if (!IsWordChar(lower_[at]) || (at > cb && IsWordChar(lower_[at - 1]))) continue;
    uint32_t end = at;
    while (end < ce && IsWordChar(lower_[end])) ++end;
    std::string_view word = Low(at, end);
    for (const StatusAction& act : lex_.status_actions) {
      bool noun = InList(act.nouns, word);
      bool stem = std::any_of(act.stems.begin(), act.stems.end(),
                              [&](const std::string& s) { return word.substr(0, s.size()) == s; });
      if (!noun && !stem) continue;
      ActStatement st;
      if (noun ? ReadNoun(cb, ce, at, end, st) : ReadVerb(cb, ce, at, end, st)) {
        st.action = &act;
        out.push_back(std::move(st));
      }
      break;
    }
    at = end;
  }
}

// Clauses: sentences cut at semicolons, colons, dashes, brackets and the
// clause words of the cue list ("but", "while").
void ArticleReader::Read(std::vector<ActStatement>& out) {
  const auto& breaks = lex_.Cues("clause_break");
  for (const story::SentenceSpan& s : f_.sentences) {
    uint32_t cb = s.begin;
    for (uint32_t at = s.begin; at <= s.end; ++at) {
      bool cut = at == s.end || std::string_view(";:()").find(lower_[at]) != std::string_view::npos ||
                 lower_.compare(at, 3, "\xe2\x80\x93") == 0 || lower_.compare(at, 3, "\xe2\x80\x94") == 0;
      if (!cut && lower_[at] == ' ' && (at == 0 || lower_[at - 1] != ' ')) {
        uint32_t end = at + 1;
        while (end < s.end && IsWordChar(lower_[end])) ++end;
        cut = InList(breaks, Low(at + 1, end));
      }
      if (!cut) continue;
      if (at > cb) ReadClause(cb, at, out);
      cb = at + 1;
    }
  }
}

}  // namespace

std::vector<ActStatement> ReadActStatements(const StoryView& story, uint32_t a) {
  std::vector<ActStatement> out;
  ArticleReader(story, a).Read(out);
  return out;
}

}  // namespace dossier::corroborate::contra
