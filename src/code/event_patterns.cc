#include "dossier/code/event_patterns.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "dossier/kb/tsv.h"

namespace dossier::code {
namespace {

using Kind = PatternElement::Kind;

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "take_part" -> {"take", "part"}; a word set's name keeps its '_'
// ("&DIP_VISIT_in" -> {"&DIP_VISIT", "in"}: set names are upper case).
std::vector<std::string_view> SplitAdjacent(std::string_view piece) {
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i < piece.size()) {
    size_t j = i;
    if (piece[i] == '&') {
      j = i + 1;
      while (j < piece.size() && ((piece[j] >= 'A' && piece[j] <= 'Z') ||
                                  (piece[j] >= '0' && piece[j] <= '9') ||
                                  (piece[j] == '_' && j + 1 < piece.size() &&
                                   piece[j + 1] >= 'A' && piece[j + 1] <= 'Z')))
        ++j;
    } else {
      while (j < piece.size() && piece[j] != '_') ++j;
    }
    if (j > i) parts.push_back(piece.substr(i, j - i));
    i = j < piece.size() && piece[j] == '_' ? j + 1 : j;
  }
  return parts;
}

const std::vector<VerbPattern> kNoVerbPatterns;
const std::vector<const NounPattern*> kNoNounPatterns;

}  // namespace

bool VerbPattern::HasTarget() const {
  auto is_target = [](const PatternElement& e) {
    return e.kind == Kind::kTarget || e.kind == Kind::kIgo;
  };
  // After the verb, '%' is a compound target ("agree with %").
  auto is_target_after = [&](const PatternElement& e) {
    return is_target(e) || e.kind == Kind::kCompound;
  };
  return std::any_of(before.begin(), before.end(), is_target) ||
         std::any_of(after.begin(), after.end(), is_target_after);
}

bool VerbPattern::HasSourceAfter() const {
  return std::any_of(after.begin(), after.end(),
                     [](const PatternElement& e) { return e.kind == Kind::kSource; });
}

void EventPatterns::AddSynset(std::string name, std::vector<std::string> words) {
  synsets_[std::move(name)] = std::move(words);
}

// Reads "$ supply &WEAPON to +": the first plain word is the verb, unless a
// word is marked as the verb with '*' ("not *cooperate with +"); words
// joined by '_' must be adjacent; '|' separates alternatives.
Status EventPatterns::AddVerbPattern(std::string_view code, std::string_view pattern,
                                     std::string where) {
  auto fail = [&](const std::string& why) {
    return Status(StatusCode::kCorruptInput, fmt::format("pattern \"{}\": {}", pattern, why))
        .WithPath(where);
  };
  // "withdraw|pull_out from +": alternatives of different lengths become
  // one pattern each.
  std::vector<std::string_view> pieces = kb::SplitValues(pattern, ' ');
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::string_view piece = pieces[i];
    if (piece.find('|') == std::string_view::npos || piece[0] == '&' ||
        piece.find('_') == std::string_view::npos)
      continue;
    for (std::string_view alt : kb::SplitValues(piece, '|')) {
      std::string expanded;
      for (size_t j = 0; j < pieces.size(); ++j) {
        if (j > 0) expanded += ' ';
        expanded += j == i ? alt : pieces[j];
      }
      if (Status st = AddVerbPattern(code, expanded, where); !st.ok()) return st;
    }
    return Status::Ok();
  }
  VerbPattern p;
  p.code = std::string(code);
  if (auto colon = p.code.find(':'); colon != std::string::npos) {
    p.paired_code = p.code.substr(colon + 1);
    p.code.resize(colon);
  }
  p.where = where;
  p.text = std::string(pattern);
  std::vector<std::string> verbs;
  const bool marked = pattern.find('*') != std::string_view::npos;
  for (std::string_view piece : kb::SplitValues(pattern, ' ')) {
    bool first_part = true;
    for (std::string_view part : SplitAdjacent(piece)) {
      if (part[0] == '*') {
        if (!verbs.empty()) return fail("two verbs marked '*'");
        for (std::string_view alt : kb::SplitValues(part.substr(1), '|')) verbs.push_back(Lower(alt));
        if (verbs.empty()) return fail("'*' without a verb");
        p.verb_joined = !first_part && !p.before.empty();
        first_part = false;
        continue;
      }
      PatternElement e;
      e.adjacent = !first_part;
      first_part = false;
      if (part == "$") e.kind = Kind::kSource;
      else if (part == "+") e.kind = Kind::kTarget;
      else if (part == "%") e.kind = Kind::kCompound;
      else if (part == "@weapon") e.kind = Kind::kWeapon;
      else if (part == "@igo") e.kind = Kind::kIgo;
      else if (part[0] == '&') {
        auto it = synsets_.find(std::string(part.substr(1)));
        if (it == synsets_.end()) return fail(fmt::format("unknown word set {}", part));
        e.words = it->second;
      } else {
        for (std::string_view alt : kb::SplitValues(part, '|')) e.words.push_back(Lower(alt));
      }
      bool verb_here = !marked && verbs.empty() && e.kind == Kind::kWords && part[0] != '&';
      if (verb_here) {
        verbs = e.words;
        continue;
      }
      if (e.kind == Kind::kWords || e.kind == Kind::kWeapon || e.kind == Kind::kIgo) ++p.specificity;
      (verbs.empty() ? p.before : p.after).push_back(std::move(e));
    }
  }
  if (verbs.empty()) return fail("no verb");
  for (const std::string& v : verbs) {
    VerbPattern copy = p;
    copy.verb = v;
    verbs_[v].push_back(std::move(copy));
  }
  return Status::Ok();
}

