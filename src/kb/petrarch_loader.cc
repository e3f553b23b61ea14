#include "petrarch_loader.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/core/data_dir.h"
#include "dossier/core/utf8.h"
#include "dossier/text/lemmatizer.h"
#include "kb_compiler.h"

namespace dossier::kb {
namespace {

constexpr size_t npos = std::string_view::npos;

// The role of every dated code; see AddEntry.
constexpr std::string_view kPetrarchRoleKey = "petrarch";

// Words that make a name an institution's, whatever its codes say:
// "ISLAMIC_REVOLUTIONARY_COUNCIL_" comes from a list of office holders.
constexpr std::string_view kInstitutionWords[] = {
    "ACADEMY",      "ADMINISTRATION", "AGENCY",    "ALLIANCE",   "ARMY",
    "ASSEMBLY",     "ASSOCIATION",    "AUTHORITY", "BANK",       "BATTALION",
    "BOARD",        "BRIGADE",        "BRIGADES",  "BUREAU",     "CABINET",
    "CENTER",       "CENTRE",         "CHAMBER",   "CHURCH",     "COALITION",
    "COMMAND",      "COMMISSION",     "COMMITTEE", "COMPANY",    "CONGRESS",
    "CORPORATION",  "COUNCIL",        "COURT",     "DEPARTMENT", "DIRECTORATE",
    "FEDERATION",   "FORCE",          "FORCES",    "FOUNDATION", "FRONT",
    "FUND",         "GOVERNMENT",     "GROUP",     "GUARD",      "GUARDS",
    "INC",          "INSTITUTE",      "LEAGUE",    "LTD",        "MINISTRY",
    "MISSION",      "MOVEMENT",       "NETWORK",   "OFFICE",     "ORGANISATION",
    "ORGANIZATION", "PARLIAMENT",     "PARTY",     "POLICE",     "REGIME",
    "REPUBLIC",     "SECRETARIAT",    "SENATE",    "SERVICE",    "SERVICES",
    "SOCIETY",      "SOVIET",         "STATE",     "TRIBUNAL",   "UNION",
    "UNIVERSITY"};

// Lower case in aliases, so that "the United Nations" and "Hafez al-Assad"
// match however the text writes them.
constexpr std::string_view kParticles[] = {"the", "of",  "and", "for", "in", "on", "at",  "to",
                                           "de",  "del", "der", "des", "du", "da", "di",  "dos",
                                           "la",  "le",  "van", "von", "al", "el", "bin", "ibn"};

template <size_t N>
bool OneOf(std::string_view v, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), v) != std::end(list);
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char Upper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsVowel(char c) {
  c = Lower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

Status LineError(const std::string& path, size_t line, const std::string& message) {
  return Status(StatusCode::kCorruptInput, message)
      .WithPath(path)
      .WithLine(static_cast<int64_t>(line));
}

// Where the line's comment starts: the first '#', or the first ';' (TABARI's
// comment mark) when `semicolon`, outside a code in brackets ("[###]" is a
// code); npos when none.
size_t CommentStart(std::string_view line, bool semicolon) {
  bool in_code = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') in_code = true;
    else if (c == ']') in_code = false;
    else if (!in_code && (c == '#' || (semicolon && c == ';'))) return i;
  }
  return npos;
}

// Calls fn(number, line, comment) for each line that is neither blank nor a
// comment, the trailing comment cut off into `comment`: the dictionaries put
// one after entries with or without a space ("[ELI]# IGOrulers.txt").
// Lines inside XML-style comments ("<!-- ... -->", which the validation
// dictionaries use for headers) are skipped.
template <typename Fn>
Status ForEachLine(std::string_view text, bool semicolon, Fn fn) {
  size_t number = 0;
  bool in_markup = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (in_markup || Trim(line).substr(0, 2) == "<!") {
      in_markup = line.find("-->") == npos;
      continue;
    }
    std::string_view comment;
    if (size_t hash = CommentStart(line, semicolon); hash != npos) {
      comment = line.substr(hash);
      line = line.substr(0, hash);
    }
    if (Trim(line).empty()) continue;
    DOSSIER_RETURN_IF_ERROR(fn(number, line, comment));
  }
  return Status::Ok();
}

