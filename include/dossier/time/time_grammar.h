// The date grammar: what TimeFinder runs at each place its byte scan
// stops. Each matcher looks at the tokens around token `at` of a window and
// returns the expression that place starts, or nothing.
//
// Three families, by the head word: absolute dates built on numbers and
// month names (date_grammar.cc), expressions relative to the publication
// date (relative_grammar.cc), and named periods: seasons, quarters, halves,
// decades, centuries (period_grammar.cc). Inferring a missing year is not
// done here: it needs the rest of the article, which the finder has.
#ifndef DOSSIER_TIME_TIME_GRAMMAR_H_
#define DOSSIER_TIME_TIME_GRAMMAR_H_

#include <cstdint>
#include <optional>

#include "dossier/time/civil_date.h"
#include "dossier/time/time_mention.h"
#include "dossier/time/time_tokens.h"

namespace dossier::time {

// What one expression says, before a missing year is filled in.
struct TimeExpression {
  uint32_t begin = 0;
  uint32_t end = 0;
  Granularity granularity = Granularity::kDay;
  // The first and last unit covered, partial as CivilDates are. A zero
  // year in `first` means the year is to be inferred; `last` then gets
  // first's year plus last_year_offset ("from November to February": 1).
  CivilDate first;
  CivilDate last;
  int last_year_offset = 0;
  bool relative = false;
  bool is_range = false;
  bool year_written = false;  // a year in the text: context for inference
  bool bare_year = false;     // a lone year: "and 2020" may continue it
  bool future = false;        // in a future-tense clause: infer forward
};

struct GrammarContext {
  std::optional<CivilDate> publication;  // a full, valid date or nothing
  bool after_bare_year = false;  // the window's floor ends a lone-year mention
};

std::optional<TimeExpression> MatchAbsolute(TokenWindow& w, int at, const GrammarContext& ctx);
std::optional<TimeExpression> MatchRelative(TokenWindow& w, int at, const GrammarContext& ctx);
std::optional<TimeExpression> MatchPeriod(TokenWindow& w, int at, const GrammarContext& ctx);
// Decades are built on a number ("1990s") so MatchAbsolute asks for them.
std::optional<TimeExpression> MatchDecade(TokenWindow& w, int at, const GrammarContext& ctx);

// --- Shared by the matchers (grammar_support.cc) ---

// The words just before a head: "[between|from|cue] [the] [early|mid|late[-]]".
struct Lookback {
  int begin = 0;            // first token index of the qualifier, or `at`
  Lex qualifier = Lex::kNone;  // kEarly, kMid, kLate or kNone
  bool the = false;
  Lex cue = Lex::kNone;     // the word before: kCue, kFrom, kBetween, kOf...
  int cue_index = 0;
  int8_t cue_value = 0;     // its lexicon value ("over" is 1, "to" 0)
};
Lookback ReadLookback(TokenWindow& w, int at);

// A month name at token `at` (ending before token `next`) made relative:
// "last March", "January last year". MatchAbsolute asks, MatchRelative
// answers, since only the publication date can resolve it.
std::optional<TimeExpression> RelativeMonth(TokenWindow& w, int at, int month, int next,
                                            const Lookback& lb, const GrammarContext& ctx);

// A four-digit year at token i (1000-2999), not a quantity ("2000
// troops"), not part of a time or decimal. 0 when there is none.
int YearAt(TokenWindow& w, int i);

// A capitalised month name at token i, 0 if none; `next` is the token after
// it (and after the full stop of "Jan."). Abbreviations set `abbrev`.
int MonthAt(TokenWindow& w, int i, int& next, bool& abbrev);

// True when the number at token i is glued to letters before it by a
// hyphen or slash ("F-16", "Su-35", "COVID-19"), follows another number
// through a separator ("3.5", "06/12"), or follows a currency sign.
bool IsAttachedNumber(TokenWindow& w, int i);

// A word that stops future-tense lookback: the clause's edge.
bool IsClauseEdge(const Token& t);

// "will", "shall" or "'ll" earlier in the clause before token `at`.
bool InFutureClause(TokenWindow& w, int at);

// Narrows a year, month, decade or century to its early, mid or late part.
void Narrow(TimeExpression& e, Lex qualifier);

// The months a season covers in `year` (winter runs into the next year).
void SetSeason(TimeExpression& e, int season, int year);

// A single unit of `g` covering `d` ("2024-05-17" as a week is that week's
// Monday to Sunday).
void SetUnit(TimeExpression& e, Granularity g, const CivilDate& d);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TIME_GRAMMAR_H_
