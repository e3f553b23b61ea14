// The "number" slot: the same counted thing with quantities that cannot
// both hold. Counted things are a transfer's weapon (same supplier,
// recipient and weapon) and the counted nouns of data/corroborate/
// quantities.tsv inside the clause of one event (same type and parties:
// "killed 12 people"). Quantities are ranges ("more than a dozen" is 13 and
// up), so "more than 12" and "15" agree. An outlet that gives two different
// counts of one thing is left out: it may be counting two things.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '\n' || c == '\t') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == ',' || c == '.') {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  for (std::string& word : out) {
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.pop_back();
  }
  return out;
}

std::string Join(const std::vector<std::string>& words, size_t from, size_t n) {
  std::string out;
  for (size_t i = from; i < from + n && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::optional<double> Digits(const std::string& w) {
  std::string d;
  for (char c : w) {
    if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    else if (c != ',') return std::nullopt;
  }
  if (d.empty() || d.size() > 12) return std::nullopt;
  return std::stod(d);
}

// The number starting at words[i]: its range; `i` moves past it.
std::optional<Quantity> NumberAt(const Lexicon& lex, const std::vector<std::string>& words, size_t& i) {
  Quantity q{0, 0};
  bool any = false;
  while (i < words.size()) {
    if (auto d = Digits(words[i])) {
      q.low += *d, q.high += *d, any = true, ++i;
      continue;
    }
    const NumberWord* n = nullptr;
    size_t len = 0;
    for (size_t k = 3; k >= 1 && n == nullptr; --k) {
      auto it = lex.number_words.find(Join(words, i, k));
      if (i + k <= words.size() && it != lex.number_words.end()) n = &it->second, len = k;
    }
    if (n == nullptr) break;
    bool scale = any && (n->value == 100 || n->value == 1000) && n->low == n->high;
    if (scale) q.low *= n->value, q.high *= n->value;
    else q.low += n->low, q.high += n->high;
    any = true;
    i += len;
  }
  if (!any) return std::nullopt;
  if (i < words.size() && words[i] == "of") ++i;
  return q;
}

}  // namespace

namespace {

// A qualifier and a number from words[0]; `used` tells how many words they took.
std::optional<Quantity> QuantityOfWords(const Lexicon& lex, const std::vector<std::string>& words,
                                        size_t& used) {
  size_t i = 0;
  std::optional<Qualifier> qualifier;
  for (const auto& [q_words, kind] : lex.qualifiers) {
    size_t n = static_cast<size_t>(std::count(q_words.begin(), q_words.end(), ' ') + 1);
    if (Join(words, 0, n) == q_words) {
      qualifier = kind;
      i = n;
      break;
    }
  }
  auto q = NumberAt(lex, words, i);
  used = i;
  if (!q || !qualifier) return q;
  constexpr double kInf = std::numeric_limits<double>::infinity();
  switch (*qualifier) {
    case Qualifier::kMore: return Quantity{q->high + 0.5, kInf};
    case Qualifier::kLeast: return Quantity{q->low, kInf};
    case Qualifier::kMost: return Quantity{0, q->high};
    case Qualifier::kLess: return Quantity{0, q->low - 0.5};
    case Qualifier::kAbout: return Quantity{q->low * 0.8, q->high * 1.2};
  }
  return q;
}

}  // namespace

std::optional<Quantity> ParseQuantity(const Lexicon& lex, std::string_view phrase) {
  size_t used = 0;
  return QuantityOfWords(lex, Words(phrase), used);
}

namespace {

struct CountedThing {
  std::string key, about;
  std::vector<Stated> stated;
};

CountedThing& ThingFor(std::vector<CountedThing>& things, const std::string& key, const std::string& about) {
  auto it = std::find_if(things.begin(), things.end(), [&](const CountedThing& t) { return t.key == key; });
  if (it == things.end()) it = things.insert(things.end(), CountedThing{key, about, {}});
  return *it;
}

void ReadTransfers(const StoryView& story, uint32_t a, std::vector<CountedThing>& things) {
  const story::ArticleFacts& f = story.Article(a);
  for (const code::Transfer& t : f.coding.transfers) {
    for (const code::TransferItem& item : t.items) {
      if (item.entity < 0 || item.quantity.empty()) continue;
      if (!ParseQuantity(story.lexicon, item.quantity)) continue;
      std::string key = fmt::format("t:{}>{}:{}", story.PartyOf(t.supplier), story.PartyOf(t.recipient),
                                    Lower(item.name));
      std::string about = fmt::format("how many {} {} supplied to {}", item.name,
                                      t.supplier.name, t.recipient.name);
      std::vector<FactMention> places;
      for (const code::TransferMention& m : t.mentions) {
        if (f.Span(m.begin, m.end).find(item.name) != std::string_view::npos)
          places.push_back(story.Place(a, m.begin, m.end));
      }
      ThingFor(things, key, about).stated.push_back(Stated{Lower(item.quantity), item.quantity, a, places});
    }
  }
}

// "<number phrase> <counted noun>" inside an event's clause.
void ReadEventCounts(const StoryView& story, uint32_t a, std::vector<CountedThing>& things) {
  const story::ArticleFacts& f = story.Article(a);
  for (const code::Event& e : f.coding.events) {
    if (e.modality != code::Modality::kAsserted && e.modality != code::Modality::kReported) continue;
    std::vector<std::string> words = Words(f.Span(e.begin, e.end));
    for (size_t n = 1; n < words.size(); ++n) {
      auto noun = story.lexicon.counted.find(words[n]);
      if (noun == story.lexicon.counted.end()) continue;
      for (size_t from = n - std::min<size_t>(n, 4); from < n; ++from) {
        std::vector<std::string> before(words.begin() + from, words.begin() + n);
        size_t used = 0;
        // The phrase must be all number: nothing between it and the noun.
        if (!QuantityOfWords(story.lexicon, before, used) || used != before.size()) continue;
        std::string phrase = Join(words, from, n - from);
        std::string key = fmt::format("e:{}:{}>{}:{}", e.cameo, story.PartyOf(e.source),
                                      story.PartyOf(e.target), noun->second);
        std::string about = fmt::format("how many {}: {} {} {}", words[n], e.source.name,
                                        Lower(f.Span(e.verb_begin, e.verb_end)), e.target.name);
        ThingFor(things, key, about).stated.push_back(
            Stated{Lower(phrase), phrase + " " + words[n], a, {story.Place(a, e.begin, e.end)}});
        break;
      }
    }
  }
}

bool Conflict(const Lexicon& lex, const std::string& x, const std::string& y) {
  auto qx = ParseQuantity(lex, x), qy = ParseQuantity(lex, y);
  return qx && qy && !qx->Overlaps(*qy);
}

// Drops the statements of outlets that give counts which conflict among themselves.
void DropInconsistentOutlets(const StoryView& story, CountedThing& thing) {
  std::vector<std::string> bad;
  for (const Stated& s : thing.stated) {
    for (const Stated& o : thing.stated) {
      if (story.OutletOf(s.article) == story.OutletOf(o.article) && Conflict(story.lexicon, s.key, o.key))
        bad.push_back(story.OutletOf(s.article));
    }
  }
  std::erase_if(thing.stated, [&](const Stated& s) {
    return std::find(bad.begin(), bad.end(), story.OutletOf(s.article)) != bad.end();
  });
}

}  // namespace

void FindNumberContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<CountedThing> things;
  for (uint32_t a = 0; a < story.size(); ++a) {
    ReadTransfers(story, a, things);
    ReadEventCounts(story, a, things);
  }
  for (CountedThing& thing : things) {
    DropInconsistentOutlets(story, thing);
    auto claims = ConflictingClaims(story, thing.stated, [&](const std::string& x, const std::string& y) {
      return Conflict(story.lexicon, x, y);
    });
    if (claims.size() >= 2) out.push_back(Contradiction{thing.about, "number", std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
