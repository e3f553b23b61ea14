// PETRARCH verb dictionaries into our verb patterns: the syntax on small
// dictionaries, errors naming the file and line, and the real dictionaries
// when the shared data are there.
#include "dossier/code/petrarch_verbs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace dossier::code {
namespace {

using Kind = PatternElement::Kind;

EventPatterns Empty() {
  auto p = EventPatterns::Load(DOSSIER_SOURCE_DATA_DIR "/events", PatternParts{false, false});
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return std::move(p).value();
}

Status Read(EventPatterns& p, const std::string& text, PetrarchVerbStats* stats = nullptr) {
  PetrarchVerbStats s;
  Status st = ReadPetrarchVerbs(text, "dir/test.verbs.txt", p, s);
  p.Finish();
  if (stats != nullptr) *stats = s;
  return st;
}

const VerbPattern* Find(const EventPatterns& p, std::string_view verb, std::string_view code) {
  for (const VerbPattern& v : p.ForVerb(verb)) {
    if (v.code == code) return &v;
  }
  return nullptr;
}

std::vector<std::string> Words(const std::vector<PatternElement>& elements) {
  std::vector<std::string> out;
  for (const auto& e : elements) {
    std::string w = e.kind == Kind::kSource     ? "$"
                    : e.kind == Kind::kTarget   ? "+"
                    : e.kind == Kind::kCompound ? "%"
                                                : "";
    for (const auto& x : e.words) w += (w.empty() ? "" : "|") + x;
    out.push_back((e.adjacent ? "_" : "") + w);
  }
  return out;
}

constexpr const char* kDictionary = R"(<!-- A header
     over two lines -->
&MONEY   # a word set
+COINS
+GOLD BARS
+&METAL

&METAL
+SILVER

--- GIVE  [070] ---
GIVE {GAVE GIVEN}   ; a TABARI comment
DONATE [073]
- * &MONEY TO +  [071]
- $ WAS_ * BY +  [---]
- NOT * [080:081]

--- DENIED  [140] ---
DENIED

--- CALM  [---] ---
+CALM_DOWN
KLM_+RST [002]
- * IN_ $ [075]
~ a (a b ATTACK) SAY = a b 015
)";

TEST(PetrarchVerbsTest, ReadsBlocksVerbsAndPatterns) {
  EventPatterns p = Empty();
  PetrarchVerbStats stats;
  ASSERT_TRUE(Read(p, kDictionary, &stats).ok());
  EXPECT_EQ(stats.blocks, 3u);
  EXPECT_EQ(stats.verbs, 5u);
  EXPECT_EQ(stats.dictionary_patterns, 4u);
  EXPECT_EQ(stats.synsets, 2u);
  EXPECT_EQ(stats.skipped_lines, 1u);

  const VerbPattern* give = Find(p, "give", "070");
  ASSERT_NE(give, nullptr);
  EXPECT_TRUE(give->before.empty() && give->after.empty());
  EXPECT_EQ(give->where, "test.verbs.txt:12");
  ASSERT_NE(Find(p, "donate", "073"), nullptr);  // a verb's own default code

  // The word set's single words, its embedded set, then the members of
  // several words as sequences of adjacent words.
  auto count = [&](std::string_view verb, const std::vector<std::string>& after) {
    int n = 0;
    for (const VerbPattern& v : p.ForVerb(verb)) n += v.code == "071" && Words(v.after) == after;
    return n;
  };
  EXPECT_EQ(count("give", {"coins|silver", "to", "+"}), 1);
  EXPECT_EQ(count("give", {"gold", "_bars", "to", "+"}), 1);
  EXPECT_EQ(count("donate", {"gold", "_bars", "to", "+"}), 1);

  const VerbPattern* blocked = Find(p, "give", "---");
  ASSERT_NE(blocked, nullptr);
  EXPECT_EQ(Words(blocked->before), (std::vector<std::string>{"$", "was"}));
  EXPECT_EQ(Words(blocked->after), (std::vector<std::string>{"by", "+"}));

  const VerbPattern* paired = Find(p, "give", "080");
  ASSERT_NE(paired, nullptr);
  EXPECT_EQ(paired->paired_code, "081");
  EXPECT_EQ(Words(paired->before), (std::vector<std::string>{"not"}));
}

TEST(PetrarchVerbsTest, InflectedAndMultiWordVerbs) {
  EventPatterns p = Empty();
  ASSERT_TRUE(Read(p, kDictionary).ok());
  EXPECT_NE(Find(p, "deny", "140"), nullptr);  // "DENIED" under its lemma
  // A null block code adds no default, but the block's patterns stand.
  const VerbPattern* calm = Find(p, "calm", "075");
  ASSERT_NE(calm, nullptr);
  EXPECT_EQ(Words(calm->after), (std::vector<std::string>{"_down", "in", "$"}));
  EXPECT_EQ(Find(p, "calm", "---"), nullptr);
  const VerbPattern* rst = Find(p, "rst", "002");
  ASSERT_NE(rst, nullptr);
  EXPECT_EQ(Words(rst->before), (std::vector<std::string>{"klm"}));
}