// "YYMMDD" or "YYYYMMDD"; two-digit years up to 30 are 20YY, as in KEDS,
// TABARI and PETRARCH.
std::optional<Day> ParseDate(std::string_view s) {
  if ((s.size() != 6 && s.size() != 8) || !std::all_of(s.begin(), s.end(), IsDigit))
    return std::nullopt;
  auto number = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int year = number(0, s.size() - 4);
  if (s.size() == 6) year += year <= 30 ? 2000 : 1900;
  size_t m = s.size() - 4;
  return ParseIsoDay(fmt::format("{:04}-{:02}-{:02}", year, number(m, 2), number(m + 2, 2)));
}

struct Code {
  std::string code;
  DateRange period;
  bool dated = false;
};

enum class CodeRead { kUsable, kNull, kUnreadableDate, kMalformed };

// The inside of one "[...]": "CODE", "CODE <DATE", "CODE >DATE" (both ends
// included, as in PETRARCH), "CODE DATE-DATE", or "CODE DATE", read as a
// start (twice in Phoenix). "---" is PETRARCH's null code.
CodeRead ReadCode(std::string_view inside, Code& out) {
  inside = Trim(inside);
  size_t space = inside.find_first_of(" \t");
  std::string_view code = inside.substr(0, space);
  std::string rest;
  if (space != npos) {
    for (char c : inside.substr(space)) {
      if (c != ' ' && c != '\t') rest += c;
    }
  }
  // Letters in either case ("[pse]"), "/" between the codes of an actor that
  // stands for several ("[ELR/GAL]"), and TABARI's "###" and "+++".
  bool letters = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
    return IsUpper(Upper(c)) || IsDigit(c) || c == '/' || c == '#' || c == '+';
  });
  if (!letters && code != "---") return CodeRead::kMalformed;
  if (!std::all_of(rest.begin(), rest.end(),
                   [](char c) { return IsDigit(c) || c == '<' || c == '>' || c == '-'; }))
    return CodeRead::kMalformed;
  if (code == "---") return CodeRead::kNull;
  out.code.clear();
  for (char c : code) out.code += Upper(c);
  if (rest.empty()) return CodeRead::kUsable;
  out.dated = true;
  std::string_view r = rest;
  if (r[0] == '<' || r[0] == '>') {
    auto day = ParseDate(r.substr(1));
    if (!day) return CodeRead::kUnreadableDate;
    (r[0] == '<' ? out.period.last : out.period.first) = *day;
    return CodeRead::kUsable;
  }
  size_t dash = r.find('-');
  auto first = ParseDate(r.substr(0, dash));
  if (!first) return CodeRead::kUnreadableDate;
  out.period.first = *first;
  if (dash == npos) return CodeRead::kUsable;
  auto last = ParseDate(r.substr(dash + 1));
  if (!last || *last < *first) return CodeRead::kUnreadableDate;
  out.period.last = *last;
  return CodeRead::kUsable;
}

// One actor entry: a name, its synonyms, its codes. Names that have no code
// of their own join the next entry, as in PETRARCH, where they share its codes.
struct Entry {
  size_t line = 0;                      // of the first name
  std::vector<std::string_view> names;  // names[0] names the entity
  std::vector<Code> codes;
  bool coded = false;        // a "[...]" was read, even a null or unreadable one
  bool leader_list = false;  // from CountryInfo.txt or IGOrulers.txt: office holders
};

// Reads every "[...]" of `text` into the entry; what follows the last one is
// a note PETRARCH ignores ("\tNewspapers/Magazines\t$137,000,000").
Status ReadCodes(std::string_view text, const std::string& path, size_t line, Entry& entry) {
  for (size_t open = text.find('['); open != npos; open = text.find('[', open)) {
    size_t close = text.find(']', open);
    if (close == npos) return LineError(path, line, "'[' without ']'");
    std::string_view inside = text.substr(open + 1, close - open - 1);
    Code code;
    CodeRead read = ReadCode(inside, code);
    if (read == CodeRead::kMalformed) {
      return LineError(path, line,
                       "malformed code \"[" + std::string(inside) +
                           "]\": expected [CODE], [CODE <YYMMDD], [CODE >YYMMDD] "
                           "or [CODE YYMMDD-YYMMDD]");
    }
    // Like PETRARCH, an impossible date (ten digits, an end before its
    // start: a few in Phoenix) drops that code only.
    if (read == CodeRead::kUsable) entry.codes.push_back(std::move(code));
    entry.coded = true;
    open = close;
  }
  return Status::Ok();
}

