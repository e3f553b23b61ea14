// Who a noun phrase names, for the event coder.
#include <algorithm>

#include "coder_context.h"

namespace dossier::code::coder {
namespace {

// "based" in "a group based in X": the participle saying where a group is.
bool IsLocatedParticiple(std::string_view w) {
  return w == "based" || w == "stationed" || w == "located" || w == "headquartered" ||
         w == "operating" || w == "deployed";
}

bool IsActorType(std::string_view type) {
  return type == "country" || type == "person" || type == "organization" || type == "actor" ||
         type == "place" || type == "territory";
}

Actor ActorOfMention(const EventCoder::Context& c, int32_t m) {
  const recognize::Mention& mention = c.rec.mentions[m];
  const recognize::RecognizedEntity& e = c.rec.entities[mention.entity];
  Actor a;
  a.entity = static_cast<int32_t>(mention.entity);
  a.mention = m;
  a.name = e.name;
  a.code = mention.code.empty() ? e.code : mention.code;
  return a;
}

bool IsActorMention(const EventCoder::Context& c, int32_t m) {
  const recognize::Mention& mention = c.rec.mentions[m];
  const recognize::RecognizedEntity& e = c.rec.entities[mention.entity];
  return IsActorType(e.type) && !(mention.code.empty() && e.code.empty());
}

bool IsPossessor(const EventCoder::Context& c, const recognize::Mention& m) {
  return m.end_token < c.text.tokens.size() && c.Tok(m.end_token).Has(text::kPossessive);
}

int32_t IgoAntecedent(const EventCoder::Context& c, const NounPhrase& np);

// The last actor mentioned before `token` that fits the pronoun, within the
// sentence and the two before it ("it" may be "the bloc" of this sentence).
int32_t Antecedent(const EventCoder::Context& c, uint32_t token) {
  std::string_view p = c.Norm(token);
  bool person = p == "he" || p == "she" || p == "him" || p == "her" || p == "his";
  bool thing = p == "it" || p == "its" || p == "they" || p == "them" || p == "their";
  if (!person && !thing) return -1;
  uint32_t floor_sentence = c.sentence >= 2 ? c.sentence - 2 : 0;
  for (int64_t i = static_cast<int64_t>(token) - 1; i >= 0; --i) {
    const SentenceParse& p = c.Parse();
    if (thing && static_cast<uint32_t>(i) >= p.first && static_cast<uint32_t>(i) < p.end &&
        p.PhraseAt(static_cast<uint32_t>(i)) != kNoIndex) {
      const NounPhrase& np = p.phrases[p.PhraseAt(static_cast<uint32_t>(i))];
      if (np.head == static_cast<uint32_t>(i) && !np.pronoun)
        if (int32_t igo = IgoAntecedent(c, np); igo >= 0) return igo;
    }
    int32_t m = c.s.mention_at[i];
    if (m < 0) continue;
    const recognize::Mention& mention = c.rec.mentions[m];
    if (mention.sentence < floor_sentence) break;
    if (!IsActorMention(c, m)) continue;
    const std::string& type = c.rec.entities[mention.entity].type;
    if (person == (type == "person") && type != "place") return m;
    i = mention.first_token;
  }
  return -1;
}

// "his country", "its government": the country of the pronoun's actor,
// with the sector the noun names.
bool CountryOfPronoun(const EventCoder::Context& c, uint32_t pronoun, std::string_view noun,
                      std::vector<Actor>& out) {
  std::string_view sector;
  if (noun == "government" || noun == "administration" || noun == "cabinet") sector = "GOV";
  else if (noun == "army" || noun == "military" || noun == "troops") sector = "MIL";
  else if (noun != "country" && noun != "nation" && noun != "state") return false;
  int32_t m = Antecedent(c, pronoun);
  if (m < 0) return false;
  Actor a = ActorOfMention(c, m);
  if (a.code.size() < 3) return false;
  const recognize::RecognizedEntity& e = c.rec.entities[c.rec.mentions[m].entity];
  std::string country = e.country.size() == 3 ? e.country : a.code.substr(0, 3);
  a.code = country + std::string(sector);
  a.name = a.name + "'s " + std::string(noun);
  out.push_back(std::move(a));
  return true;
}

// "the bloc", "the alliance": the last international organisation named in
// this sentence or the three before it.
int32_t IgoAntecedent(const EventCoder::Context& c, const NounPhrase& np) {
  if (c.igo_nouns == nullptr || c.Norm(np.first) != "the" || c.s.mention_at[np.head] >= 0 ||
      !WordIn(c, np.head, *c.igo_nouns))
    return -1;
  uint32_t floor_sentence = c.sentence >= 3 ? c.sentence - 3 : 0;
  for (int64_t i = static_cast<int64_t>(np.first) - 1; i >= 0; --i) {
    int32_t m = c.s.mention_at[i];
    if (m < 0) continue;
    const recognize::Mention& mention = c.rec.mentions[m];
    if (mention.sentence < floor_sentence) break;
    const recognize::RecognizedEntity& e = c.rec.entities[mention.entity];
    if (e.type == "organization" && (e.kind == "igo" || e.kind == "un_body")) return m;
    i = mention.first_token;
  }
  return -1;
}

// Whether a noun phrase names a person: "U.N. Secretary-General X" does,
// although its actor is the U.N.
bool NamesPerson(const EventCoder::Context& c, const NounPhrase& np) {
  for (uint32_t i = np.first; i < np.end; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m >= 0 && c.rec.entities[c.rec.mentions[m].entity].type == "person") return true;
  }
  return false;
}

// "X warned it would withdraw": the subject pronoun of a clause a verb of
// saying governs is that verb's subject, when it fits (he/she a person,
// it/they anything else).
bool SpeakerOfPronoun(const EventCoder::Context& c, int32_t phrase, std::vector<Actor>& out) {
  const SentenceParse& p = c.Parse();
  std::string_view w = c.Norm(p.phrases[phrase].head);
  bool person = w == "he" || w == "she";
  if (!person && w != "it" && w != "they") return false;
  int32_t speaker = SpeakerPhrase(c, phrase);
  if (speaker == kNoIndex) return false;
  ActorsOf(c, speaker, out);
  bool fits = !out.empty() && (person ? NamesPerson(c, p.phrases[speaker])
                                      : std::none_of(out.begin(), out.end(), [&](const Actor& a) {
                                          return a.entity < 0 || c.rec.entities[a.entity].type == "person";
                                        }));
  if (!fits) out.clear();
  return fits;
}

}  // namespace