void EventPatterns::Finish() {
  for (auto& [verb, list] : verbs_) {
    std::stable_sort(list.begin(), list.end(), [](const VerbPattern& a, const VerbPattern& b) {
      return a.specificity > b.specificity;
    });
  }
  noun_index_.clear();
  for (const NounPattern& n : nouns_) {
    for (const std::string& w : n.nouns) noun_index_[w].push_back(&n);
  }
}

size_t EventPatterns::verb_pattern_count() const {
  size_t n = 0;
  for (const auto& [verb, list] : verbs_) n += list.size();
  return n;
}

const std::vector<VerbPattern>& EventPatterns::ForVerb(std::string_view lemma) const {
  auto it = verbs_.find(std::string(lemma));
  return it == verbs_.end() ? kNoVerbPatterns : it->second;
}

const std::vector<const NounPattern*>& EventPatterns::ForNoun(std::string_view lemma) const {
  auto it = noun_index_.find(std::string(lemma));
  return it == noun_index_.end() ? kNoNounPatterns : it->second;
}

std::string_view EventPatterns::RecodeFor(std::string_view code, Modality modality) const {
  if (!intent_recoding_) return code;
  if (modality != Modality::kPlanned && modality != Modality::kThreatened) return code;
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = recode_.find(std::string(code.substr(0, n)));
    if (it == recode_.end()) continue;
    const std::string& to = modality == Modality::kPlanned ? it->second.planned : it->second.threatened;
    return to.empty() ? code : std::string_view(to);
  }
  return code;
}

std::string_view EventPatterns::DemandFor(std::string_view code) const {
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = recode_.find(std::string(code.substr(0, n)));
    if (it != recode_.end() && !it->second.demanded.empty()) return it->second.demanded;
  }
  return "100";
}

ClauseParser::Lexicon ParserLexicon(const EventPatterns& patterns) {
  auto in = [&patterns](std::string_view name) -> ClauseParser::IsWord {
    const std::vector<std::string>* words = patterns.Synset(name);
    if (words == nullptr) return {};
    return [words](std::string_view lemma) {
      return std::find(words->begin(), words->end(), lemma) != words->end();
    };
  };
  return {in("OBJECT_CONTROL"), in("ISSUE_VERB"), in("DOCUMENT_NOUN")};
}

const ModalityCue* EventPatterns::Cue(std::string_view lemma) const {
  auto it = cues_.find(std::string(lemma));
  return it == cues_.end() ? nullptr : &it->second;
}

}  // namespace dossier::code