bool IsInitials(std::string_view w) {  // "R.", "R.K.", "U.N."
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!(IsUpper(Upper(w[i])) && w[i + 1] == '.')) return false;
  }
  return true;
}

bool IsAcronym(std::string_view w) {  // "AAIA" of "..._(AAIA)_"
  return w.size() >= 3 && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) {
           return IsUpper(c) || IsDigit(c) || c == '-';
         });
}

// The phrase with spaces for underscores, without a leading "THE" and a
// parenthesised part, whose acronym goes to `acronyms`: "..._ARMY_(AAIA)_"
// is "... ARMY" and "AAIA". Brackets and stray parentheses, typos in the
// files, are dropped.
std::string Plain(std::string_view raw, std::vector<std::string_view>* acronyms) {
  std::string plain;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '(') {
      if (size_t close = raw.find(')', i); close != npos) {
        std::string_view inside = raw.substr(i + 1, close - i - 1);
        if (acronyms != nullptr && IsAcronym(inside)) acronyms->push_back(inside);
        i = close;
        c = ' ';
      }
    }
    if (c == '_' || c == '\t' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
        c == '}')
      c = ' ';
    if (c == ' ' && (plain.empty() || plain.back() == ' ')) continue;
    plain += c;
  }
  while (!plain.empty() && plain.back() == ' ') plain.pop_back();
  // A leading article would make "THE_UNITED_NATIONS_" longer than our
  // "United Nations", and the longest alias wins a match.
  if (plain.size() > 4 && (plain.compare(0, 4, "THE ") == 0 || plain.compare(0, 4, "The ") == 0))
    plain.erase(0, 4);
  return plain;
}

// `piece` in lower case, its first letter in upper case when `cap`; any
// script ICU knows ("WÖRNER" is "Wörner").
std::string Recase(std::string_view piece, bool cap) {
  std::string out;
  for (size_t i = 0; i < piece.size();) {
    bool first = i == 0;
    auto c = static_cast<UChar32>(DecodeUtf8(piece, i));
    AppendUtf8(static_cast<char32_t>(first && cap ? u_toupper(c) : u_tolower(c)), out);
  }
  return out;
}

