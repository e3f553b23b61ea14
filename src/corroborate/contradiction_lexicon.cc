// Loading the cue lists of data/corroborate/ (formats in the files' headers
// and docs/stories.md) and the kind hierarchy of weapon systems.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "contradiction_context.h"
#include "dossier/kb/tsv.h"

namespace dossier::corroborate::contra {
namespace {

using kb::TsvRow;

void SortLongestFirst(auto& pairs) {
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

// Fields up to the last one given (ForEachRow pads rows to the widest).
size_t Given(const TsvRow& row) {
  size_t n = row.fields.size();
  while (n > 0 && row.fields[n - 1].empty()) --n;
  return n;
}

Status ParseNumber(const TsvRow& row, std::string_view field, double& out) {
  auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), out);
  if (ec != std::errc() || end != field.data() + field.size()) {
    return row.Error(fmt::format("\"{}\" is not a number", field));
  }
  return Status::Ok();
}

Status AddSystemRow(const TsvRow& row, Lexicon& lex) {
  const auto& f = row.fields;
  if (f[0] == "kind" && Given(row) == 4) {
    lex.kinds[std::string(f[1])] = SystemKind{std::string(f[2]), std::string(f[3])};
  } else if (f[0] == "phrase" && Given(row) == 3) {
    lex.kind_phrases.emplace_back(Lower(f[1]), std::string(f[2]));
  } else if (f[0] == "overlap" && Given(row) == 3) {
    lex.kind_overlaps.emplace_back(std::string(f[1]), std::string(f[2]));
  } else {
    return row.Error("expected kind KIND PARENT LABEL, phrase WORDS KIND or overlap KIND KIND");
  }
  return Status::Ok();
}

bool IsCueKind(std::string_view kind) {
  static const std::string_view kKinds[] = {"future", "reported", "hypothetical", "negated", "denied",
                                            "begun", "done_context", "planned_noun", "org_noun",
                                            "org_modifier", "link", "clause_break"};
  return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

Status AddOrderRow(const TsvRow& row, Lexicon& lex) {
  const auto& f = row.fields;
  if (f[0] == "act" && Given(row) == 4) {
    lex.acts.push_back({std::string(f[1]), Lower(f[2]), std::string(f[3])});
  } else if (f[0] == "cue" && Given(row) == 3) {
    double weight = 0;
    DOSSIER_RETURN_IF_ERROR(ParseNumber(row, f[2], weight));
    lex.order_cues.push_back({Lower(f[1]), static_cast<int>(weight)});
  } else {
    return row.Error("expected act CAMEO TRIGGER PHRASE or cue WORDS WEIGHT");
  }
  return Status::Ok();
}

Status AddStatusRow(const TsvRow& row, Lexicon& lex) {
  const auto& f = row.fields;
  auto action = [&](std::string_view key) {
    auto& list = lex.status_actions;
    auto it = std::find_if(list.begin(), list.end(), [&](const StatusAction& a) { return a.key == key; });
    return it == list.end() ? nullptr : &*it;
  };
  auto add_words = [](std::string_view field, std::vector<std::string>& out) {
    for (std::string_view w : kb::SplitValues(field)) out.push_back(Lower(w));
  };
  if (f[0] == "action" && Given(row) == 5) {
    StatusAction a{std::string(f[1]), {}, {}, std::string(f[3]), std::string(f[4]), {}, {}};
    add_words(f[2], a.stems);
    lex.status_actions.push_back(std::move(a));
  } else if (f[0] == "noun" && Given(row) == 3 && action(f[1]) != nullptr) {
    add_words(f[2], action(f[1])->nouns);
  } else if (f[0] == "partial" && Given(row) == 4 && action(f[1]) && action(f[2])) {
    action(f[1])->part_of = std::string(f[2]);
    action(f[2])->partial = std::string(f[3]);
  } else if (f[0] == "past" && Given(row) == 2) {
    add_words(f[1], lex.past_words);
  } else if (f[0] == "cue" && Given(row) == 3 && IsCueKind(f[1])) {
    add_words(f[2], lex.status_cues[std::string(f[1])]);
  } else if (f[0] == "settled" && Given(row) == 2) {
    lex.settled_codes.emplace_back(f[1]);
  } else {
    return row.Error(
        "expected action KEY WORDS DONE PLANNED, noun KEY WORDS, partial KEY OF PHRASE (known "
        "actions), past WORDS, cue KIND WORDS (known kinds) or settled CAMEO");
  }
  return Status::Ok();
}

Status AddQuantityRow(const TsvRow& row, Lexicon& lex) {
  const auto& f = row.fields;
  if (f[0] == "number" && (Given(row) == 3 || Given(row) == 5)) {
    NumberWord n;
    DOSSIER_RETURN_IF_ERROR(ParseNumber(row, f[2], n.value));
    n.low = n.high = n.value;
    if (Given(row) == 5) {
      DOSSIER_RETURN_IF_ERROR(ParseNumber(row, f[3], n.low));
      DOSSIER_RETURN_IF_ERROR(ParseNumber(row, f[4], n.high));
    }
    lex.number_words[Lower(f[1])] = n;
  } else if (f[0] == "qualifier" && Given(row) == 3) {
    static const std::pair<std::string_view, Qualifier> kKinds[] = {
        {"more", Qualifier::kMore}, {"least", Qualifier::kLeast}, {"most", Qualifier::kMost},
        {"less", Qualifier::kLess}, {"about", Qualifier::kAbout}};
    auto it = std::find_if(std::begin(kKinds), std::end(kKinds),
                           [&](const auto& k) { return k.first == f[2]; });
    if (it == std::end(kKinds)) return row.Error(fmt::format("unknown qualifier kind \"{}\"", f[2]));
    lex.qualifiers.emplace_back(Lower(f[1]), it->second);
  } else if (f[0] == "counted" && Given(row) == 2) {
    auto nouns = kb::SplitValues(f[1]);
    for (std::string_view n : nouns) lex.counted[Lower(n)] = Lower(nouns.front());
  } else {
    return row.Error("expected number WORD VALUE [LOW HIGH], qualifier WORDS KIND or counted WORDS");
  }
  return Status::Ok();
}

Status AddDateRow(const TsvRow& row, Lexicon& lex) {
  if (row.fields[0] != "recurrent") return row.Error("expected recurrent CAMEO");
  lex.recurrent_codes.emplace_back(row.fields[1]);
  return Status::Ok();
}

Status CheckKinds(const std::string& path, const Lexicon& lex) {
  auto known = [&](const std::string& k) { return lex.kinds.count(k) > 0; };
  for (const auto& [name, kind] : lex.kinds) {
    if (!kind.parent.empty() && !known(kind.parent)) {
      return Status(StatusCode::kCorruptInput,
                    fmt::format("kind {} has unknown parent {}", name, kind.parent))
          .WithPath(path);
    }
  }
  for (const auto& [words, kind] : lex.kind_phrases) {
    if (!known(kind)) {
      return Status(StatusCode::kCorruptInput, fmt::format("phrase \"{}\": unknown kind {}", words, kind))
          .WithPath(path);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lex;
  auto load = [&](const char* name, size_t min, size_t max, auto add) {
    return kb::ForEachRow(dir + "/" + name, min, max,
                          [&](const TsvRow& row) { return add(row, lex); });
  };
  DOSSIER_RETURN_IF_ERROR(load("system_kinds.tsv", 3, 4, AddSystemRow));
  DOSSIER_RETURN_IF_ERROR(CheckKinds(dir + "/system_kinds.tsv", lex));
  DOSSIER_RETURN_IF_ERROR(load("order_cues.tsv", 3, 4, AddOrderRow));
  DOSSIER_RETURN_IF_ERROR(load("status_actions.tsv", 2, 5, AddStatusRow));
  DOSSIER_RETURN_IF_ERROR(load("quantities.tsv", 2, 5, AddQuantityRow));
  DOSSIER_RETURN_IF_ERROR(load("date_events.tsv", 2, 2, AddDateRow));
  SortLongestFirst(lex.kind_phrases);
  SortLongestFirst(lex.qualifiers);
  return lex;
}

const std::vector<std::string>& Lexicon::Cues(const std::string& kind) const {
  static const std::vector<std::string> kNone;
  auto it = status_cues.find(kind);
  return it == status_cues.end() ? kNone : it->second;
}

bool Lexicon::IsAncestor(std::string_view ancestor, std::string_view kind) const {
  std::string k(kind);
  for (int depth = 0; depth < 16 && !k.empty(); ++depth) {
    if (k == ancestor) return true;
    auto it = kinds.find(k);
    if (it == kinds.end()) return false;
    k = it->second.parent;
  }
  return false;
}

bool Lexicon::KindsAgree(std::string_view a, std::string_view b) const {
  if (IsAncestor(a, b) || IsAncestor(b, a)) return true;
  for (const auto& [x, y] : kind_overlaps) {
    // An overlap holds for the two kinds and every refinement of them.
    if ((IsAncestor(x, a) && IsAncestor(y, b)) || (IsAncestor(y, a) && IsAncestor(x, b))) return true;
  }
  return false;
}

}  // namespace dossier::corroborate::contra
