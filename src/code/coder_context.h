// The working state of EventCoder::Code for one text, and the helpers its
// files share: actors of a noun phrase, weapons, spans.
#ifndef DOSSIER_SRC_CODE_CODER_CONTEXT_H_
#define DOSSIER_SRC_CODE_CODER_CONTEXT_H_

#include <string_view>
#include <vector>

#include "dossier/code/event_coder.h"

namespace dossier::code {

struct EventCoder::Context {
  const text::AnalyzedText& text;
  const recognize::Recognition& rec;
  const std::vector<time::TimeMention>& times;
  std::vector<Event>& out;
  Scratch& s;
  uint32_t sentence = 0;
  size_t events_before = 0;  // out.size() when the text began
  // Nouns that stand for an organisation named before ("the bloc"): &IGO_NOUN.
  const std::vector<std::string>* igo_nouns = nullptr;
  // Nouns of someone or something that acts though no actor is named ("a
  // group", "a bombing"): &UNNAMED_AGENT.
  const std::vector<std::string>* agent_nouns = nullptr;
  // Places kept for people ("a camp for refugees"): &FACILITY_NOUN.
  const std::vector<std::string>* facility_nouns = nullptr;
  bool locative_targets = false;  // CoderOptions::locative_targets
  const EventPatterns* patterns = nullptr;  // for the word sets

  const text::Token& Tok(uint32_t i) const { return text.tokens[i]; }
  std::string_view Lemma(uint32_t i) const { return text.Lemma(text.tokens[i]); }
  std::string_view Norm(uint32_t i) const { return text.Norm(text.tokens[i]); }
  const SentenceParse& Parse() const { return s.parse; }
};

namespace coder {

// The actors a noun phrase names: one per conjunct of a coordinated phrase,
// else its head entity (the possessor when the head names none: "Belarus's
// agency"), else the object of a following "of" ("the president of X"),
// else, for a pronoun, the last fitting actor before it.
void ActorsOf(const EventCoder::Context& c, int32_t phrase, std::vector<Actor>& out);

// "X said it will ...": for the subject `phrase` of a clause a verb of
// saying governs, that verb's subject (not itself a pronoun); else kNoIndex.
int32_t SpeakerPhrase(const EventCoder::Context& c, int32_t phrase);

// "A bombing near Samarra killed", "was arrested in Lebanon": the country
// where a clause whose agent is unnamed happens, from a place or country
// after "in", "at", "near" or "outside" in tokens [first, last], past the
// phrase `except` (the target). Its code is the country's, with the sector
// `sector` when given ("UAF": unidentified armed forces).
bool UnnamedAgentAt(const EventCoder::Context& c, uint32_t first, uint32_t last, int32_t except,
                    std::string_view sector, Actor& out);

// Whether the phrase names a weapon: a recognised weapon system in it, or a
// head noun that ends weapon descriptions or belongs to &WEAPON.
bool IsWeaponPhrase(const EventCoder::Context& c, const recognize::Cues& cues,
                    const std::vector<std::string>* weapon_words, int32_t phrase);

// The actor a mention names, when it names one (a country, person,
// organisation or coded place).
bool MentionActor(const EventCoder::Context& c, int32_t mention, Actor& out);
// Whether the mention ends in a possessive ("Belarus's").
bool IsPossessorMention(const EventCoder::Context& c, int32_t mention);

// Whether the phrase names an international organisation (an alliance, a
// bloc, a UN body).
bool NamesIgo(const EventCoder::Context& c, int32_t phrase);

// "Protesters demanded the resignation of the Algerian president": the
// subject `phrase` names a group only by what it is (&DOMESTIC_<sector>) and
// every target is of one state, so the group is taken to be of that state.
// The caller has found no place naming it and keeps this to acts without
// force.
bool DomesticAgent(const EventCoder::Context& c, int32_t phrase, const std::vector<Actor>& targets,
                   Actor& out);

// "Police fired on demonstrators": a group named only by what it is, that a
// state's police or courts act on, is of that state (they act at home).
bool DomesticTarget(const EventCoder::Context& c, int32_t phrase, const std::vector<Actor>& sources,
                    Actor& out);

// Whether a word (by lemma or normal form) is one of `words`.
bool WordIn(const EventCoder::Context& c, uint32_t token, const std::vector<std::string>& words);

}  // namespace coder
}  // namespace dossier::code

#endif  // DOSSIER_SRC_CODE_CODER_CONTEXT_H_
