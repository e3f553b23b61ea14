// The "name" slot: an organisation or person written with a name that is not
// its name. The recogniser matches such a name fuzzily to the
// knowledge-base entity (Mention::how "fuzzy", RecognizedEntity::note); the
// claim is the name as written, against the outlets that write the entity's
// own name. A fuzzy match that differs by spelling only, word for word
// ("Organisation", "Aleksandr"), or that leaves words out or cuts them short
// ("Sierra Corp." for "Sierra Corporation") is a variant, not another name.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

constexpr size_t kMaxSpellingEdits = 2;

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  std::string w;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// A written word that is the name's word spelled a little differently, or
// cut short ("Corp." for "Corporation").
bool SameWord(const std::string& written, const std::string& word) {
  if (written.size() >= 2 && word.compare(0, written.size(), written) == 0) return true;
  size_t limit = std::min(kMaxSpellingEdits, std::max<size_t>(1, word.size() / 4));
  return EditDistance(written, word) <= limit;
}

// True when `written` is `name` spelled differently or shortened: its words
// are the name's words, in order, some of them left out.
bool SpellingVariant(std::string_view written, std::string_view name) {
  auto w = NameWords(written), n = NameWords(name);
  if (w.empty()) return false;
  size_t j = 0;
  for (const std::string& word : w) {
    while (j < n.size() && !SameWord(word, n[j])) ++j;
    if (j == n.size()) return false;
    ++j;
  }
  return true;
}

struct NamedEntity {
  int32_t kb = -1;
  std::string name, type;
  std::vector<Stated> stated;
  bool any_wrong = false;
};

void ReadArticle(const StoryView& story, uint32_t a, std::vector<NamedEntity>& named) {
  const story::ArticleFacts& f = story.Article(a);
  for (const recognize::RecognizedEntity& e : f.recognition.entities) {
    if (e.kb < 0 || (e.type != "organization" && e.type != "person")) continue;
    auto it = std::find_if(named.begin(), named.end(), [&](const NamedEntity& n) { return n.kb == e.kb; });
    if (it == named.end()) it = named.insert(named.end(), NamedEntity{e.kb, e.name, e.type, {}, false});
    for (uint32_t mi : e.mentions) {
      const recognize::Mention& m = f.recognition.mentions[mi];
      std::string written(f.Span(m.begin, m.end));
      FactMention place = story.Place(a, m.begin, m.end);
      if (m.how == "fuzzy") {
        if (SpellingVariant(written, e.name)) continue;
        it->any_wrong = true;
        it->stated.push_back(Stated{Lower(written), written, a, {place}});
      } else if (Lower(written) == Lower(e.name)) {
        it->stated.push_back(Stated{Lower(e.name), e.name, a, {place}});
      }
    }
  }
}

}  // namespace

void FindNameContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<NamedEntity> named;
  for (uint32_t a = 0; a < story.size(); ++a) ReadArticle(story, a, named);
  for (NamedEntity& n : named) {
    if (!n.any_wrong) continue;
    auto claims = ClaimsInDispute(story, n.stated);
    if (claims.size() < 2) continue;
    bool article = n.type == "organization" && n.name.rfind("The ", 0) != 0;
    out.push_back(Contradiction{fmt::format("the name of {}{}", article ? "the " : "", n.name), "name",
                                std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