TEST(PetrarchVerbsTest, UnknownWordSetSkipsThePattern) {
  EventPatterns p = Empty();
  PetrarchVerbStats stats;
  ASSERT_TRUE(Read(p, "--- GO [030] ---\nGO\n- * &NOWHERE [031]\n", &stats).ok());
  EXPECT_EQ(stats.unknown_set_patterns, 1u);
  EXPECT_EQ(Find(p, "go", "031"), nullptr);
  EXPECT_NE(Find(p, "go", "030"), nullptr);
}

TEST(PetrarchVerbsTest, BadLinesNameTheFileAndLine) {
  struct Case {
    const char* text;
    int64_t line;
  };
  const Case cases[] = {
      {"- * TALKS [031]\n", 1},                        // a pattern before any block
      {"GO\n", 1},                                     // a verb before any block
      {"--- GO ---\n", 1},                             // a header without a code
      {"--- GO [030] ---\nGO\n- * TALKS\n", 3},        // a pattern without a code
      {"--- GO [030] ---\nGO\n- TALKS [031]\n", 3},    // no verb in the pattern
      {"--- GO [030] ---\nGO\n- * * [031]\n", 3},      // two verbs
      {"--- GO [030] ---\nGO {WENT\n", 2},             // '{' without '}'
      {"--- GO [030] ---\nGO\n- * TALKS [031\n", 3},   // '[' without ']'
      {"--- GO [030] ---\nGO\n- * TALKS []\n", 3},     // an empty code
      {"&lower case\n", 1},                            // a word set's name
      {"\n<!-- never closed\n--- GO [030] ---\n", 2},  // an unclosed comment
  };
  for (const Case& c : cases) {
    EventPatterns p = Empty();
    Status st = Read(p, c.text);
    ASSERT_FALSE(st.ok()) << c.text;
    EXPECT_EQ(st.code(), StatusCode::kCorruptInput) << c.text;
    EXPECT_EQ(st.path(), "dir/test.verbs.txt") << c.text;
    EXPECT_EQ(st.line(), c.line) << c.text;
  }
}

TEST(PetrarchVerbsTest, BinaryInputGivesAnErrorNotACrash) {
  EventPatterns p = Empty();
  std::string junk = "--- \x01\xff [ ---\n- ]]] * [[\n\xfe{{}\n";
  junk.push_back('\0');
  junk += "&\n+\n- *\n";
  (void)Read(p, junk);
}

TEST(PetrarchVerbsTest, ExplicitVerbMarkerInOurSyntax) {
  EventPatterns p = Empty();
  ASSERT_TRUE(p.AddVerbPattern("112", "$ will not *cooperate with +", "t:1").ok());
  p.Finish();
  const VerbPattern* v = Find(p, "cooperate", "112");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(Words(v->before), (std::vector<std::string>{"$", "will", "not"}));
  EXPECT_EQ(Words(v->after), (std::vector<std::string>{"with", "+"}));
  EXPECT_FALSE(p.AddVerbPattern("112", "*a *b", "t:2").ok());
}

TEST(PetrarchVerbsTest, RealDictionariesLoad) {
  const std::string dir = DOSSIER_SHARED_DATA_DIR "/petrarch";
  for (const char* file :
       {"/dictionaries/CAMEO.2.0.txt", "/validation-petrarch1/PETR.Validate.verbs.txt"}) {
    if (!std::filesystem::exists(dir + file)) GTEST_SKIP() << "no shared PETRARCH data";
    EventPatterns p = Empty();
    auto stats = LoadPetrarchVerbs(dir + file, p);
    ASSERT_TRUE(stats.ok()) << stats.status().ToString();
    EXPECT_GT(stats->dictionary_patterns, 400u) << file;
    EXPECT_GT(stats->patterns, stats->dictionary_patterns) << file;
  }
}

TEST(PetrarchVerbsTest, MissingFileIsNotFound) {
  EventPatterns p = Empty();
  auto stats = LoadPetrarchVerbs("/nonexistent/verbs.txt", p);
  ASSERT_FALSE(stats.ok());
  EXPECT_EQ(stats.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier::code

namespace dossier::code {
namespace {

// A verb WordNet does not know keeps the forms the text will show.
TEST(PetrarchVerbsTest, VerbUnknownToWordNetIsRegisteredUnderItsForms) {
  EventPatterns p = Empty();
  ASSERT_TRUE(Read(p, "--- SHUT [1721] ---\n+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF }\n").ok());
  EXPECT_NE(Find(p, "cordon", "1721"), nullptr);
  EXPECT_NE(Find(p, "cordoned", "1721"), nullptr);
  EXPECT_NE(Find(p, "cordons", "1721"), nullptr);
}

TEST(PetrarchVerbsTest, WordJoinedBeforeTheVerbIsMarked) {
  EventPatterns p = Empty();
  ASSERT_TRUE(Read(p, "--- TAP [171] ---\nWIRE_+TAP\n--- HIT [180] ---\nHIT\n- RECENTLY * [172]\n").ok());
  const VerbPattern* joined = Find(p, "tap", "171");
  ASSERT_NE(joined, nullptr);
  EXPECT_TRUE(joined->verb_joined);
  const VerbPattern* apart = Find(p, "hit", "172");
  ASSERT_NE(apart, nullptr);
  EXPECT_FALSE(apart->verb_joined);
}

}  // namespace
}  // namespace dossier::code
