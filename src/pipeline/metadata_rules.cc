#include "dossier/pipeline/metadata_rules.h"

#include <fmt/format.h>

#include <regex>

namespace dossier {
namespace {

int MonthNumber(std::string name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  for (int m = 0; m < 12; ++m) {
    if (name.compare(0, 3, kMonths[m]) == 0) return m + 1;
  }
  return 0;
}

std::string IsoDate(int year, int month, int day) {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return {};
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

}  // namespace

std::string DomainOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#:"));
  if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
  std::string out(rest);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string DateFromUrl(std::string_view url) {
  static const std::regex kSlashed(R"(/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$))");
  static const std::regex kCompact(R"([/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$))");
  std::string s(url);
  std::smatch m;
  if (std::regex_search(s, m, kSlashed) || std::regex_search(s, m, kCompact)) {
    return IsoDate(std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str()));
  }
  return {};
}

std::string NormalizePublished(std::string_view text) {
  static const std::regex kIso(R"(^\s*(\d{4})-(\d{2})-(\d{2}))");
  static const std::regex kDayMonth(R"((\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}))");
  static const std::regex kMonthDay(R"(([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))");
  static const std::regex kNumeric(R"((\d{1,2})[./](\d{1,2})[./](\d{4}))");
  std::string s(text);
  std::smatch m;
  if (std::regex_search(s, m, kIso)) return s;  // already ISO 8601
  if (std::regex_search(s, m, kDayMonth)) {
    if (int month = MonthNumber(m[2].str())) {
      std::string iso = IsoDate(std::stoi(m[3].str()), month, std::stoi(m[1].str()));
      if (!iso.empty()) return iso;
    }
  }
  if (std::regex_search(s, m, kMonthDay)) {
    if (int month = MonthNumber(m[1].str())) {
      std::string iso = IsoDate(std::stoi(m[3].str()), month, std::stoi(m[2].str()));
      if (!iso.empty()) return iso;
    }
  }
  if (std::regex_search(s, m, kNumeric)) {  // day first, as most of the world writes
    std::string iso = IsoDate(std::stoi(m[3].str()), std::stoi(m[2].str()), std::stoi(m[1].str()));
    if (!iso.empty()) return iso;
  }
  return s;
}

std::string OutletFromDateline(std::string_view first_block) {
  // "BRUSSELS, April 4 (Northern Ledger) - ..." or "KYIV (Caspian Wire) -- ..."
  static const std::regex kDateline(
      R"(^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\(([A-Z][\w .&'’-]{1,40})\)\s*(?:-|–|—|--))");
  std::string s(first_block.substr(0, 160));
  std::smatch m;
  if (std::regex_search(s, m, kDateline)) return m[1].str();
  return {};
}

std::string CleanOutletName(std::string_view name) {
  static const std::regex kSuffix(
      R"((?:[\s,]+(?:media|group|holdings?|publishing|publications|ltd\.?|limited|inc\.?|llc|plc|gmbh|s\.?a\.?|sp\.?(?:\s*z\s*o\.?\s*o\.?)?|co\.?|corp\.?|\d{4}))+\s*$)",
      std::regex::icase);
  std::string out = std::regex_replace(std::string(name), kSuffix, "");
  return out.empty() ? std::string(name) : out;
}

}  // namespace dossier
