// Part-of-speech tags: the Penn Treebank set as used by the tagger's
// training data (Lingua-EN-Tagger), plus kNone for "not tagged".
//
// Header-only and constexpr so that the build-time table generator
// (tools/lexical_gen) maps the data's tag names to the same numbers the
// library uses: the generated tables store Pos values, never names.
#ifndef DOSSIER_TEXT_POS_TAG_H_
#define DOSSIER_TEXT_POS_TAG_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dossier::text {

// 0 is kNone so that a zeroed Token::pos reads as untagged.
enum class Pos : uint8_t {
  kNone = 0,
  kCC,           // coordinating conjunction: and, but
  kCD,           // cardinal number: 3, 2,000, million
  kDT,           // determiner: the, a, every
  kEX,           // existential there
  kFW,           // foreign word
  kIN,           // preposition, subordinating conjunction: of, in, because
  kJJ,           // adjective
  kJJR,          // comparative adjective: bigger
  kJJS,          // superlative adjective: biggest
  kOpenBracket,  // -LRB-: ( [ {
  kLS,           // list item marker
  kMD,           // modal: will, could
  kNN,           // singular or mass noun
  kNNP,          // singular proper noun
  kNNPS,         // plural proper noun
  kNNS,          // plural noun
  kPDT,          // predeterminer: all (the), half (the)
  kPOS,          // possessive ending 's
  kSentenceEnd,  // . ! ?
  kComma,        // ,
  kDollar,       // $ and other currency signs
  kOpenQuote,    // `` and opening quotes
  kCloseQuote,   // '' and closing quotes
  kMidPunct,     // : ; -- ... and lone hyphens
  kPRP,          // personal pronoun
  kPRPS,         // possessive pronoun (PRP$): his, their
  kRB,           // adverb
  kRBR,          // comparative adverb
  kRBS,          // superlative adverb
  kRP,           // particle: (give) up
  kCloseBracket, // -RRB-: ) ] }
  kSYM,          // symbol
  kTO,           // to
  kUH,           // interjection
  kVB,           // verb, base form
  kVBD,          // verb, past tense
  kVBG,          // verb, gerund or present participle
  kVBN,          // verb, past participle
  kVBP,          // verb, present, not third person singular
  kVBZ,          // verb, present, third person singular
  kWDT,          // wh-determiner: which, that
  kWP,           // wh-pronoun: who, what
  kWPS,          // possessive wh-pronoun (WP$): whose
  kWRB,          // wh-adverb: where, when
};

inline constexpr size_t kPosCount = static_cast<size_t>(Pos::kWRB) + 1;

struct PosNames {
  std::string_view penn;  // the Penn Treebank spelling, for output
  std::string_view data;  // the lower-case name in the tagger's data files
};

// Indexed by Pos.
inline constexpr std::array<PosNames, kPosCount> kPosNames = {{
    {"", ""},          {"CC", "cc"},     {"CD", "cd"},     {"DT", "det"},
    {"EX", "ex"},      {"FW", "fw"},     {"IN", "in"},     {"JJ", "jj"},
    {"JJR", "jjr"},    {"JJS", "jjs"},   {"-LRB-", "lrb"}, {"LS", "ls"},
    {"MD", "md"},      {"NN", "nn"},     {"NNP", "nnp"},   {"NNPS", "nnps"},
    {"NNS", "nns"},    {"PDT", "pdt"},   {"POS", "pos"},   {".", "pp"},
    {",", "ppc"},      {"$", "ppd"},     {"``", "ppl"},    {"''", "ppr"},
    {":", "pps"},      {"PRP", "prp"},   {"PRP$", "prps"}, {"RB", "rb"},
    {"RBR", "rbr"},    {"RBS", "rbs"},   {"RP", "rp"},     {"-RRB-", "rrb"},
    {"SYM", "sym"},    {"TO", "to"},     {"UH", "uh"},     {"VB", "vb"},
    {"VBD", "vbd"},    {"VBG", "vbg"},   {"VBN", "vbn"},   {"VBP", "vbp"},
    {"VBZ", "vbz"},    {"WDT", "wdt"},   {"WP", "wp"},     {"WP$", "wps"},
    {"WRB", "wrb"},
}};

// "NN", "PRP$", "." ...; "" for kNone.
constexpr std::string_view PosName(Pos p) {
  return kPosNames[static_cast<size_t>(p)].penn;
}

// Either spelling ("NNP" or "nnp", "PRP$" or "prps"); kNone when unknown.
constexpr Pos PosFromName(std::string_view name) {
  for (size_t i = 1; i < kPosCount; ++i) {
    if (kPosNames[i].penn == name || kPosNames[i].data == name) return static_cast<Pos>(i);
  }
  return Pos::kNone;
}

constexpr bool IsProperNoun(Pos p) { return p == Pos::kNNP || p == Pos::kNNPS; }
constexpr bool IsCommonNoun(Pos p) { return p == Pos::kNN || p == Pos::kNNS; }
constexpr bool IsNoun(Pos p) { return IsCommonNoun(p) || IsProperNoun(p); }
constexpr bool IsPluralNoun(Pos p) { return p == Pos::kNNS || p == Pos::kNNPS; }
// Full verbs only; modals (kMD) are not verbs here.
constexpr bool IsVerb(Pos p) { return p >= Pos::kVB && p <= Pos::kVBZ; }
constexpr bool IsPastParticiple(Pos p) { return p == Pos::kVBN; }
constexpr bool IsAdjective(Pos p) { return p == Pos::kJJ || p == Pos::kJJR || p == Pos::kJJS; }
constexpr bool IsAdverb(Pos p) { return p == Pos::kRB || p == Pos::kRBR || p == Pos::kRBS; }
constexpr bool IsNumber(Pos p) { return p == Pos::kCD; }
// Words that carry what a text is about: nouns, full verbs, adjectives,
// numbers, foreign words and untagged words (not determiners, pronouns,
// prepositions and the like).
constexpr bool IsContentTag(Pos p) {
  return p == Pos::kNone || p == Pos::kFW || IsNoun(p) || IsVerb(p) || IsAdjective(p) ||
         IsNumber(p);
}
constexpr bool IsPronoun(Pos p) {
  return p == Pos::kPRP || p == Pos::kPRPS || p == Pos::kWP || p == Pos::kWPS;
}
constexpr bool IsPunctuation(Pos p) {
  return (p >= Pos::kSentenceEnd && p <= Pos::kMidPunct) || p == Pos::kOpenBracket ||
         p == Pos::kCloseBracket;
}
// Words that carry content: nouns, verbs, adjectives, adverbs, numbers.
constexpr bool IsContentWord(Pos p) {
  return IsNoun(p) || IsVerb(p) || IsAdjective(p) || IsAdverb(p) || IsNumber(p) ||
         p == Pos::kFW;
}

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_POS_TAG_H_
