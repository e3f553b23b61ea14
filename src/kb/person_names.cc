#include "dossier/kb/person_names.h"

#include <algorithm>

namespace dossier::kb {
namespace {

// States whose names are written family name first in English-language
// news, or whose people have no family name.
constexpr std::string_view kFamilyFirst[] = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK",
                                             "VNM", "KHM", "MMR", "MNG", "LAO"};

// Words that make the last word a father's or tribe's name, not a surname.
constexpr std::string_view kPatronymic[] = {"bin", "ibn", "bint", "ben", "ould", "wad", "abu"};

// Lower-case words that belong to the surname that follows them.
constexpr std::string_view kParticles[] = {"von", "van", "der", "den", "de", "del", "della",
                                           "da", "das", "do", "dos", "di", "du", "la", "le"};

template <size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

std::vector<std::string_view> Words(std::string_view name) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < name.size()) {
    size_t space = name.find(' ', i);
    if (space == std::string_view::npos) space = name.size();
    if (space > i) words.push_back(name.substr(i, space - i));
    i = space + 1;
  }
  return words;
}

bool Usable(std::string_view name, std::string_view iso3, std::vector<std::string_view>& words) {
  if (In(iso3, kFamilyFirst)) return false;
  words = Words(name);
  if (words.size() < 2) return false;
  for (std::string_view w : words) {
    std::string lower(w);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (In(lower, kPatronymic)) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> SurnamesOf(std::string_view full_name, std::string_view iso3) {
  std::vector<std::string_view> words;
  if (!Usable(full_name, iso3, words)) return {};
  size_t first = words.size() - 1;
  while (first > 1 && In(words[first - 1], kParticles)) --first;
  std::string surname;
  for (size_t i = first; i < words.size(); ++i) {
    if (!surname.empty()) surname += ' ';
    surname += words[i];
  }
  std::vector<std::string> out{surname};
  // "al-Assad", "el-Sisi": the name is also written without its article.
  std::string_view last = words.back();
  if (first == words.size() - 1 && last.size() > 5 && last[2] == '-' &&
      (last.substr(0, 2) == "al" || last.substr(0, 2) == "el" || last.substr(0, 2) == "Al" ||
       last.substr(0, 2) == "El"))
    out.emplace_back(last.substr(3));
  return out;
}

std::string_view GivenNameOf(std::string_view full_name, std::string_view iso3) {
  std::vector<std::string_view> words;
  if (!Usable(full_name, iso3, words)) return {};
  return words.front();
}

}  // namespace dossier::kb