int32_t SpeakerPhrase(const EventCoder::Context& c, int32_t phrase) {
  const SentenceParse& p = c.Parse();
  for (const VerbGroup& v : p.verbs) {
    if (v.subject != phrase || v.link != ClauseLink::kComplement || v.governor == kNoIndex) continue;
    int32_t speaker = p.verbs[v.governor].subject;
    if (speaker == kNoIndex || speaker == phrase || p.phrases[speaker].pronoun) return kNoIndex;
    return speaker;
  }
  return kNoIndex;
}

void ActorsOf(const EventCoder::Context& c, int32_t phrase, std::vector<Actor>& out) {
  out.clear();
  if (phrase < 0) return;
  const NounPhrase& np = c.Parse().phrases[phrase];
  if (np.pronoun) {
    if (SpeakerOfPronoun(c, phrase, out)) return;
    if (int32_t m = Antecedent(c, np.head); m >= 0) out.push_back(ActorOfMention(c, m));
    return;
  }
  if (np.head == np.first + 1 && static_cast<text::Pos>(c.Tok(np.first).pos) == text::Pos::kPRPS &&
      c.s.mention_at[np.head] < 0) {
    if (CountryOfPronoun(c, np.first, c.Lemma(np.head), out)) return;
  }
  if (int32_t m = IgoAntecedent(c, np); m >= 0) {
    out.push_back(ActorOfMention(c, m));
    return;
  }
  int32_t head = -1, possessor = -1;
  for (uint32_t i = np.first; i < np.end; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m < 0 || c.rec.mentions[m].first_token != i) continue;
    if (!IsActorMention(c, m)) continue;
    if (np.coordinated && !IsPossessor(c, c.rec.mentions[m])) {
      Actor a = ActorOfMention(c, m);
      bool seen = std::any_of(out.begin(), out.end(), [&](const Actor& o) { return o.code == a.code && o.name == a.name; });
      if (!seen) out.push_back(std::move(a));
    }
    (IsPossessor(c, c.rec.mentions[m]) ? possessor : head) = m;
  }
  if (!out.empty()) return;
  if (head >= 0) out.push_back(ActorOfMention(c, head));
  else if (possessor >= 0) out.push_back(ActorOfMention(c, possessor));
  if (!out.empty()) return;
  // "the foreign minister of X", "the government in X", "students
  // throughout X", "a missionary from X", "a newspaper based in X".
  const SentenceParse& p = c.Parse();
  uint32_t at = np.end;
  if (at + 1 < p.end && IsLocatedParticiple(c.Norm(at)) && c.Norm(at + 1) == "in") ++at;
  std::string_view prep = at < p.end ? c.Norm(at) : std::string_view();
  // "a camp for Congolese refugees": the people a place is kept for.
  const bool kept_for = prep == "for" && c.facility_nouns != nullptr &&
                        WordIn(c, np.head, *c.facility_nouns);
  if (prep == "of" || prep == "in" || prep == "throughout" || prep == "across" || prep == "from" ||
      kept_for) {
    int32_t next = at + 1 < p.end ? p.PhraseAt(at + 1) : kNoIndex;
    if (next != kNoIndex && next != phrase) ActorsOf(c, next, out);
  }
}

