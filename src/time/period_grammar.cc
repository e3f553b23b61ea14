// Named periods: seasons ("summer 2022", "last winter", "in the spring"),
// quarters ("the first quarter of 2024", "Q3 2024"), halves ("the second
// half of 2023", "H1 2024"), decades ("the 1990s") and centuries ("the
// 20th century").
#include "dossier/time/time_grammar.h"

namespace dossier::time {
namespace {

// Months since year 0, for comparing a season with the publication month.
int MonthIndex(int year, int month) { return year * 12 + month - 1; }

// The season occurrence (by its first year) that "this", "last" or "next"
// picks out, seen from `pub`.
int SeasonYear(int season, Lex which, const CivilDate& pub) {
  int first_month = 3 + 3 * season;
  int now = MonthIndex(pub.year, pub.month);
  if (which == Lex::kThis) return season == 3 && pub.month <= 2 ? pub.year - 1 : pub.year;
  int y = pub.year;
  if (which == Lex::kLast) {  // the latest one over before this month
    while (MonthIndex(y, first_month) + 2 >= now) --y;
  } else {                    // the first one starting after this month
    y = pub.year - 1;
    while (MonthIndex(y, first_month) <= now) ++y;
  }
  return y;
}

std::optional<TimeExpression> Season(TokenWindow& w, int at, const GrammarContext& ctx) {
  const Token& t = w[at];
  const int season = t.lex_value;
  Lookback lb = ReadLookback(w, at);
  TimeExpression x;
  x.begin = w[lb.begin].begin;
  x.end = t.end;
  // A written year: "summer 2022", "the summer of 2022", "winter 2022/23".
  int k = w[at + 1].Is(Lex::kOf) ? at + 2 : at + 1;
  if (int y = YearAt(w, k)) {
    SetSeason(x, season, y);
    x.year_written = true;
    x.end = w[k].DigitsEnd();
    const Token& sep = w[k + 1];
    const Token& n = w[k + 2];
    if (season == 3 && (sep.IsPunct('/') || sep.IsPunct('-')) && !sep.spaced && !n.spaced &&
        n.kind == TokenKind::kNumber && n.suffix == NumberSuffix::kNone &&
        (n.value == y + 1 || (n.digits == 2 && n.value == (y + 1) % 100))) {
      x.end = n.end;
    }
    return x;
  }
  // "the fall of Kabul", "the summer of love"; "a fall in prices".
  const Token& n = w[at + 1];
  if (n.Is(Lex::kOf)) return {};
  if (t.Is(Lex::kFall) &&
      (n.Is(Lex::kCue) || n.Is(Lex::kFrom) || n.Is(Lex::kTo) || n.Is(Lex::kBetween) ||
       n.kind == TokenKind::kNumber)) {
    return {};
  }
  // Relative: "this spring", "last summer", "earlier this spring", "this
  // past winter", "this coming winter".
  Lex which = lb.the || lb.qualifier != Lex::kNone ? Lex::kNone : lb.cue;
  int first = lb.cue_index;
  if ((which == Lex::kPast || which == Lex::kComing) && w[first - 1].Is(Lex::kThis)) {
    which = which == Lex::kPast ? Lex::kLast : Lex::kNext;
    --first;
  }
  if (which == Lex::kThis || which == Lex::kLast || which == Lex::kNext) {
    if (!ctx.publication) return {};
    const Token& q = w[first - 1];
    if (q.Is(Lex::kEarlier) || q.Is(Lex::kLater) || q.Is(Lex::kEarly) || q.Is(Lex::kLate)) --first;
    SetSeason(x, season, SeasonYear(season, which, *ctx.publication));
    x.begin = w[first].begin;
    x.relative = true;
    return x;
  }
  // A cue and an inferred year: "in the spring", "over the summer", "by
  // autumn", "in early spring".
  bool cued = lb.qualifier != Lex::kNone || lb.cue == Lex::kCue || lb.cue == Lex::kBefore ||
              lb.cue == Lex::kFrom || (lb.cue == Lex::kTo && lb.cue_value == 1);
  if (!cued) return {};  // "Arab Spring", "prices fall", "summer high"
  SetSeason(x, season, 0);
  x.future = InFutureClause(w, at);
  return x;
}

// The year after a quarter or half: "of 2024", "2024", "of this year".
// Returns false when "of" leads somewhere else ("of the match"); leaves
// year 0 when nothing follows.
bool YearAfter(TokenWindow& w, int k, const GrammarContext& ctx, int& year, uint32_t& end,
               bool& relative) {
  year = 0;
  relative = false;
  bool of = w[k].Is(Lex::kOf);
  if (int y = YearAt(w, of ? k + 1 : k)) {
    year = y;
    end = w[of ? k + 1 : k].DigitsEnd();
    return true;
  }
  if (!of) return true;
  const Token& d = w[k + 1];
  const Token& unit = w[k + 2];
  if (!unit.Is(Lex::kYearUnit) || unit.lex_value != 0 || !ctx.publication) return false;
  int offset = d.Is(Lex::kThis) ? 0 : d.Is(Lex::kLast) ? -1 : d.Is(Lex::kNext) ? 1 : 2;
  if (offset == 2) return false;
  year = ctx.publication->year + offset;
  end = unit.end;
  relative = true;
  return true;
}

// An ordinal before token `at`, maybe hyphenated ("first-quarter"); its
// value and its token index, or 0.
int OrdinalBefore(TokenWindow& w, int at, int& index) {
  index = at - 1;
  if (w[index].IsPunct('-') && !w[index].spaced && !w[at].spaced) --index;
  const Token& o = w[index];
  if (o.Is(Lex::kOrdinal)) return o.lex_value;
  if (o.kind == TokenKind::kNumber && o.suffix == NumberSuffix::kOrdinal) return o.value;
  return 0;
}

// "the first quarter of 2024", "third-quarter", "Q3 2024", "last quarter",
// "the second half of 2023", "H1 2024".
std::optional<TimeExpression> QuarterOrHalf(TokenWindow& w, int at, const GrammarContext& ctx) {
  const Token& t = w[at];
  const bool half = t.Is(Lex::kHalf) || t.Is(Lex::kHalfCode);
  const int parts = half ? 2 : 4;
  int index = at;
  int part = 0;
  bool code = t.kind == TokenKind::kCode;
  if (code) {
    part = t.lex_value;
  } else {
    part = OrdinalBefore(w, at, index);
    const Token& d = w[at - 1];
    if (part == 0 && !half && !w[at - 2].Is(Lex::kThe) && ctx.publication &&
        (d.Is(Lex::kThis) || d.Is(Lex::kLast) || d.Is(Lex::kNext))) {
      int offset = d.Is(Lex::kThis) ? 0 : d.Is(Lex::kLast) ? -1 : 1;
      const CivilDate& p = *ctx.publication;
      TimeExpression x;
      SetUnit(x, Granularity::kQuarter, AddMonths({p.year, p.month, 1}, 3 * offset));
      x.begin = d.begin;
      x.end = t.end;
      x.relative = true;
      return x;
    }
  }
  if (part < 1 || part > parts) return {};
  TimeExpression x;
  x.begin = w[index].begin;
  x.end = t.end;
  int year = 0;
  if (!YearAfter(w, at + 1, ctx, year, x.end, x.relative)) return {};
  if (year == 0) {
    // No year: halves and codes need one ("H1" is also a visa, "Q3" a
    // model) unless a cue says "in Q3"; a spelled-out quarter infers it.
    const Token& c = w[index - 1];
    bool cued = c.Is(Lex::kCue) || c.Is(Lex::kThe) || c.Is(Lex::kBefore);
    if (half || (code && !cued)) return {};
  }
  x.year_written = year != 0 && !x.relative;
  x.granularity = half ? Granularity::kYear : Granularity::kQuarter;
  int months = 12 / parts;
  x.first = {year, (part - 1) * months + 1, 0};
  x.last = {year, part * months, 0};
  return x;
}

// "the 20th century", "the nineteenth century", "twenty-first century",
// "the mid-20th century".
std::optional<TimeExpression> Century(TokenWindow& w, int at) {
  int index = at;
  int c = OrdinalBefore(w, at, index);
  if (c == 1 && w[index - 1].IsPunct('-') && w[index - 2].Is(Lex::kTwenty)) {
    c = 21;
    index -= 2;
  }
  if (c < 2 || c > 22) return {};
  Lookback lb = ReadLookback(w, index);
  TimeExpression x;
  x.granularity = Granularity::kCentury;
  x.first = {(c - 1) * 100, 0, 0};
  x.last = {(c - 1) * 100 + 99, 0, 0};
  Narrow(x, lb.qualifier);
  x.begin = w[lb.begin].begin;
  x.end = w[at].end;
  return x;
}

}  // namespace

// "1990s", "the 1990's", "the '90s", "the late 1980s". "The 1900s" is read
// as a decade, like "the 2000s", not as a century.
std::optional<TimeExpression> MatchDecade(TokenWindow& w, int at, const GrammarContext& ctx) {
  const Token& t = w[at];
  if (t.suffix != NumberSuffix::kPlural && t.suffix != NumberSuffix::kApostropheS) return {};
  if (t.grouped || t.value % 10 != 0) return {};
  bool apostrophe = w[at - 1].IsPunct('\'') && !t.spaced;
  Lookback lb = ReadLookback(w, apostrophe ? at - 1 : at);
  int start = 0;
  if (t.digits == 4 && t.value >= 1000 && t.value <= 2990) {
    start = t.value;
  } else if (t.digits == 2 && t.suffix == NumberSuffix::kPlural && (apostrophe || lb.the)) {
    int now = ctx.publication ? ctx.publication->year : 2029;
    start = t.value < 30 && 2000 + t.value <= now ? 2000 + t.value : 1900 + t.value;
  } else {
    return {};
  }
  // "2020's" without "the" is the year's possessive, for Single() to take.
  if (t.suffix == NumberSuffix::kApostropheS && !lb.the) return {};
  TimeExpression x;
  x.granularity = Granularity::kDecade;
  x.first = {start, 0, 0};
  x.last = {start + 9, 0, 0};
  Narrow(x, lb.qualifier);
  x.begin = lb.qualifier != Lex::kNone ? w[lb.begin].begin : w[apostrophe ? at - 1 : at].begin;
  x.end = t.end;
  return x;
}

std::optional<TimeExpression> MatchPeriod(TokenWindow& w, int at, const GrammarContext& ctx) {
  const Token& t = w[at];
  switch (t.lex) {
    case Lex::kSeason: case Lex::kFall:
      return t.kind == TokenKind::kWord ? Season(w, at, ctx) : std::nullopt;
    case Lex::kQuarter: case Lex::kHalf: case Lex::kQuarterCode: case Lex::kHalfCode:
      return QuarterOrHalf(w, at, ctx);
    case Lex::kCenturyUnit:
      return Century(w, at);
    default:
      return {};
  }
}

}  // namespace dossier::time
