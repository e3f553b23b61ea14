// Expressions relative to the publication date: "yesterday", "last week",
// "earlier this month", "late last year", "two years ago", "the day
// before", "last March", and weekdays ("on Thursday", "next Friday",
// "Thursday of last week"). Without a publication date none of these resolve, except a
// weekday that comes with its own date ("Saturday 23 July 2022").
#include "dossier/time/time_grammar.h"

namespace dossier::time {
namespace {

Granularity UnitGranularity(Lex unit) {
  switch (unit) {
    case Lex::kDayUnit: return Granularity::kDay;
    case Lex::kWeekUnit: return Granularity::kWeek;
    case Lex::kMonthUnit: return Granularity::kMonth;
    case Lex::kCenturyUnit: return Granularity::kCentury;
    default: return Granularity::kYear;
  }
}

// The date `n` units after `p` (before it when n < 0); months and years
// keep only what their unit needs.
CivilDate Shift(const CivilDate& p, Granularity g, int n) {
  switch (g) {
    case Granularity::kDay: return AddDays(p, n);
    case Granularity::kWeek: return AddDays(p, 7 * int64_t{n});
    case Granularity::kMonth: return AddMonths({p.year, p.month, 1}, n);
    case Granularity::kCentury: return {p.year + 100 * n, 1, 1};
    default: return {p.year + n, 1, 1};
  }
}

// "two years ago", "3 days ago", "a week ago".
std::optional<TimeExpression> Ago(TokenWindow& w, int at, const CivilDate& pub) {
  const Token& c = w[at - 1];
  int n = 0;
  if (c.kind == TokenKind::kNumber && !c.grouped && c.suffix == NumberSuffix::kNone &&
      c.value >= 1 && c.value <= 999 && !IsAttachedNumber(w, at - 1)) {
    n = c.value;
  } else if (c.Is(Lex::kCardinal)) {
    n = c.lex_value;
  } else {
    return {};  // "a few years ago", "many years ago": too vague
  }
  Granularity g = UnitGranularity(w[at].lex);
  if (g == Granularity::kCentury) return {};
  TimeExpression x;
  SetUnit(x, g, Shift(pub, g, -n));
  x.begin = c.begin;
  x.end = w[at + 1].end;
  x.relative = true;
  return x;
}

// "the previous day", "the day before", "the day before yesterday".
std::optional<TimeExpression> DayBefore(TokenWindow& w, int at, const CivilDate& pub) {
  TimeExpression x;
  x.relative = true;
  x.granularity = Granularity::kDay;
  if (w[at - 1].Is(Lex::kPrevious) && w[at - 2].Is(Lex::kThe)) {
    x.first = x.last = AddDays(pub, -1);
    x.begin = w[at - 2].begin;
    x.end = w[at].end;
    return x;
  }
  if (!w[at - 1].Is(Lex::kThe) || !w[at + 1].Is(Lex::kBefore)) return {};
  const Token& n = w[at + 2];
  if (n.Is(Lex::kDeicticDay) && n.lex_value == -1) {
    x.first = x.last = AddDays(pub, -2);
    x.begin = w[at - 1].begin;
    x.end = n.end;
    return x;
  }
  // "the day before the vote", "the day before Christmas" count from an
  // event, not from publication.
  if (n.kind == TokenKind::kNumber || n.kind == TokenKind::kCode ||
      (n.kind == TokenKind::kWord && (n.capitalised || n.Is(Lex::kThe) || n.Is(Lex::kCardinal)))) {
    return {};
  }
  x.first = x.last = AddDays(pub, -1);
  x.begin = w[at - 1].begin;
  x.end = w[at + 1].end;
  return x;
}

// "this year", "last week", "next month", "earlier this month", "late last
// year", "this century".
std::optional<TimeExpression> Deictic(TokenWindow& w, int at, const CivilDate& pub) {
  const Token& d = w[at - 1];
  int offset = d.Is(Lex::kThis) ? 0 : d.Is(Lex::kLast) ? -1 : d.Is(Lex::kNext) ? 1 : 2;
  if (offset == 2) return {};
  // "the last year", "the next week": durations, not calendar units.
  // "last week of June": a part of something else.
  if (w[at - 2].Is(Lex::kThe) || w[at + 1].Is(Lex::kOf)) return {};
  Granularity g = UnitGranularity(w[at].lex);
  TimeExpression x;
  SetUnit(x, g, Shift(pub, g, offset));
  x.begin = d.begin;
  x.end = w[at].end;
  x.relative = true;
  const Token& q = w[at - 2];
  if (q.Is(Lex::kEarly) || q.Is(Lex::kMid) || q.Is(Lex::kLate)) {
    Narrow(x, q.lex);
    x.begin = q.begin;
  } else if (q.Is(Lex::kEarlier) || q.Is(Lex::kLater)) {
    x.begin = q.begin;  // the unit is kept whole
  }
  return x;
}

std::optional<TimeExpression> WeekdayExpression(TokenWindow& w, int at, const GrammarContext& ctx) {
  const Token& t = w[at];
  if (!t.capitalised) return {};
  // A date written next to it: "Saturday 23 July 2022", "Tuesday, April 4".
  int j = w[at + 1].IsPunct(',') ? at + 2 : at + 1;
  if (w[j].kind == TokenKind::kNumber || w[j].Is(Lex::kMonth) || w[j].Is(Lex::kMonthAbbrev)) {
    auto d = MatchAbsolute(w, j, ctx);
    if (d && d->granularity == Granularity::kDay && d->begin == w[j].begin) {
      d->begin = t.begin;
      return d;
    }
  }
  if (!ctx.publication) return {};
  const Token& p = w[at - 1];
  // "Good Friday", "Black Monday", "Super Tuesday": part of a name;
  // "every Friday" recurs.
  if (p.kind == TokenKind::kWord && p.capitalised && p.lex == Lex::kNone) return {};
  if (p.Is(Lex::kEvery)) return {};
  const CivilDate& pub = *ctx.publication;
  const int wd = t.lex_value;
  const int pw = Weekday(pub);
  TimeExpression x;
  x.relative = true;
  x.granularity = Granularity::kDay;
  x.begin = t.begin;
  x.end = t.end;
  int back = (pw - wd + 7) % 7;    // days since the last such weekday
  int ahead = (wd - pw + 7) % 7;   // days until the next one
  const Token& unit = w[at + 3];
  const Token& d = w[at + 2];
  if (w[at + 1].Is(Lex::kOf) && unit.Is(Lex::kWeekUnit) && unit.lex_value == 0 &&
      (d.Is(Lex::kThis) || d.Is(Lex::kLast) || d.Is(Lex::kNext))) {
    int offset = d.Is(Lex::kThis) ? 0 : d.Is(Lex::kLast) ? -1 : 1;  // "Thursday of last week"
    x.first = AddDays(pub, -pw + 7 * offset + wd);
    x.end = unit.end;
  } else if (p.Is(Lex::kLast) || (p.Is(Lex::kPast) && w[at - 2].Is(Lex::kThis))) {
    x.first = AddDays(pub, -(back == 0 ? 7 : back));
    x.begin = w[p.Is(Lex::kLast) ? at - 1 : at - 2].begin;
  } else if (p.Is(Lex::kNext) || (p.Is(Lex::kComing) && w[at - 2].Is(Lex::kThis))) {
    x.first = AddDays(pub, ahead == 0 ? 7 : ahead);
    x.begin = w[p.Is(Lex::kNext) ? at - 1 : at - 2].begin;
  } else if (p.Is(Lex::kThis)) {
    x.first = AddDays(pub, wd - pw);  // that day of the current week
    x.begin = p.begin;
  } else if (InFutureClause(w, at)) {
    x.first = AddDays(pub, ahead);  // "will meet on Thursday"
  } else {
    x.first = AddDays(pub, -back);  // news reports the past: on or before
  }
  x.last = x.first;
  return x;
}

}  // namespace

std::optional<TimeExpression> RelativeMonth(TokenWindow& w, int at, int month, int next,
                                            const Lookback& lb, const GrammarContext& ctx) {
  if (!ctx.publication) return {};
  const CivilDate& p = *ctx.publication;
  TimeExpression x;
  x.granularity = Granularity::kMonth;
  x.relative = true;
  x.begin = w[at].begin;
  x.end = w[next - 1].end;
  // "January last year", "in March this year".
  const Token& d = w[next];
  const Token& unit = w[next + 1];
  if (unit.Is(Lex::kYearUnit) && unit.lex_value == 0 &&
      (d.Is(Lex::kThis) || d.Is(Lex::kLast) || d.Is(Lex::kNext))) {
    int offset = d.Is(Lex::kThis) ? 0 : d.Is(Lex::kLast) ? -1 : 1;
    x.first = x.last = {p.year + offset, month, 0};
    x.end = unit.end;
    return x;
  }
  // "last March" (the latest before this month), "next January", "this June".
  const Lex c = lb.cue;
  if ((c != Lex::kThis && c != Lex::kLast && c != Lex::kNext) || lb.the ||
      lb.qualifier != Lex::kNone) {
    return {};
  }
  int y = c == Lex::kThis ? p.year
          : c == Lex::kLast ? (month < p.month ? p.year : p.year - 1)
                            : (month > p.month ? p.year : p.year + 1);
  x.first = x.last = {y, month, 0};
  x.begin = w[lb.cue_index].begin;
  return x;
}

std::optional<TimeExpression> MatchRelative(TokenWindow& w, int at, const GrammarContext& ctx) {
  const Token& t = w[at];
  if (t.Is(Lex::kWeekday)) return WeekdayExpression(w, at, ctx);
  if (!ctx.publication) return {};
  const CivilDate& pub = *ctx.publication;
  if (t.Is(Lex::kDeicticDay)) {
    const Token& p = w[at - 1];
    // "USA Today", "the BBC's Today programme": a name.
    if (p.kind == TokenKind::kWord && p.capitalised && p.lex == Lex::kNone) return {};
    TimeExpression x;
    SetUnit(x, Granularity::kDay, AddDays(pub, t.lex_value));
    x.begin = t.begin;
    x.end = t.end;
    x.relative = true;
    return x;
  }
  if (w[at + 1].Is(Lex::kAgo)) return Ago(w, at, pub);
  if (t.lex_value != 0) return {};  // plurals only count back ("days ago")
  if (t.Is(Lex::kDayUnit)) return DayBefore(w, at, pub);
  return Deictic(w, at, pub);
}

}  // namespace dossier::time
