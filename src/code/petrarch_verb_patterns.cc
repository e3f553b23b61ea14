// PETRARCH verb blocks into our verb patterns: "- IN_* [075]" of the verb
// ACCORD becomes "in_*accord" under 075; "- + * FROM $ [066]" of FREE
// becomes "+ *free from $".
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include "dossier/text/lemmatizer.h"
#include "petrarch_verb_dictionary.h"

namespace dossier::code::petrarch {
namespace {

using text::WordClass;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular forms PETRARCH generates for a verb without irregular ones.
std::vector<std::string> RegularForms(const std::string& w) {
  if (w.size() < 2) return {};
  std::string stem_y = w.substr(0, w.size() - 1);
  bool consonant_y = w.back() == 'y' && !IsVowel(w[w.size() - 2]);
  bool sibilant = EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
                  EndsWith(w, "sh");
  std::string s = consonant_y ? stem_y + "ies" : sibilant ? w + "es" : w + "s";
  std::string ed = consonant_y ? stem_y + "ied" : w.back() == 'e' ? w + "d" : w + "ed";
  std::string ing = w.back() == 'e' && !EndsWith(w, "ee") ? stem_y + "ing" : w + "ing";
  return {s, ed, ing};
}

// A verb as written ("KLM_NOP_+RST", "LASH OUT", "+CRACKED_DOWN"): its
// words, lower case, and which is the verb (the one marked '+', else the
// first).
std::vector<std::string> VerbWords(std::string_view phrase, size_t& verb) {
  std::vector<std::string> words;
  verb = 0;
  for (size_t from = 0; from <= phrase.size();) {
    size_t end = std::min(phrase.find_first_of("_ \t", from), phrase.size());
    std::string_view w = phrase.substr(from, end - from);
    from = end + 1;
    if (w.empty()) continue;
    if (w[0] == '+') {
      verb = words.size();
      w.remove_prefix(1);
    }
    if (!w.empty()) words.push_back(Lower(w));
  }
  if (verb >= words.size()) verb = 0;
  return words;
}

// One verb of a block, ready to stand in a pattern.
struct Verb {
  std::vector<std::string> before, after;  // its own other words: "klm nop", "down"
  std::vector<std::string> lemmas;         // what it is registered under
  std::string code;                        // its default code
  bool ok = false;
};

Verb MakeVerb(const VerbLine& line, const std::string& block_code) {
  Verb v;
  size_t at = 0;
  std::vector<std::string> words = VerbWords(line.phrase, at);
  if (words.empty()) return v;
  v.before.assign(words.begin(), words.begin() + static_cast<long>(at));
  v.after.assign(words.begin() + static_cast<long>(at) + 1, words.end());
  const text::Lemmatizer lemmatizer;
  auto add = [&](const std::string& form) {
    std::string_view lemma = lemmatizer.Lemma(form, WordClass::kVerb);
    if (lemmatizer.IsLemma(lemma, WordClass::kVerb) &&
        std::find(v.lemmas.begin(), v.lemmas.end(), lemma) == v.lemmas.end())
      v.lemmas.emplace_back(lemma);
  };
  add(words[at]);
  std::vector<std::string> forms;
  for (const auto& f : line.forms) {
    size_t verb = 0;
    std::vector<std::string> fw = VerbWords(f, verb);
    if (!fw.empty()) forms.push_back(fw[verb]);
  }
  if (forms.empty()) forms = RegularForms(words[at]);
  for (const auto& f : forms) add(f);
  // Not a verb WordNet knows ("cordon"): the text's tokens keep
  // such words as written, so the verb is registered under each of its forms.
  if (v.lemmas.empty()) {
    v.lemmas.push_back(words[at]);
    for (const auto& f : forms) {
      if (std::find(v.lemmas.begin(), v.lemmas.end(), f) == v.lemmas.end()) v.lemmas.push_back(f);
    }
  }
  v.code = line.code.empty() ? block_code : line.code;
  v.ok = true;
  return v;
}

// A word set as our patterns can use it: one-word members form a set of
// ours; members of several words ("SWISS FRANCS", "DID N'T") become word
// sequences, one pattern each.
struct CompiledSet {
  std::vector<std::string> words;
  std::vector<std::string> sequences;  // "swiss_francs"
};

class Compiler {
 public:
  Compiler(const VerbDictionary& dict, const std::string& path, const PetrarchVerbOptions& options,
           EventPatterns& patterns, PetrarchVerbStats& stats)
      : dict_(dict),
        path_(path),
        file_(std::filesystem::path(path).filename().string()),
        options_(options),
        patterns_(patterns),
        stats_(stats) {}

