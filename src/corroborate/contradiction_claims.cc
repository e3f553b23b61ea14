// The claim board shared by every slot: who speaks for an article (copies
// and articles of one outlet speak once), parties of actors, and grouping
// statements into claims.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "contradiction_context.h"
#include "dossier/kb/entity.h"
#include "dossier/kb/knowledge_base.h"

namespace dossier::corroborate::contra {
namespace {

bool IsUpper(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

uint32_t OriginalOf(const StoryDossier& d, uint32_t i) {
  for (int hops = 0; hops < 8; ++hops) {
    int32_t copy_of = d.articles[i]->copy_of;
    if (copy_of < 0 || static_cast<size_t>(copy_of) >= d.articles.size()) break;
    i = static_cast<uint32_t>(copy_of);
  }
  return i;
}

void AddUnique(std::vector<uint32_t>& list, uint32_t value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

bool SamePlace(const FactMention& a, const FactMention& b) {
  return a.article == b.article && a.begin == b.begin && a.end == b.end;
}

}  // namespace

std::string StoryView::OutletOf(uint32_t i) const {
  uint32_t original = OriginalOf(dossier, i);
  const std::string& outlet = Article(original).outlet;
  return outlet.empty() ? fmt::format("#{}", original) : Lower(outlet);
}

std::string StoryView::PartyOf(const code::Actor& actor) const {
  const std::string& c = actor.code;
  if (c.size() >= 3 && IsUpper(std::string_view(c).substr(0, 3))) {
    std::string country = c.substr(0, 3);
    bool known = kb != nullptr ? kb->CountryByCode(country).has_value() : (c.size() == 3 || c.size() == 6);
    if (known) return country;
  }
  if (!c.empty()) return c;
  return Lower(actor.name);
}

std::string StoryView::PartyName(const std::string& party, const std::string& fallback) const {
  if (kb != nullptr) {
    if (auto country = kb->CountryByCode(party)) return kb->entity(*country).name;
  }
  for (const story::ArticleFacts* f : dossier.articles) {
    for (const recognize::RecognizedEntity& e : f->recognition.entities) {
      if (e.type == "country" && e.code == party) return e.name;
    }
  }
  return fallback.empty() ? party : fallback;
}

bool StoryView::IsOrganisation(const code::Actor& actor) const {
  if (actor.code.empty()) return false;
  if (kb != nullptr) {
    if (actor.code.size() >= 3 && kb->CountryByCode(actor.code.substr(0, 3))) return false;
    return true;
  }
  return actor.code.size() != 3 && actor.code.size() != 6;
}

FactMention StoryView::Place(uint32_t article, uint32_t begin, uint32_t end) const {
  FactMention m;
  m.article = article;
  m.begin = begin;
  m.end = end;
  m.sentence = Article(article).SentenceAt(begin);
  return m;
}

std::vector<Claim> GroupClaims(const StoryView&, const std::vector<Stated>& stated,
                               std::vector<std::string>& keys) {
  std::vector<Claim> claims;
  keys.clear();
  for (const Stated& s : stated) {
    auto it = std::find(keys.begin(), keys.end(), s.key);
    if (it == keys.end()) {
      keys.push_back(s.key);
      claims.push_back(Claim{s.value, {}, {}});
      it = keys.end() - 1;
    }
    Claim& c = claims[it - keys.begin()];
    AddUnique(c.articles, s.article);
    for (const FactMention& m : s.places) {
      bool seen = std::any_of(c.mentions.begin(), c.mentions.end(),
                              [&](const FactMention& o) { return SamePlace(o, m); });
      if (!seen) c.mentions.push_back(m);
    }
  }
  return claims;
}

bool DifferentOutlets(const StoryView& story, const Claim& a, const Claim& b) {
  for (uint32_t x : a.articles) {
    for (uint32_t y : b.articles) {
      if (story.OutletOf(x) != story.OutletOf(y)) return true;
    }
  }
  return false;
}

std::vector<Claim> ClaimsInDispute(const StoryView& story, const std::vector<Stated>& stated) {
  return ConflictingClaims(story, stated,
                           [](const std::string& a, const std::string& b) { return a != b; });
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool HasPhrase(std::string_view text, std::string_view words) {
  if (words.empty()) return false;
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  for (size_t at = text.find(words); at != std::string_view::npos; at = text.find(words, at + 1)) {
    bool starts = at == 0 || !is_word(text[at - 1]);
    size_t end = at + words.size();
    bool ends = end >= text.size() || !is_word(text[end]);
    if (starts && ends) return true;
  }
  return false;
}

std::optional<bool> DatesOverlap(const std::string& s1, const std::string& e1,
                                 const std::string& s2, const std::string& e2) {
  auto a0 = kb::ParseIsoDay(s1), a1 = kb::ParseIsoDay(e1.empty() ? s1 : e1, true);
  auto b0 = kb::ParseIsoDay(s2), b1 = kb::ParseIsoDay(e2.empty() ? s2 : e2, true);
  if (!a0 || !a1 || !b0 || !b1) return std::nullopt;
  return *a0 <= *b1 && *b0 <= *a1;
}

}  // namespace dossier::corroborate::contra
