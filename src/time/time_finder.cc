// The scan: skip bytes until a run of digits or a calendar head word, build
// a token window there, let the grammar match, then fill in missing years
// and write ISO text.
#include "dossier/time/time_finder.h"

#include <cstddef>
#include <cstdint>
#include <limits>

#include "dossier/time/calendar_words.h"
#include "dossier/time/time_grammar.h"
#include "dossier/time/time_tokens.h"

namespace dossier::time {
namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Cheap rejection of digit runs that cannot start a date before any
// window is built: three digits or more than four ("120", "20000"), and
// thousands groups ("2,000").
bool MaybeDateNumber(std::string_view s, size_t begin, size_t end) {
  size_t digits = begin;
  while (digits < end && IsDigit(static_cast<unsigned char>(s[digits]))) ++digits;
  size_t n = digits - begin;
  if (n == 3 || n > 4) return false;
  if (digits == end && end + 1 < s.size() && s[end] == ',' &&
      IsDigit(static_cast<unsigned char>(s[end + 1]))) {
    return false;
  }
  return true;
}

std::optional<TimeExpression> Match(TokenWindow& w, const GrammarContext& ctx) {
  const Token& t = w[0];
  if (t.kind == TokenKind::kNumber) return MatchAbsolute(w, 0, ctx);
  switch (t.lex) {
    case Lex::kMonth: case Lex::kMonthAbbrev:
      return MatchAbsolute(w, 0, ctx);
    case Lex::kWeekday: case Lex::kDeicticDay: case Lex::kDayUnit: case Lex::kWeekUnit:
    case Lex::kMonthUnit: case Lex::kYearUnit:
      return MatchRelative(w, 0, ctx);
    case Lex::kCenturyUnit:
      if (auto x = MatchPeriod(w, 0, ctx)) return x;
      return MatchRelative(w, 0, ctx);
    default:
      return MatchPeriod(w, 0, ctx);
  }
}

// No full stop, question or exclamation mark ending a sentence, and no line
// break, between `from` and `to`.
bool SameSentence(std::string_view s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    char c = s[i];
    if (c == '\n') return false;
    if ((c == '.' || c == '!' || c == '?') && i + 1 < s.size() &&
        (s[i + 1] == ' ' || s[i + 1] == '"' || s[i + 1] == '\'')) {
      return false;
    }
  }
  return true;
}

// RunEnd with the ASCII letters and digits that make up most runs
// skipped here, without a call per run.
size_t AsciiRunEnd(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    uint8_t k = kByteClass[static_cast<unsigned char>(s[pos])];
    if (k == kDigitByte || k == kLetterByte) {
      ++pos;
    } else {
      return k == kHighByte ? RunEnd(s, pos) : pos;
    }
  }
  return pos;
}

class Scan {
 public:
  Scan(std::string_view text, std::optional<CivilDate> publication, int news_year)
      : text_(text), news_year_(news_year) {
    if (publication && IsValidDate(*publication)) ctx_.publication = publication;
  }

  std::vector<TimeMention> Run() {
    const size_t n = text_.size();
    size_t i = 0;
    while (i < n) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (kByteClass[c] == kOtherByte) {
        ++i;
        continue;
      }
      if (c >= 0x80 && !IsRunByte(text_, i)) {  // a dash, quote or space outside ASCII
        ++i;
        while (i < n && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
        continue;
      }
      size_t end = AsciiRunEnd(text_, i);
      bool head = false;
      if (IsDigit(c)) {
        head = MaybeDateNumber(text_, i, end);
      } else if (c < 0x80 && end - i <= 16) {
        head = LookupHead(text_.substr(i, end - i)).lex != Lex::kNone;
      }
      if (!head) {
        i = end;
        continue;
      }
      TokenWindow w(text_, floor_, i);
      ctx_.after_bare_year = floor_ == bare_year_end_;
      std::optional<TimeExpression> x = Match(w, ctx_);
      if (!x || x->begin < floor_) {
        i = end > w[0].end ? end : w[0].end;
        continue;
      }
      Emit(*x);
      floor_ = i = x->end;
    }
    return std::move(out_);
  }

 private:
  // The year of an expression that did not write one; 0 when none can be
  // given (no publication date, no news year and no earlier year).
  int InferYear(const TimeExpression& x) const {
    if (last_year_ != 0 && SameSentence(text_, last_year_end_, x.begin)) return last_year_;
    if (!ctx_.publication) return news_year_ != 0 ? news_year_ : last_year_;
    const CivilDate& pub = *ctx_.publication;
    const int y = pub.year;
    if (x.future) {
      // "will meet on 3 January", written in December: the next one.
      CivilDate last = x.last;
      last.year = y + x.last_year_offset;
      if (last.month == 0) last.month = 12;
      if (last.day == 0 || last.day > DaysInMonth(last.year, last.month)) {
        last.day = DaysInMonth(last.year, last.month);
      }
      return DaysFromCivil(last) < DaysFromCivil(pub) ? y + 1 : y;
    }
    int month = x.first.month != 0 ? x.first.month : 1;
    int day = x.first.day != 0 ? x.first.day : 1;
    if (day > DaysInMonth(y, month)) day = DaysInMonth(y, month);
    return DaysFromCivil({y, month, day}) > DaysFromCivil(pub) + 30 ? y - 1 : y;
  }

  void Emit(TimeExpression x) {
    TimeMention m;
    if (x.first.year == 0) {
      int y = InferYear(x);
      if (y == 0) return;
      x.first.year = y;
      x.last.year = y + x.last_year_offset;
      m.year_inferred = true;
      if (x.granularity == Granularity::kDay && (!IsValidDate(x.first) || !IsValidDate(x.last))) {
        return;  // "29 February" in a year without one
      }
    }
    // Narrowed months end on day 31; bring it back to the month's length.
    if (x.last.day > 28) {
      int days = DaysInMonth(x.last.year, x.last.month);
      if (x.last.day > days) x.last.day = days;
    }
    m.begin = x.begin;
    m.end = x.end;
    m.start = FormatIso(x.first);
    m.end_date = FormatIso(x.last);
    m.granularity = x.granularity;
    m.relative = x.relative;
    m.is_range = x.is_range;
    out_.push_back(std::move(m));
    // A year written, or a relative year ("last year"), is the context for
    // dates later in the sentence that leave theirs out.
    if ((x.year_written && !x.relative) ||
        (x.relative && x.granularity == Granularity::kYear)) {
      last_year_ = x.last.year;
      last_year_end_ = x.end;
    }
    bare_year_end_ = x.bare_year ? x.end : kNowhere;
  }

  static constexpr size_t kNowhere = std::numeric_limits<size_t>::max();

  std::string_view text_;
  int news_year_ = 0;  // the year undated text is taken to be written in; 0: unknown
  GrammarContext ctx_;
  std::vector<TimeMention> out_;
  size_t floor_ = 0;               // end of the last mention
  size_t bare_year_end_ = kNowhere;  // end of the last mention if a lone year
  int last_year_ = 0;              // the last year written, for inference
  size_t last_year_end_ = 0;
};

}  // namespace

const char* GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kSeason: return "season";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kCentury: return "century";
  }
  return "?";
}

std::vector<TimeMention> TimeFinder::Find(std::string_view text,
                                          std::optional<CivilDate> publication,
                                          int news_year) const {
  // Spans are 32-bit; no article comes near 4 GiB, but stay in range.
  if (text.size() > std::numeric_limits<uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<uint32_t>::max());
  }
  return Scan(text, publication, news_year).Run();
}

}  // namespace dossier::time