  Status Run();

 private:
  // A pattern can ask for a word set's sequences one by one: at most this
  // many patterns come from one line and verb (the rest are counted).
  static constexpr size_t kMaxVariants = 16;

  void AddSets();
  void Expand(const std::string& name, int depth, CompiledSet& out);
  bool Render(const PatternLine& p, const Verb& v, std::vector<std::string>& out);
  std::string VerbText(const Verb& v) const;
  Status Add(const std::string& code, const std::string& pattern, size_t line, const Verb& v);

  const VerbDictionary& dict_;
  const std::string& path_;
  std::string file_;
  const PetrarchVerbOptions& options_;
  EventPatterns& patterns_;
  PetrarchVerbStats& stats_;
  std::unordered_map<std::string, const WordSet*> sets_;
  std::unordered_map<std::string, CompiledSet> compiled_;
};

// Element count of a pattern line: words and slots, "^" and the verb aside.
size_t Length(const PatternLine& p) {
  size_t n = 0;
  for (const auto& parts : p.pieces) {
    for (const auto& part : parts) n += part != "^" && part != "*";
  }
  return n;
}

// A block's patterns go in longest first (ties in file order), and each
// verb's default after them, as TABARI tries them: a pattern that also
// names a slot ("% * DIPLOMATIC") comes before the same words without it,
// and the default only codes a clause no pattern fits. Our own ordering
// (most words first) is stable, so it keeps this order among equals.
Status Compiler::Run() {
  AddSets();
  stats_.skipped_lines += dict_.skipped_lines;
  std::vector<std::string> texts;
  for (const VerbBlock& block : dict_.blocks) {
    ++stats_.blocks;
    std::vector<Verb> verbs;
    for (const VerbLine& line : block.verbs) verbs.push_back(MakeVerb(line, block.code));
    stats_.verbs += verbs.size();
    std::vector<const PatternLine*> order;
    for (const PatternLine& p : block.patterns) order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const PatternLine* a, const PatternLine* b) {
      return Length(*a) > Length(*b);
    });
    for (const PatternLine* p : order) {
      ++stats_.dictionary_patterns;
      for (const Verb& v : verbs) {
        if (!v.ok) continue;
        if (!Render(*p, v, texts)) {
          ++stats_.unknown_set_patterns;
          break;
        }
        for (const std::string& text : texts)
          DOSSIER_RETURN_IF_ERROR(Add(p->code, text, p->line, v));
      }
    }
    for (size_t i = 0; i < verbs.size(); ++i) {
      const Verb& v = verbs[i];
      if (v.ok && v.code != "---")
        DOSSIER_RETURN_IF_ERROR(Add(v.code, VerbText(v), block.verbs[i].line, v));
    }
  }
  return Status::Ok();
}

void Compiler::AddSets() {
  for (const WordSet& s : dict_.sets) sets_[s.name] = &s;
  for (const WordSet& s : dict_.sets) {
    ++stats_.synsets;
    CompiledSet set;
    Expand(s.name, 0, set);
    patterns_.AddSynset(options_.synset_prefix + s.name, set.words);
    compiled_[s.name] = std::move(set);
  }
}

