// ParseIsoDate: one date written alone, as page metadata and bylines give
// it. Numeric ISO forms are read directly; English ones go through the
// same grammar as running text, so the two never disagree.
#include <cctype>

#include "dossier/time/time_finder.h"

namespace dossier::time {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int& value) {
  if (pos + n > s.size()) return false;
  value = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "2024", "2024-05", "2024-05-17", optionally followed by "T..." or " ..."
// (a time). Sets `matched` when the text starts like one.
std::optional<CivilDate> NumericIso(std::string_view s, bool& matched) {
  CivilDate d;
  matched = false;
  if (!Digits(s, 0, 4, d.year) || (s.size() > 4 && s[4] != '-')) return std::nullopt;
  matched = true;
  if (d.year < 1000) return std::nullopt;
  if (s.size() == 4) return d;
  if (!Digits(s, 5, 2, d.month) || d.month < 1 || d.month > 12) return std::nullopt;
  if (s.size() == 7) return d;
  if (s[7] != '-' || !Digits(s, 8, 2, d.day)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  if (!IsValidDate(d)) return std::nullopt;
  return d;
}

std::optional<CivilDate> FromIso(const std::string& iso) {
  bool unused;
  return NumericIso(iso, unused);
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  text = Trim(text);
  bool numeric = false;
  if (auto d = NumericIso(text, numeric)) return d;
  if (numeric) return std::nullopt;
  std::vector<TimeMention> found = TimeFinder().Find(text, std::nullopt);
  if (found.empty()) return std::nullopt;
  const TimeMention& m = found.front();
  if (m.begin != 0 || m.relative || m.year_inferred || m.is_range || m.start != m.end_date) {
    return std::nullopt;
  }
  if (m.granularity != Granularity::kDay && m.granularity != Granularity::kMonth &&
      m.granularity != Granularity::kYear) {
    return std::nullopt;
  }
  // Only a time of day may follow: "May 17, 2024 10:32 BST".
  std::string_view rest = text.substr(m.end);
  size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',' || rest[i] == 'T')) ++i;
  if (i < rest.size() && (i == 0 || rest[i] < '0' || rest[i] > '9')) return std::nullopt;
  return FromIso(m.start);
}

}  // namespace dossier::time
