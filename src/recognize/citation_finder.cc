#include "dossier/recognize/citation_finder.h"

#include <map>
#include <regex>

namespace dossier {
namespace {

// A name: up to five capitalised words, allowing "of", "the", "de" inside.
constexpr const char* kName =
    R"(((?:[A-Z][\w&'’-]*)(?:[ ]+(?:(?:of|the|de|for|and)\b|[A-Z][\w&'’-]*)){0,4}))";

std::string TrimName(std::string name) {
  // Drop trailing connectors and possessives picked up by the name pattern.
  for (bool changed = true; changed;) {
    changed = false;
    for (const char* tail : {" of", " the", " de", " for", " and", "'s", "’s", "."}) {
      std::string t(tail);
      if (name.size() > t.size() && name.compare(name.size() - t.size(), t.size(), t) == 0) {
        name.resize(name.size() - t.size());
        changed = true;
      }
    }
  }
  return name;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

bool IsFunctionWordName(const std::string& lower) {
  static const char* kSkip[] = {"the",  "a",   "an",  "he",  "she", "it",  "they", "we",
                                "this", "that", "his", "her", "its", "their", "i", "you",
                                "as", "also", "earlier", "previously", "it has", "media"};
  for (const char* s : kSkip) {
    if (lower == s) return true;
  }
  return false;
}

bool IsDemonymLike(const std::string& lower) {
  for (const char* suffix : {"ian", "ish", "ese", "ean", "ic", "ch", "an", "i"}) {
    std::string s(suffix);
    if (lower.size() > s.size() + 2 && lower.compare(lower.size() - s.size(), s.size(), s) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> FindCitedSources(std::string_view text) {
  static const std::regex kAfter(
      std::string(R"(\b(?:reported by|reviewed by|seen by|obtained by|published by|according to|first reported by|cited by|told)\s+)") + kName);
  static const std::regex kBefore(
      kName + std::string(R"([ ]+(?:reported|reports|has reported|had reported|revealed|published|wrote|writes)\b)"));
  struct Seen {
    size_t first;
    std::map<std::string, int> spellings;
  };
  std::map<std::string, Seen> found;
  std::string s(text);
  auto add = [&](const std::string& raw, size_t pos, bool before_verb) {
    // "Belarus's reported support" is not a citation of Belarus.
    if (before_verb && (raw.ends_with("'s") || raw.ends_with("’s"))) return;
    std::string name = TrimName(raw);
    std::string key = Lower(name);
    // "according to Polish officials": a nationality adjective, not a source.
    if (name.find(' ') == std::string::npos && pos + raw.size() < s.size() &&
        IsDemonymLike(key) && s[pos + raw.size()] == ' ') {
      return;
    }
    if (name.empty() || IsFunctionWordName(key)) return;
    auto [it, inserted] = found.try_emplace(key, Seen{pos, {}});
    if (!inserted && pos < it->second.first) it->second.first = pos;
    ++it->second.spellings[name];
  };
  for (const std::regex* re : {&kAfter, &kBefore}) {
    for (auto it = std::sregex_iterator(s.begin(), s.end(), *re); it != std::sregex_iterator(); ++it) {
      add((*it)[1].str(), static_cast<size_t>(it->position(1)), re == &kBefore);
    }
  }
  std::vector<std::pair<size_t, std::string>> ordered;
  for (const auto& [key, seen] : found) {
    auto best = seen.spellings.begin();
    for (auto it = seen.spellings.begin(); it != seen.spellings.end(); ++it) {
      if (it->second > best->second) best = it;
    }
    ordered.emplace_back(seen.first, best->first);
  }
  std::sort(ordered.begin(), ordered.end());
  std::vector<std::string> out;
  for (auto& [pos, name] : ordered) out.push_back(std::move(name));
  return out;
}

}  // namespace dossier