bool UnnamedAgentAt(const EventCoder::Context& c, uint32_t first, uint32_t last, int32_t except,
                    std::string_view sector, Actor& out) {
  const SentenceParse& p = c.Parse();
  std::vector<Actor> actors;
  for (uint32_t t = first; t < last && t + 1 < p.end; ++t) {
    std::string_view w = c.Norm(t);
    if (w != "in" && w != "at" && w != "near" && w != "outside") continue;
    int32_t np = p.PhraseAt(t + 1);
    if (np == kNoIndex || np == except || p.phrases[np].first != t + 1) continue;
    ActorsOf(c, np, actors);
    for (const Actor& a : actors) {
      if (a.entity < 0 || a.code.size() < 3) continue;
      const std::string& type = c.rec.entities[a.entity].type;
      if (type != "country" && type != "place" && type != "territory") continue;
      out = Actor();
      out.code = a.code.substr(0, 3) + std::string(sector);
      out.name = "unnamed, in " + a.name;
      return true;
    }
  }
  return false;
}

bool MentionActor(const EventCoder::Context& c, int32_t mention, Actor& out) {
  if (mention < 0 || !IsActorMention(c, mention)) return false;
  out = ActorOfMention(c, mention);
  return true;
}

bool IsPossessorMention(const EventCoder::Context& c, int32_t mention) {
  return IsPossessor(c, c.rec.mentions[mention]);
}

bool NamesIgo(const EventCoder::Context& c, int32_t phrase) {
  const NounPhrase& np = c.Parse().phrases[phrase];
  if (IgoAntecedent(c, np) >= 0) return true;
  if (np.pronoun) {
    int32_t m = Antecedent(c, np.head);
    if (m < 0) return false;
    const recognize::RecognizedEntity& e = c.rec.entities[c.rec.mentions[m].entity];
    return e.type == "organization" && (e.kind == "igo" || e.kind == "un_body");
  }
  for (uint32_t i = np.first; i < np.end; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m < 0) continue;
    const recognize::RecognizedEntity& e = c.rec.entities[c.rec.mentions[m].entity];
    if (e.type == "organization" && (e.kind == "igo" || e.kind == "un_body")) return true;
  }
  return false;
}

bool WordIn(const EventCoder::Context& c, uint32_t token, const std::vector<std::string>& words) {
  std::string_view lemma = c.Lemma(token), norm = c.Norm(token);
  // A capitalised plural the tagger took for a name keeps its "s"
  // ("Drones were ..."): try the singular too.
  std::string_view singular = norm;
  if (lemma == norm && norm.size() > 3 && norm.back() == 's' &&
      text::IsProperNoun(static_cast<text::Pos>(c.Tok(token).pos)))
    singular = norm.substr(0, norm.size() - 1);
  for (const std::string& w : words) {
    if (w == lemma || w == norm || w == singular) return true;
  }
  return false;
}

bool IsWeaponPhrase(const EventCoder::Context& c, const recognize::Cues& cues,
                    const std::vector<std::string>* weapon_words, int32_t phrase) {
  if (phrase < 0) return false;
  const NounPhrase& np = c.Parse().phrases[phrase];
  for (uint32_t i = np.first; i < np.end; ++i) {
    int32_t m = c.s.mention_at[i];
    if (m >= 0 && c.rec.entities[c.rec.mentions[m].entity].type == "weapon") return true;
  }
  if (!cues.WeaponHead(c.Lemma(np.head)).empty() || !cues.WeaponHead(c.Norm(np.head)).empty())
    return true;
  return weapon_words != nullptr && WordIn(c, np.head, *weapon_words);
}

}  // namespace dossier::code::coder
