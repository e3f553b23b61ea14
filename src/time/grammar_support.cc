// Helpers shared by the three matchers: the words before a head, years and
// month names at a token, and the arithmetic that turns a unit or a
// qualifier into first/last bounds.
#include "dossier/time/time_grammar.h"

namespace dossier::time {
namespace {

bool IsQualifier(const Token& t) {
  return t.Is(Lex::kEarly) || t.Is(Lex::kMid) || t.Is(Lex::kLate);
}

bool IsPluralUnit(const Token& t) {
  if (t.kind != TokenKind::kWord || t.lex_value != 1) return false;
  return t.lex == Lex::kDayUnit || t.lex == Lex::kWeekUnit || t.lex == Lex::kMonthUnit ||
         t.lex == Lex::kYearUnit;
}

}  // namespace

Lookback ReadLookback(TokenWindow& w, int at) {
  Lookback lb;
  lb.begin = at;
  lb.cue_index = at;
  int i = at - 1;
  const Token& head = w[at];
  // "mid-2022" and "pre-2022" are glued by a hyphen; "early 2023" is not.
  if (w[i].IsPunct('-') && !w[i].spaced && !head.spaced) {
    const Token& q = w[i - 1];
    if (IsQualifier(q)) {
      lb.qualifier = q.lex;
      lb.begin = i - 1;
      i -= 2;
    } else if (q.Is(Lex::kPrePost)) {
      lb.cue = Lex::kPrePost;
      lb.cue_index = i - 1;
      return lb;
    }
  } else if (IsQualifier(w[i])) {
    lb.qualifier = w[i].lex;
    lb.begin = i;
    --i;
  }
  if (w[i].Is(Lex::kThe)) {
    lb.the = true;
    --i;
  }
  if (w[i].kind == TokenKind::kWord && w[i].lex != Lex::kNone) {
    lb.cue = w[i].lex;
    lb.cue_index = i;
    lb.cue_value = w[i].lex_value;
  }
  return lb;
}

int YearAt(TokenWindow& w, int i) {
  const Token& t = w[i];
  if (t.kind != TokenKind::kNumber || t.grouped || t.digits != 4) return 0;
  if (t.suffix != NumberSuffix::kNone && t.suffix != NumberSuffix::kApostropheS) return 0;
  if (t.value < 1000 || t.value > 2999) return 0;
  if (t.suffix == NumberSuffix::kNone) {
    const Token& n = w[i + 1];
    if (!n.spaced && n.kind == TokenKind::kPunct) {
      if (n.punct == ':' || n.punct == '%') return 0;  // "2000:", "2000%"
      if ((n.punct == '.' || n.punct == ',') && w[i + 2].kind == TokenKind::kNumber &&
          !w[i + 2].spaced) {
        return 0;  // "2000.5"
      }
    }
    // "2000 troops", "2000 years": counts.
    if (n.Is(Lex::kQuantity) || IsPluralUnit(n)) return 0;
  }
  return t.value;
}

int MonthAt(TokenWindow& w, int i, int& next, bool& abbrev) {
  const Token& t = w[i];
  if (t.kind != TokenKind::kWord || !t.capitalised) return 0;
  if (t.lex == Lex::kMonth) {
    next = i + 1;
    abbrev = false;
    return t.lex_value;
  }
  if (t.lex == Lex::kMonthAbbrev) {
    next = w[i + 1].IsPunct('.') && !w[i + 1].spaced ? i + 2 : i + 1;
    abbrev = true;
    return t.lex_value;
  }
  return 0;
}

bool IsAttachedNumber(TokenWindow& w, int i) {
  const Token& t = w[i];
  if (t.spaced) return false;
  const Token& p = w[i - 1];
  if (p.kind != TokenKind::kPunct) return p.kind != TokenKind::kEnd;
  switch (p.punct) {
    case '$': case '#': case '+': case '=': case '^': case '*':
      return true;
    case '-': case '/': case '.': case ':': case ',': {
      if (p.spaced) return false;
      const Token& q = w[i - 2];
      if (q.kind == TokenKind::kEnd) return false;
      if (q.kind == TokenKind::kWord &&
          (IsQualifier(q) || q.Is(Lex::kPrePost))) {
        return false;  // "mid-2022", "post-2014"
      }
      return q.kind != TokenKind::kPunct;  // "F-16", "3.5", "06/12"
    }
    default:
      return false;
  }
}

bool IsClauseEdge(const Token& t) {
  if (t.kind == TokenKind::kEnd) return true;
  if (t.kind != TokenKind::kPunct) return false;
  switch (t.punct) {
    case ',': case ';': case ':': case '.': case '!': case '?': case '"': case '(':
    case ')': case 'm':
      return true;
    default:
      return false;
  }
}

bool InFutureClause(TokenWindow& w, int at) {
  for (int i = at - 1; i >= at - TokenWindow::kBehind; --i) {
    const Token& t = w[i];
    if (IsClauseEdge(t)) return false;
    if (t.Is(Lex::kWill)) return true;
  }
  return false;
}

void Narrow(TimeExpression& e, Lex qualifier) {
  int part = qualifier == Lex::kEarly ? 0
             : qualifier == Lex::kMid ? 1
             : qualifier == Lex::kLate ? 2
                                       : -1;
  if (part < 0 || e.is_range) return;
  switch (e.granularity) {
    case Granularity::kYear:  // early = Jan-Apr, mid = May-Aug, late = Sep-Dec
      e.first.month = 1 + 4 * part;
      e.last.month = 4 + 4 * part;
      break;
    case Granularity::kMonth: {  // early = 1-10, mid = 11-20, late = 21-end
      static constexpr int kFirst[] = {1, 11, 21};
      static constexpr int kLast[] = {10, 20, 31};
      e.first.day = kFirst[part];
      e.last.day = kLast[part];
      break;
    }
    case Granularity::kDecade: {
      static constexpr int kFirst[] = {0, 4, 7};
      static constexpr int kLast[] = {3, 6, 9};
      int start = e.first.year;
      e.first.year = start + kFirst[part];
      e.last.year = start + kLast[part];
      break;
    }
    case Granularity::kCentury: {
      static constexpr int kFirst[] = {0, 33, 67};
      static constexpr int kLast[] = {32, 66, 99};
      int start = e.first.year;
      e.first.year = start + kFirst[part];
      e.last.year = start + kLast[part];
      break;
    }
    default:  // a week, season or quarter is not narrowed
      break;
  }
}

void SetSeason(TimeExpression& e, int season, int year) {
  // Meteorological, northern hemisphere: spring is March-May, winter
  // December to February.
  int month = 3 + 3 * season;
  e.granularity = Granularity::kSeason;
  e.first = {year, month, 0};
  e.last = {year, month == 12 ? 2 : month + 2, 0};
  if (month == 12) {
    if (year != 0) e.last.year = year + 1;
    e.last_year_offset = 1;
  }
}

void SetUnit(TimeExpression& e, Granularity g, const CivilDate& d) {
  e.granularity = g;
  switch (g) {
    case Granularity::kDay:
      e.first = e.last = d;
      break;
    case Granularity::kWeek:  // Monday to Sunday
      e.first = AddDays(d, -Weekday(d));
      e.last = AddDays(e.first, 6);
      break;
    case Granularity::kMonth:
      e.first = e.last = {d.year, d.month, 0};
      break;
    case Granularity::kQuarter: {
      int q = (d.month - 1) / 3;
      e.first = {d.year, 3 * q + 1, 0};
      e.last = {d.year, 3 * q + 3, 0};
      break;
    }
    case Granularity::kDecade:
      e.first = {d.year - d.year % 10, 0, 0};
      e.last = {e.first.year + 9, 0, 0};
      break;
    case Granularity::kCentury:
      e.first = {d.year - d.year % 100, 0, 0};
      e.last = {e.first.year + 99, 0, 0};
      break;
    default:
      e.first = e.last = {d.year, 0, 0};
      break;
  }
}

}  // namespace dossier::time
