// The English calendar vocabulary the time stage recognises: month and
// weekday names, seasons, number words, time units and the handful of
// function words the date grammar looks at ("in", "since", "between"...).
//
// The list is small and closed, so it lives in code rather than in data/.
// Lookup is case-insensitive; whether a word must be capitalised to count
// (months, weekdays) is the grammar's decision, not the lexicon's.
#ifndef DOSSIER_TIME_CALENDAR_WORDS_H_
#define DOSSIER_TIME_CALENDAR_WORDS_H_

#include <cstdint>
#include <string_view>

namespace dossier::time {

enum class Lex : uint8_t {
  kNone,
  // Heads: a date expression can only be built around one of these (or a
  // number), so they are what the byte scan stops at.
  kMonth,        // value 1-12
  kMonthAbbrev,  // "Jan", "Sept": a month only beside a day or a year
  kWeekday,      // value 0 = Monday ... 6 = Sunday
  kSeason,       // value 0 = spring, 1 = summer, 2 = autumn, 3 = winter
  kFall,         // "fall": autumn, but also a verb and a noun
  kDayUnit,      // value 0 singular, 1 plural; likewise the other units
  kWeekUnit,
  kMonthUnit,
  kYearUnit,
  kCenturyUnit,
  kQuarter,      // "quarter"
  kHalf,         // "half"
  kQuarterCode,  // "Q1".."Q4", value 1-4
  kHalfCode,     // "H1", "H2", value 1-2
  kDeicticDay,   // yesterday -1, today 0, tonight 0, tomorrow +1
  // Modifiers and function words.
  kCardinal,     // value: "one".."twelve"; "a"/"an" are 1
  kOrdinal,      // value: "first".."twentieth"
  kTwenty,       // the "twenty" of "twenty-first century"
  kThis,
  kLast,
  kNext,
  kComing,
  kPast,
  kPrevious,
  kEarlier,
  kLater,
  kEarly,
  kMid,
  kLate,
  kPrePost,      // "pre-2022", "post-2014"
  kAgo,
  kThe,
  kOf,
  kAnd,
  kOr,
  kTo,           // range connectors; value 0 "to", 1 until, till, through
  kBetween,
  kFrom,
  kBefore,
  kCue,          // in, since, by, after, during, throughout, around; and
                 // "over" (value 1), which only cues seasons ("over the summer")
  kWill,         // will, shall and the "ll" of "'ll": future tense
  kEvery,        // every, each: "every Friday" recurs, it is not a date
  kPeriodNoun,   // end, start, beginning, middle, rest ("the end of 2022")
  kQuantity,     // troops, people, percent...: the number before is a count
};

struct WordInfo {
  Lex lex = Lex::kNone;
  int8_t value = 0;
};

// The entry for an ASCII word or code ("Q3"); {kNone, 0} when absent.
WordInfo LookupWord(std::string_view word);

// Whether a word of this kind can start a scan of the text around it.
bool IsHead(Lex lex);

// LookupWord for head words only, {kNone, 0} for the rest; most words are
// turned away by their length and first and last letters without hashing.
WordInfo LookupHead(std::string_view word);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_CALENDAR_WORDS_H_