bool IsRomanNumeral(std::string_view w) {  // "II" of "QUEEN_ELIZABETH_II"
  return w.size() >= 2 && w.size() <= 4 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// One word in the case of news text. Initials ("R.K.") and words without a
// vowel ("CNN") keep their capitals; particles are lower case. For matching
// (`display` false) only the first part of a hyphenated word is capitalised,
// so that "al-qaeda" and "Ki-moon" meet every spelling; for display every
// part longer than a letter is ("Al-Qaeda", "Mazar-i-Sharif").
void AppendWord(std::string_view word, bool display, std::string& out) {
  size_t letters = static_cast<size_t>(std::count_if(
      word.begin(), word.end(), [](char c) { return IsUpper(Upper(c)) || (c & 0x80) != 0; }));
  bool vowel =
      std::any_of(word.begin(), word.end(), [](char c) { return IsVowel(c) || (c & 0x80) != 0; });
  if (IsInitials(word) || (!vowel && letters >= 2)) {
    out += word;
    return;
  }
  for (size_t part = 0, from = 0; from <= word.size(); ++part) {
    size_t dash = std::min(word.find('-', from), word.size());
    std::string_view piece = word.substr(from, dash - from);
    bool particle = OneOf(Recase(piece, false), kParticles);
    out += Recase(piece, !particle && (part == 0 || (display && piece.size() > 1)));
    if (dash < word.size()) out += '-';
    from = dash + 1;
  }
}

// Whether a word in capitals is an English word ("WHO", "CHAD") rather than
// a name ("ARNOR", "HAMAS").
bool IsEnglishWord(std::string_view word) {
  std::string lower;
  for (char c : word) lower += Lower(c);
  const text::Lemmatizer lemmatizer;
  for (auto cls : {text::WordClass::kNoun, text::WordClass::kVerb, text::WordClass::kAdjective,
                   text::WordClass::kAdverb}) {
    if (lemmatizer.IsLemma(lemmatizer.Lemma(lower, cls), cls)) return true;
  }
  return false;
}

// A plain phrase ("ABDEL FATTAH EL SISI") in the case news text uses. A
// single word of up to three letters, or of up to five that is an English
// word, stays in capitals, so that "UN", "ETA" and "WHO" match only as
// acronyms (the compiler's rule for aliases in capitals), never "Who"
// opening a sentence; "ARNOR" is a name like any other, and so is a word
// the dictionary wrote after "THE_" ("THE_SHIRE_"), a name's article.
std::string NewsCase(std::string_view plain, bool display, bool after_the = false) {
  if (plain.find(' ') == npos && !(after_the && plain.size() > 3)) {
    size_t letters = static_cast<size_t>(std::count_if(
        plain.begin(), plain.end(), [](char c) { return IsUpper(Upper(c)) || (c & 0x80) != 0; }));
    if (letters <= 3 || (letters <= 5 && IsEnglishWord(plain))) return std::string(plain);
  }
  std::string out;
  for (size_t from = 0; from < plain.size();) {
    size_t space = std::min(plain.find(' ', from), plain.size());
    if (!out.empty()) out += ' ';
    std::string_view word = plain.substr(from, space - from);
    if (from > 0 && space == plain.size() && IsRomanNumeral(word)) {  // not "XI Jinping"
      out += word;
    } else {
      AppendWord(word, display, out);
    }
    from = space + 1;
  }
  if (display && !out.empty()) out[0] = Upper(out[0]);
  return out;
}

// Phoenix mixes people and groups, and only the entry tells them apart:
// office holders come from CountryInfo.txt and IGOrulers.txt, former
// officials and notables have the sector ELI, dated codes of a sector or of
// an international body are terms of office ("[IGOUNO 970101-061231]"; a
// state's dated codes, "[ESTOCC <910820]", are not), and initials
// ("B._LYNN_PASCOE_") are people's. A name with an institution word is
// never a person's.
bool IsPerson(const Entry& entry) {
  std::vector<std::string_view> words;
  std::string_view name = entry.names[0];
  for (size_t from = 0; from < name.size();) {
    size_t end = std::min(name.find_first_of("_ \t-", from), name.size());
    if (end > from) words.push_back(name.substr(from, end - from));
    from = end + 1;
  }
  for (auto w : words) {
    if (OneOf(w, kInstitutionWords)) return false;
  }
  if (entry.leader_list) return true;
  for (const Code& c : entry.codes) {
    if (EndsWith(c.code, "ELI")) return true;
    std::string_view prefix = std::string_view(c.code).substr(0, 3);
    bool office = c.code.size() >= 6 &&
                  (KbCompiler::IsSector(std::string_view(c.code).substr(3, 3)) || prefix == "IGO" ||
                   prefix == "NGO" || prefix == "MNC" || prefix == "IMG");
    if (c.dated && office) return true;
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].size() == 2 && IsUpper(words[i][0]) && words[i][1] == '.') return true;
  }
  return false;
}

// An organisation type (see organizations/*.tsv) from its CAMEO code.
std::string KindOfCode(std::string_view code) {
  std::string_view prefix = code.substr(0, 3);
  if (code.substr(0, 6) == "IGOUNO") return "un_body";
  if (prefix == "IGO") return "igo";
  if (prefix == "NGO") return "ngo";
  if (prefix == "MNC") return "firm";
  if (prefix == "IMG") return "armed_group";
  std::string_view sector =
      code.size() == 3 ? code : code.substr(std::min<size_t>(3, code.size()), 3);
  if (sector == "REB") return "armed_group";
  if (sector == "PTY") return "party";
  if (sector == "MED") return "media";
  if (sector == "BUS") return "firm";
  if (sector == "JUD") return "court";
  return "other";
}

