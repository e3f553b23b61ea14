// The "system" slot: the same weapon (knowledge-base entity, else the same
// designation) called kinds of system that neither refine nor overlap each
// other ("counter-drone stations" in one outlet, "missile-defence systems"
// in another). The kind is read from the words right after the designation
// (data/corroborate/system_kinds.tsv); a designation found by pattern only
// falls back on the kind the recogniser gave it.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

constexpr size_t kMaxWindowWords = 5;
constexpr long kMaxLeadWords = 2;

bool IsStopWord(std::string_view w) {
  static const std::string_view kStops[] = {"for", "to", "from", "of", "in", "on", "at", "by",
                                            "with", "is", "are", "was", "were", "that", "which",
                                            "who", "as", "than", "into", "and", "or", "but",
                                            "while", "plus"};
  for (std::string_view s : kStops) {
    if (w == s) return true;
  }
  return false;
}

// Up to kMaxWindowWords words after a mention, lower case, stopping at
// punctuation, a grammatical word or the end of the sentence.
std::string WordsAfter(const story::ArticleFacts& f, uint32_t from, uint32_t sentence_end) {
  std::string out;
  size_t words = 0;
  uint32_t i = from;
  while (i < sentence_end && words < kMaxWindowWords) {
    while (i < sentence_end && f.text[i] == ' ') ++i;
    uint32_t start = i;
    while (i < sentence_end && f.text[i] != ' ' && !std::strchr(",;:()\"", f.text[i])) ++i;
    std::string word = Lower(std::string_view(f.text).substr(start, i - start));
    while (!word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?')) word.pop_back();
    if (word.empty() || IsStopWord(word)) break;
    if (!out.empty()) out += ' ';
    out += word;
    ++words;
    if (i < sentence_end && f.text[i] != ' ') break;  // punctuation ends the phrase
  }
  return out;
}

// The kind the words name, when its phrase starts within the first
// kMaxLeadWords words (a designation's own noun phrase, not a later one).
std::string KindInWords(const Lexicon& lex, const std::string& window) {
  for (const auto& [words, kind] : lex.kind_phrases) {
    for (size_t at = window.find(words); at != std::string::npos; at = window.find(words, at + 1)) {
      size_t end = at + words.size();
      bool whole = (at == 0 || window[at - 1] == ' ') && (end == window.size() || window[end] == ' ');
      if (!whole) continue;
      if (std::count(window.begin(), window.begin() + static_cast<long>(at), ' ') < kMaxLeadWords) return kind;
      break;
    }
  }
  return "";
}

// The kind read from the text, kept when it is (or refines) a kind the
// recogniser gave the entity: a window that wanders off the designation's
// noun phrase ("Vortex-7 destroyed drones") names something else.
bool FitsEntityKind(const Lexicon& lex, const std::string& kind, std::string_view entity_kind) {
  if (entity_kind.empty()) return true;
  size_t from = 0;
  while (from <= entity_kind.size()) {
    size_t slash = std::min(entity_kind.find('/', from), entity_kind.size());
    if (lex.IsAncestor(entity_kind.substr(from, slash - from), kind)) return true;
    from = slash + 1;
  }
  return false;
}

struct WeaponStatements {
  std::string name;
  std::vector<Stated> stated;
};

void ReadArticle(const StoryView& story, uint32_t a,
                 std::vector<std::pair<std::string, WeaponStatements>>& weapons) {
  const story::ArticleFacts& f = story.Article(a);
  const Lexicon& lex = story.lexicon;
  for (const recognize::RecognizedEntity& e : f.recognition.entities) {
    if (e.type != "weapon") continue;
    std::string id = e.kb >= 0 ? "kb:" + std::to_string(e.kb) : "name:" + Lower(e.name);
    auto it = std::find_if(weapons.begin(), weapons.end(), [&](const auto& w) { return w.first == id; });
    if (it == weapons.end()) it = weapons.insert(weapons.end(), {id, WeaponStatements{e.name, {}}});
    for (uint32_t mi : e.mentions) {
      const recognize::Mention& m = f.recognition.mentions[mi];
      uint32_t sentence_end = m.sentence < f.sentences.size() ? f.sentences[m.sentence].end
                                                              : static_cast<uint32_t>(f.text.size());
      std::string kind = KindInWords(lex, WordsAfter(f, m.end, sentence_end));
      if (!kind.empty() && !FitsEntityKind(lex, kind, e.kind)) kind.clear();
      if (kind.empty() && e.kb < 0 && lex.kinds.count(e.kind)) kind = e.kind;
      if (kind.empty()) continue;
      FactMention place = story.Place(a, f.sentences.empty() ? m.begin : f.sentences[m.sentence].begin,
                                      sentence_end);
      it->second.stated.push_back(Stated{kind, lex.kinds.at(kind).label, a, {place}});
    }
  }
}

}  // namespace

void FindSystemContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<std::pair<std::string, WeaponStatements>> weapons;
  for (uint32_t a = 0; a < story.size(); ++a) ReadArticle(story, a, weapons);
  const Lexicon& lex = story.lexicon;
  for (const auto& [id, weapon] : weapons) {
    auto claims = ConflictingClaims(story, weapon.stated, [&](const std::string& x, const std::string& y) {
      return !lex.KindsAgree(x, y);
    });
    if (claims.size() < 2) continue;
    out.push_back(Contradiction{fmt::format("what {} is", weapon.name), "system", std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