void Compiler::Expand(const std::string& name, int depth, CompiledSet& out) {
  auto it = sets_.find(name);
  if (it == sets_.end() || depth > 8) return;
  for (const std::string& m : it->second->members) {
    if (!m.empty() && m[0] == '&') {
      std::string inner = m.substr(1);
      for (char& c : inner) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      while (!inner.empty() && inner.back() == '_') inner.pop_back();
      Expand(inner, depth + 1, out);
      continue;
    }
    size_t verb = 0;
    std::vector<std::string> words = VerbWords(m, verb);
    if (words.empty()) continue;
    std::string joined = words[0];
    for (size_t i = 1; i < words.size(); ++i) {
      joined += '_';
      joined += words[i];
    }
    auto& list = words.size() == 1 ? out.words : out.sequences;
    if (std::find(list.begin(), list.end(), joined) != list.end()) continue;
    list.push_back(std::move(joined));
    if (depth == 0 && words.size() > 1) ++stats_.sequence_members;
  }
}

std::string Compiler::VerbText(const Verb& v) const {
  std::string out;
  for (const auto& w : v.before) {
    out += w;
    out += '_';
  }
  out += '*';
  for (size_t i = 0; i < v.lemmas.size(); ++i) {
    if (i > 0) out += '|';
    out += v.lemmas[i];
  }
  for (const auto& w : v.after) {
    out += '_';
    out += w;
  }
  return out;
}

// The patterns in our syntax for verb `v`, one per choice of a word set's
// sequence; false when the line names a word set the dictionary does not
// define. A set's name may hold '_' itself ("&FIGHT_OF_WORDS"): the longest
// defined name wins.
bool Compiler::Render(const PatternLine& p, const Verb& v, std::vector<std::string>& out) {
  out.assign(1, "");
  bool piece_start = true;
  auto append = [&](const std::vector<std::string>& options) {
    std::vector<std::string> next;
    for (const std::string& prefix : out) {
      for (const std::string& o : options) {
        if (next.size() == kMaxVariants) {
          ++stats_.truncated_variants;
          break;
        }
        std::string joined = prefix;
        if (!joined.empty()) joined += piece_start ? ' ' : '_';
        next.push_back(joined + o);
      }
    }
    out = std::move(next);
    piece_start = false;
  };
  for (const auto& parts : p.pieces) {
    piece_start = true;
    for (size_t i = 0; i < parts.size(); ++i) {
      const std::string& part = parts[i];
      if (part == "^") continue;
      if (part == "*") {
        append({VerbText(v)});
      } else if (part == "$" || part == "+" || part == "%") {
        append({part});
      } else if (part[0] == '&') {
        std::string name = part.substr(1), longest;
        size_t used = i;
        for (size_t j = i; j < parts.size(); ++j) {
          if (j > i) {
            name += '_';
            name += parts[j];
          }
          if (sets_.count(name) != 0) {
            longest = name;
            used = j;
          }
        }
        if (longest.empty()) return false;
        const CompiledSet& set = compiled_[longest];
        std::vector<std::string> options = set.sequences;
        if (!set.words.empty())
          options.insert(options.begin(), "&" + options_.synset_prefix + longest);
        if (options.empty()) options.push_back("&" + options_.synset_prefix + longest);
        append(options);
        i = used;
      } else {
        std::string word = Lower(part);
        std::replace(word.begin(), word.end(), '/', '|');
        append({word});
      }
    }
  }
  return true;
}

Status Compiler::Add(const std::string& code, const std::string& pattern, size_t line,
                     const Verb& v) {
  Status st = patterns_.AddVerbPattern(code, pattern, fmt::format("{}:{}", file_, line));
  if (!st.ok())
    return Status(StatusCode::kCorruptInput, st.message())
        .WithPath(path_)
        .WithLine(static_cast<int64_t>(line));
  stats_.patterns += v.lemmas.size();
  return Status::Ok();
}

}  // namespace

Status Compile(const VerbDictionary& dict, const std::string& path,
               const PetrarchVerbOptions& options, EventPatterns& patterns,
               PetrarchVerbStats& stats) {
  return Compiler(dict, path, options, patterns, stats).Run();
}

}  // namespace dossier::code::petrarch