// Agent phrases are lower case: sector words match whatever the case.
std::string AgentForm(std::string_view phrase) {
  std::string out;
  for (char c : phrase) {
    if (c == '_' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += Lower(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The regular plural PETRARCH adds to each agent (of its last word), with
// "-ies" only after a consonant: "ARMIES" but "ATTORNEYS".
std::string Plural(std::string_view phrase) {
  while (!phrase.empty() && (phrase.back() == '_' || phrase.back() == ' ')) phrase.remove_suffix(1);
  std::string p(phrase);
  if (p.empty()) return p;
  char last = Upper(p.back());
  char before = p.size() > 1 ? Upper(p[p.size() - 2]) : ' ';
  if (last == 'Y' && !IsVowel(before)) {
    p.pop_back();
    return p + "IES";
  }
  if (last == 'S' || last == 'X' || last == 'Z' ||
      (last == 'H' && (before == 'S' || before == 'C')))
    return p + "ES";
  return p + "S";
}

class PetrarchLoader {
 public:
  explicit PetrarchLoader(KbCompiler& compiler) : c_(compiler) {}

  Status LoadActors(const std::string& path);
  Status LoadAgents(const std::string& path);

 private:
  void AddEntry(const std::string& path, const Entry& entry);
  // Any type when `type` is nullopt.
  std::optional<uint32_t> Named(const std::string& alias, std::optional<EntityType> type,
                                std::string_view country = {});
  bool OursCompose(const std::string& alias);
  std::optional<uint32_t> CountryOf(std::string_view code, const std::string& name);
  std::string HomeCountry(std::string_view code) const;

  KbCompiler& c_;
  std::optional<uint16_t> role_;
  text::AnalyzedText scratch_;
  std::vector<uint32_t> ids_;
  std::vector<AliasMatch> matches_;
};

Status PetrarchLoader::LoadActors(const std::string& path) {
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  Entry entry;
  DOSSIER_RETURN_IF_ERROR(ForEachLine(
      content.value(), /*semicolon=*/true,
      [&](size_t n, std::string_view line, std::string_view comment) -> Status {
        if (line[0] == ' ' || line[0] == '\t') {  // "\t[CODE ...]": a code of the entry above
          if (entry.names.empty()) return LineError(path, n, "a code line before any entry");
          size_t open = line.find('[');
          if (open == npos) return LineError(path, n, "expected a code in [...]");
          return ReadCodes(line.substr(open), path, n, entry);
        }
        if (line[0] == '+') {  // "+SYNONYM_", a few glued together ("+A_+B_")
          if (entry.names.empty()) return LineError(path, n, "a synonym (+) before any entry");
          if (line.find('[') != npos)
            return LineError(path, n, "a code goes on the entry's line or an indented line");
          for (size_t from = 1; from <= line.size();) {
            size_t plus = std::min(line.find('+', from), line.size());
            std::string_view name = Trim(line.substr(from, plus - from));
            if (!name.empty()) entry.names.push_back(name);
            from = plus + 1;
          }
          return Status::Ok();
        }
        // A new entry, unless the current one has no code yet: Phoenix lists
        // name variants that way ("LEONID_BREZHNEV_", "LEONID_ILYICH_BREZHNEV",
        // then the codes).
        if (entry.coded) {
          AddEntry(path, entry);
          entry = Entry();
        }
        size_t open = line.find('[');
        std::string_view name = Trim(line.substr(0, open));
        if (name.empty()) return LineError(path, n, "a code with no name before it");
        if (entry.names.empty()) entry.line = n;
        entry.names.push_back(name);
        if (comment.find("CountryInfo") != npos || comment.find("IGOrulers") != npos)
          entry.leader_list = true;
        return open == npos ? Status::Ok() : ReadCodes(line.substr(open), path, n, entry);
      }));
  if (entry.coded) AddEntry(path, entry);
  return Status::Ok();
}

// The entity of ours (layers 0 and 1) of that type an alias names, unless
// it belongs to another country than `country` (a namesake).
std::optional<uint32_t> PetrarchLoader::Named(const std::string& alias,
                                              std::optional<EntityType> type,
                                              std::string_view country) {
  const KnowledgeBase& kb = c_.kb();
  scratch_.Clear();
  scratch_.text = alias;
  kb.tokenizer().Tokenize(alias, scratch_);
  if (const auto* targets = kb.trie().Find(scratch_)) {
    for (const AliasTarget& t : *targets) {
      if (t.kind != AliasKind::kName || t.layer >= 2) continue;
      const Entity& e = kb.entity(t.target);
      if ((!type || e.type == *type) &&
          (country.empty() || e.country.empty() || e.country == country))
        return t.target;
    }
  }
  return std::nullopt;
}

// Whether our own dictionary reads `alias` as a country and a role or a
// sector ("Afghan Defense Minister", "United States Military"), or a role of
// a country ("President of the United States"; "Bank of China" is a name).
// The recognizer composes those itself, with the incumbent at the story's
// date; a longer PETRARCH alias would hide them.
bool PetrarchLoader::OursCompose(const std::string& alias) {
  const KnowledgeBase& kb = c_.kb();
  scratch_.Clear();
  scratch_.text = alias;
  kb.tokenizer().Tokenize(alias, scratch_);
  kb.trie().WordIds(scratch_, ids_);
  matches_.clear();
  kb.trie().MatchAll(scratch_, ids_, matches_);
  auto filler = [&](uint32_t from, uint32_t end) {  // "of", "the", "'s", hyphens
    for (uint32_t i = from; i < end; ++i) {
      const text::Token& t = scratch_.tokens[i];
      std::string_view norm = scratch_.Norm(t);
      if (!t.Has(text::kJoiner) && !t.Has(text::kPossessive) && norm != "of" && norm != "the")
        return false;
    }
    return true;
  };
  std::string shape;  // a letter a match: 'C' a country of ours, 'R' a role, 'S' a sector
  uint32_t next = 0;
  for (const AliasMatch& m : matches_) {
    if (!filler(next, m.first_token)) return false;
    char kind = 0;
    for (const AliasTarget& t : m.targets) {
      if (t.layer >= 2) continue;
      if (t.kind == AliasKind::kRole) {
        kind = 'R';
      } else if (t.kind == AliasKind::kSectorWord) {
        if (kind != 'R') kind = 'S';
      } else if (kind == 0 && kb.entity(t.target).type == EntityType::kCountry) {
        kind = 'C';
      }
    }
    if (kind == 0) return false;
    shape += kind;
    next = m.end_token;
  }
  return filler(next, static_cast<uint32_t>(scratch_.tokens.size())) &&
         (shape == "CR" || shape == "CS" || shape == "RC");
}

// The country of ours an entry names: its code is one of our country codes
// ("[BLR]"), a territory of one ("[USAASM]", American Samoa), or a code of
// PETRARCH's own for a name we already give a country ("KOSOVO [KSV]", ours
// XKX).
std::optional<uint32_t> PetrarchLoader::CountryOf(std::string_view code, const std::string& name) {
  const KnowledgeBase& kb = c_.kb();
  if (code.size() == 6 && kb.CountryByCode(code.substr(0, 3)))
    return kb.CountryByCode(code.substr(3));
  if (code.size() != 3) return std::nullopt;
  if (auto id = kb.CountryByCode(code)) return id;
  return Named(name, EntityType::kCountry);
}

// The home country in an organisation's code: "RUSGOV", or after a
// transnational prefix, "NGOLAOHRI", "MNCUSA".
std::string PetrarchLoader::HomeCountry(std::string_view code) const {
  const KnowledgeBase& kb = c_.kb();
  if (code.size() >= 3 && kb.CountryByCode(code.substr(0, 3)))
    return std::string(code.substr(0, 3));
  std::string_view prefix = code.substr(0, 3);
  if (code.size() >= 6 && (prefix == "NGO" || prefix == "MNC" || prefix == "IMG") &&
      kb.CountryByCode(code.substr(3, 3)))
    return std::string(code.substr(3, 3));
  return "";
}

void PetrarchLoader::AddEntry(const std::string& path, const Entry& entry) {
  // The default code is the first without dates; the one an organisation
  // keeps is the default, else the dated one that reaches furthest.
  const Code* fallback = nullptr;
  const Code* latest = nullptr;
  for (const Code& code : entry.codes) {
    if (!code.dated) {
      if (fallback == nullptr) fallback = &code;
    } else if (latest == nullptr || code.period.last >= latest->period.last) {
      latest = &code;
    }
  }
  const Code* current = fallback != nullptr ? fallback : latest;
  if (current == nullptr) return;  // only "[---]": PETRARCH codes nothing for it

  std::vector<std::string> forms;
  for (std::string_view name : entry.names) {
    std::vector<std::string_view> acronyms;
    bool after_the = name.size() > 4 && (name.substr(0, 4) == "THE_" || name.substr(0, 4) == "THE ");
    std::string form = NewsCase(Plain(name, &acronyms), false, after_the);
    auto add = [&](std::string_view f) {
      if (!f.empty() && std::find(forms.begin(), forms.end(), f) == forms.end())
        forms.emplace_back(f);
    };
    add(form);
    for (auto a : acronyms) add(a);
  }
  forms.erase(std::remove_if(forms.begin(), forms.end(),
                             [&](const std::string& f) { return OursCompose(f); }),
              forms.end());
  if (forms.empty()) return;
  std::string where = path + ":" + std::to_string(entry.line);
  // An entry for a country, or for a person or organisation we have under
  // the same name, only adds names to ours: our codes and dates stand.
  const KnowledgeBase& kb = c_.kb();
  Entity e;
  if (IsPerson(entry)) {
    e.type = EntityType::kPerson;
    for (const Code& code : entry.codes) {
      if (kb.CountryByCode(std::string_view(code.code).substr(0, 3))) {
        e.country = code.code.substr(0, 3);
        break;
      }
    }
  } else {
    e.type = EntityType::kOrganization;
    e.country = HomeCountry(current->code);
  }
  std::optional<uint32_t> ours;
  if (e.type != EntityType::kPerson) ours = CountryOf(current->code, forms[0]);
  if (!ours) ours = Named(forms[0], e.type, e.country);
  // When the dictionary's codes come first, a name of ours of any other
  // kind ("Washington", a city of ours, "[USAGOV]" there) takes its code.
  bool codes_first = c_.petrarch_codes_first && e.type != EntityType::kPerson;
  if (!ours && codes_first) ours = Named(forms[0], std::nullopt);
  AliasTarget target;
  if (ours) {
    target.target = *ours;
    for (const auto& f : forms) c_.AddAlias(f, target, where);
    if (codes_first && c_.kb().entity(*ours).type != EntityType::kPerson)
      c_.SetCode(*ours, current->code);
    return;
  }
  e.name = NewsCase(Plain(entry.names[0], nullptr), true);
  if (e.name.empty()) e.name = forms[0];
  if (e.type == EntityType::kPerson) {
    e.code = fallback != nullptr ? fallback->code : e.country;
    // One role stands for every dated code: the code itself carries the
    // sector (its last letters), and the role has no words to be found by.
    if (!role_) role_ = c_.EnsureRole(std::string(kPetrarchRoleKey), "GOV");
    for (const Code& code : entry.codes) {
      if (code.dated) e.roles.push_back({*role_, code.code, code.period});
    }
  } else {
    e.code = current->code;
    e.kind = KindOfCode(current->code);
  }
  std::string own = NewsCase(Plain(entry.names[0], nullptr), false);
  for (const auto& f : forms) {
    if (f != own) e.aliases.push_back(f);
  }
  TsvRow row;
  row.path = &path;
  row.line = entry.line;
  target.target = c_.AddEntity(std::move(e), &row);
  for (const auto& f : forms) c_.AddAlias(f, target, where);
}

Status PetrarchLoader::LoadAgents(const std::string& path) {
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  std::unordered_map<std::string, std::vector<std::string>> sets;  // "!PERSON!" -> MAN, MEN...
  return ForEachLine(
      content.value(), /*semicolon=*/false,
      [&](size_t n, std::string_view line, std::string_view) -> Status {
        line = Trim(line);
        size_t bang = line.find('!');
        size_t eq = line.find('=');
        if (bang != npos && eq != npos) {  // "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
          size_t end = line.find('!', bang + 1);
          if (end == npos || eq < end)
            return LineError(path, n, "a substitution set is written \"!NAME! = WORD, WORD\"");
          auto& words = sets[std::string(line.substr(bang, end - bang + 1))];
          words.clear();
          for (auto w : SplitValues(line.substr(eq + 1), ',')) words.emplace_back(w);
          return Status::Ok();
        }
        // Like PETRARCH, skip an agent with no code (Phoenix has one unfinished
        // entry) and read a code left open to the end of the line ("[~ENV}").
        size_t open = line.find('[');
        if (open == npos) return Status::Ok();
        size_t close = std::min(line.find(']', open), line.size());
        std::string_view code = Trim(line.substr(open + 1, close - open - 1));
        std::string_view phrase = Trim(line.substr(0, open));
        std::vector<std::string> phrases;
        bool plural = true;
        if (size_t brace = phrase.find('{'); brace != npos) {  // "PHRASE {PLURAL}", "PHRASE {}"
          size_t end = phrase.find('}', brace);
          if (end == npos) return LineError(path, n, "'{' without '}'");
          std::string_view given = Trim(phrase.substr(brace + 1, end - brace - 1));
          if (!given.empty()) phrases.emplace_back(given);
          phrase = Trim(phrase.substr(0, brace));
          plural = false;
        }
        if (phrase.empty()) return LineError(path, n, "an agent code with no phrase before it");
        if (size_t mark = phrase.find('!'); mark != npos) {  // "DAIRY!PERSON!": one phrase a word
          size_t end = phrase.find('!', mark + 1);
          if (end == npos) return LineError(path, n, "a substitution marker is written !NAME!");
          std::string name(phrase.substr(mark, end - mark + 1));
          auto set = sets.find(name);
          if (set == sets.end()) return LineError(path, n, "unknown substitution set " + name);
          for (const auto& w : set->second) {
            phrases.push_back(std::string(phrase.substr(0, mark)) + w +
                              std::string(phrase.substr(end + 1)));
          }
          plural = false;
        } else {
          phrases.emplace_back(phrase);
        }
        if (plural) phrases.push_back(Plural(phrase));
        AliasTarget t;
        if (c_.petrarch_codes_first) {  // every agent, with its whole code
          // Like PETRARCH, a code that is neither "[~CODE]" nor "[CODE~]" codes nothing.
          std::string_view letters = code.substr(code.front() == '~', code.size() - 1);
          if (code.size() < 4 || (code.front() == '~') == (code.back() == '~') ||
              !std::all_of(letters.begin(), letters.end(), IsUpper))
            return Status::Ok();
          t.kind = AliasKind::kAgent;
          t.target = c_.AgentCode(code);
        } else if (code.size() == 4 && code[0] == '~' && KbCompiler::IsSector(code.substr(1))) {
          // Otherwise only "[~XXX]" with one sector of ours names a sector:
          // "[IGO~]" goes before the actor's code, "[~GOVMED]" has no sector here.
          t.kind = AliasKind::kSectorWord;
          for (size_t i = 0; i < 3; ++i) t.sector[i] = code[i + 1];
        } else {
          return Status::Ok();
        }
        std::string where = path + ":" + std::to_string(n);
        for (const auto& p : phrases) c_.AddAlias(AgentForm(p), t, where);
        return Status::Ok();
      });
}

}  // namespace

Status LoadPetrarchDictionaries(KbCompiler& compiler, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status(StatusCode::kNotFound, "PETRARCH dictionary folder not found").WithPath(dir);
  std::vector<std::pair<std::string, bool>> files;  // path, is an agents file
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file(ec)) continue;
    if (EndsWith(name, ".actors.txt"))
      files.emplace_back(e.path().string(), false);
    else if (EndsWith(name, "agents.txt"))
      files.emplace_back(e.path().string(), true);
  }
  if (files.empty()) {
    return Status(StatusCode::kNotFound,
                  "no PETRARCH dictionaries (*.actors.txt, *agents.txt) in the folder")
        .WithPath(dir);
  }
  std::sort(files.begin(), files.end());
  PetrarchLoader loader(compiler);
  for (const auto& [path, agents] : files)
    DOSSIER_RETURN_IF_ERROR(agents ? loader.LoadAgents(path) : loader.LoadActors(path));
  return Status::Ok();
}

}  // namespace dossier::kb
