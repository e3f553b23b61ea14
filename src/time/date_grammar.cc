// Absolute dates: expressions built on numbers and month names. "12 June
// 2023", "June 12th", "2023-06-12", "June 2023", "in March", "mid-2022",
// and ranges of these: "2018-2022", "12-14 June", "from March to May
// 2023", "between 2018 and 2022". Decades are named periods and live in
// period_grammar.cc.
//
// An expression is parsed as one or two endpoints joined by a dash or a
// range word; what a lone endpoint needs to count (a lone year or month
// needs a cue word before it) is decided last, in Single().
#include "dossier/time/time_grammar.h"

namespace dossier::time {
namespace {

enum class Shape : uint8_t { kNone, kDay, kDayMonth, kMonth, kYear };

struct Endpoint {
  Shape shape = Shape::kNone;
  CivilDate date;  // year 0 when not written
  int next = 0;    // the token after it
  uint32_t end = 0;
  bool month_first = false;  // "June 12" rather than "12 June"
  bool abbrev = false;       // an abbreviated month and nothing else: "Jan-"
};

bool IsPlainNumber(const Token& t) {
  return t.kind == TokenKind::kNumber && !t.grouped && t.suffix == NumberSuffix::kNone;
}

// 1-31, maybe ordinal ("12th"), and not the hour of "10:30" or the whole
// part of "3.5".
bool DayAt(TokenWindow& w, int i, int& day) {
  const Token& t = w[i];
  if (t.kind != TokenKind::kNumber || t.grouped || t.digits > 2) return false;
  if (t.suffix != NumberSuffix::kNone && t.suffix != NumberSuffix::kOrdinal) return false;
  if (t.value < 1 || t.value > 31) return false;
  const Token& n = w[i + 1];
  if (t.suffix == NumberSuffix::kNone && !n.spaced && n.kind == TokenKind::kPunct) {
    if (n.punct == ':' || n.punct == '%') return false;
    if (n.punct == '.' && w[i + 2].kind == TokenKind::kNumber && !w[i + 2].spaced) return false;
  }
  day = t.value;
  return true;
}

// "2023-06-12", "12.06.2023", and slashed or dashed day-month-year only
// when the order is forced ("25/12/2023"; "06/12/2023" is left alone).
bool NumericDate(TokenWindow& w, int i, Endpoint& e) {
  const Token& a = w[i];
  const Token& s1 = w[i + 1];
  const Token& b = w[i + 2];
  const Token& s2 = w[i + 3];
  const Token& c = w[i + 4];
  if (!IsPlainNumber(a) || !IsPlainNumber(b) || !IsPlainNumber(c)) return false;
  if (s1.kind != TokenKind::kPunct || !s2.IsPunct(s1.punct)) return false;
  char sep = s1.punct;
  if (sep != '-' && sep != '/' && sep != '.') return false;
  if (s1.spaced || b.spaced || s2.spaced || c.spaced) return false;
  const Token& after = w[i + 5];
  if (!after.spaced && after.IsPunct(sep) && w[i + 6].kind == TokenKind::kNumber &&
      !w[i + 6].spaced) {
    return false;  // "1.2.2023.4": a version or an address
  }
  CivilDate d;
  if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
    d = {a.value, b.value, c.value};
  } else if (c.digits == 4 && a.digits <= 2 && b.digits <= 2) {
    if (sep == '.' || (a.value > 12 && b.value <= 12)) {
      d = {c.value, b.value, a.value};
    } else if (b.value > 12 && a.value <= 12) {
      d = {c.value, a.value, b.value};
    } else if (a.value == b.value) {
      d = {c.value, a.value, a.value};
    } else {
      return false;
    }
  } else {
    return false;
  }
  if (!IsValidDate(d)) return false;
  e = {Shape::kDayMonth, d, i + 5, c.end, false};
  return true;
}

// ", 2023" or " 2023" after a day and month.
void AttachYear(TokenWindow& w, Endpoint& e) {
  int k = w[e.next].IsPunct(',') ? e.next + 1 : e.next;
  if (int y = YearAt(w, k)) {
    e.date.year = y;
    e.next = k + 1;
    e.end = w[k].DigitsEnd();
  }
}

Endpoint ParseEndpoint(TokenWindow& w, int i) {
  Endpoint e;
  int next = 0;
  bool abbrev = false;
  int day = 0;
  if (w[i].kind == TokenKind::kNumber) {
    if (NumericDate(w, i, e)) return e;
    if (int y = YearAt(w, i)) return {Shape::kYear, {y, 0, 0}, i + 1, w[i].DigitsEnd(), false};
    if (!DayAt(w, i, day)) return e;
    int j = w[i + 1].Is(Lex::kOf) ? i + 2 : i + 1;  // "the 12th of June"
    int month = MonthAt(w, j, next, abbrev);
    if (month == 0) return {Shape::kDay, {0, 0, day}, i + 1, w[i].end, false};
    e = {Shape::kDayMonth, {0, month, day}, next, w[next - 1].end, false};
    AttachYear(w, e);
    return e;
  }
  int month = MonthAt(w, i, next, abbrev);
  if (month == 0) return e;
  // "In March 18 people died": a count after the day is not a date.
  if (DayAt(w, next, day) && !w[next + 1].Is(Lex::kQuantity)) {
    e = {Shape::kDayMonth, {0, month, day}, next + 1, w[next].end, true};
    AttachYear(w, e);
    return e;
  }
  e = {Shape::kMonth, {0, month, 0}, next, w[next - 1].end, false};
  int k = w[next].Is(Lex::kOf) ? next + 1 : next;  // "June of 2023"
  if (int y = YearAt(w, k)) {
    e.date.year = y;
    e.next = k + 1;
    e.end = w[k].DigitsEnd();
  } else if (abbrev) {
    // "Jan" alone is a name more often than a month; "Jan-Mar 2024" is not.
    if (!w[e.next].IsPunct('-')) e.shape = Shape::kNone;
    e.abbrev = true;
  }
  return e;
}

std::optional<TimeExpression> Range(TokenWindow& w, const Lookback& lb, const Endpoint& e1) {
  int j = e1.next;
  const Token& c = w[j];
  bool dash = c.IsPunct('-');
  bool slash = c.IsPunct('/') && !c.spaced && !w[j + 1].spaced;
  bool word = c.Is(Lex::kTo) || (c.Is(Lex::kAnd) && lb.cue == Lex::kBetween);
  if (!dash && !slash && !word) return {};
  bool framed = lb.cue == Lex::kFrom || lb.cue == Lex::kBetween;
  TimeExpression x;
  x.is_range = true;
  x.year_written = true;
  x.begin = framed ? w[lb.cue_index].begin : w[lb.begin].begin;
  if (e1.shape == Shape::kYear) {
    int y1 = e1.date.year;
    int y2 = YearAt(w, j + 1);
    const Token& n = w[j + 1];
    if (y2 == 0 && !word && !c.spaced && !n.spaced && IsPlainNumber(n) && n.digits == 2) {
      y2 = y1 - y1 % 100 + n.value;  // "2018-22", "2022/23"
      if (y2 <= y1) y2 += 100;
      if (y2 - y1 > 10) return {};
    }
    if (y1 < 1900 || y1 > 2100 || y2 <= y1 || y2 > 2100 || y2 - y1 > 100) return {};
    if (slash && y2 != y1 + 1) return {};
    if (word && !framed && lb.cue == Lex::kNone) return {};
    x.granularity = Granularity::kYear;
    x.first = {y1, 0, 0};
    x.last = {y2, 0, 0};
    x.end = n.DigitsEnd();
    return x;
  }
  if (slash) return {};
  Endpoint e2 = ParseEndpoint(w, j + 1);
  if (e2.shape == Shape::kNone) return {};
  CivilDate a = e1.date;
  CivilDate b = e2.date;
  x.end = e2.end;
  if (e1.shape == Shape::kDay && e2.shape == Shape::kDayMonth && !e2.month_first) {
    a.month = b.month;  // "12-14 June 2023"
    x.granularity = Granularity::kDay;
  } else if (e1.shape == Shape::kDayMonth && e1.month_first && e1.date.year == 0 &&
             e2.shape == Shape::kDay) {
    b.month = a.month;  // "June 12-14, 2023"
    Endpoint tail = e2;
    AttachYear(w, tail);
    b.year = tail.date.year;
    x.end = tail.end;
    x.granularity = Granularity::kDay;
  } else if (e1.shape == Shape::kDayMonth && e2.shape == Shape::kDayMonth &&
             e1.month_first == e2.month_first) {
    x.granularity = Granularity::kDay;  // "30 June - 2 July"
  } else if (e1.shape == Shape::kMonth && e2.shape == Shape::kMonth) {
    x.granularity = Granularity::kMonth;  // "March-May 2023"
  } else {
    return {};
  }
  // A range word needs a frame ("from", "between") unless the range could
  // not be anything else: a day before a full date, or a year at its end.
  if (word && !framed && e1.shape != Shape::kDay && b.year == 0) return {};
  x.year_written = a.year != 0 || b.year != 0;
  // One written year covers both ends.
  if (a.year == 0 && b.year != 0) a.year = b.year - (a.month > b.month ? 1 : 0);
  if (b.year == 0 && a.year != 0) b.year = a.year + (b.month < a.month ? 1 : 0);
  if (a.year == 0) x.last_year_offset = b.month < a.month ? 1 : 0;
  int ya = a.year, yb = a.year == 0 ? x.last_year_offset : b.year;
  auto key = [](int y, int m, int d) { return (int64_t{y} * 13 + m) * 32 + d; };
  if (key(ya, a.month, a.day) >= key(yb, b.month, b.day)) return {};
  if (x.granularity == Granularity::kDay &&
      (a.day > DaysInMonth(a.year == 0 ? 2000 : a.year, a.month) ||
       b.day > DaysInMonth(b.year == 0 ? 2000 : b.year, b.month))) {
    return {};
  }
  x.first = a;
  x.last = b;
  return x;
}

bool IsYearCue(TokenWindow& w, const Lookback& lb, int at, const GrammarContext& ctx) {
  if (lb.qualifier != Lex::kNone) return true;
  switch (lb.cue) {
    case Lex::kCue: return lb.cue_value == 0;  // not "over 2000"
    case Lex::kTo: return lb.cue_value == 1;   // "until 2025", not "to 2000"
    case Lex::kFrom: case Lex::kBefore: case Lex::kBetween: case Lex::kPrePost:
    case Lex::kYearUnit:
      return true;
    case Lex::kOf:  // "the end of 2022", but not "a crowd of 2000 people"
      return w[lb.cue_index - 1].Is(Lex::kPeriodNoun) || w[at + 1].kind != TokenKind::kWord ||
             w[at + 1].capitalised;
    default:
      break;
  }
  // "in 2019 and 2020": the list goes on after a lone year.
  const Token& p = w[at - 1];
  return ctx.after_bare_year && w[at - 2].kind == TokenKind::kEnd &&
         (p.Is(Lex::kAnd) || p.Is(Lex::kOr) || p.IsPunct(','));
}

std::optional<TimeExpression> Single(TokenWindow& w, int at, const Lookback& lb,
                                     const Endpoint& e, const GrammarContext& ctx) {
  TimeExpression x;
  x.begin = w[lb.begin].begin;
  x.end = e.end;
  x.year_written = e.date.year != 0;
  x.first = x.last = e.date;
  switch (e.shape) {
    case Shape::kDayMonth:
      if (e.date.day > DaysInMonth(e.date.year == 0 ? 2000 : e.date.year, e.date.month)) return {};
      x.begin = w[at].begin;  // "early 12 June" is not a thing
      x.granularity = Granularity::kDay;
      return x;
    case Shape::kMonth: {
      x.granularity = Granularity::kMonth;
      if (e.date.year != 0) break;
      if (e.abbrev) return {};
      if (auto r = RelativeMonth(w, at, e.date.month, e.next, lb, ctx)) return r;
      const Lex c = lb.cue;
      bool cued = lb.qualifier != Lex::kNone || c == Lex::kCue || c == Lex::kFrom ||
                  c == Lex::kBefore || (c == Lex::kTo && lb.cue_value == 1) ||
                  (c == Lex::kOf && w[lb.cue_index - 1].Is(Lex::kPeriodNoun));
      if (!cued) return {};  // "May we...", "March on Washington", "June Smith"
      break;
    }
    case Shape::kYear: {
      const Token& t = w[at];
      if (e.date.year < 1900 || e.date.year > 2100) return {};
      if (t.suffix != NumberSuffix::kApostropheS && !IsYearCue(w, lb, at, ctx)) return {};
      x.granularity = Granularity::kYear;
      x.bare_year = lb.qualifier == Lex::kNone;
      break;
    }
    default:
      return {};
  }
  Narrow(x, lb.qualifier);
  return x;
}

}  // namespace

std::optional<TimeExpression> MatchAbsolute(TokenWindow& w, int at, const GrammarContext& ctx) {
  if (w[at].kind == TokenKind::kNumber) {
    if (IsAttachedNumber(w, at)) return {};  // "F-16", "3.5", "$2000"
    if (auto d = MatchDecade(w, at, ctx)) return d;
  }
  Endpoint e = ParseEndpoint(w, at);
  if (e.shape == Shape::kNone) return {};
  Lookback lb = ReadLookback(w, at);
  std::optional<TimeExpression> x = Range(w, lb, e);
  if (!x) x = Single(w, at, lb, e, ctx);
  if (x && x->first.year == 0) x->future = InFutureClause(w, at);
  return x;
}

}  // namespace dossier::time
