// Reading data/events: the files behind EventPatterns.
#include <fmt/format.h>

#include <filesystem>

#include "dossier/code/event_patterns.h"
#include "dossier/kb/tsv.h"

namespace dossier::code {
namespace {

std::string FileName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

}  // namespace

Result<EventPatterns> EventPatterns::Load(const std::string& dir, PatternParts parts) {
  EventPatterns p;
  auto cameo = CameoCodes::Load(dir + "/cameo.tsv");
  if (!cameo.ok()) return cameo.status();
  p.cameo_ = std::move(*cameo);
  if (Status st = p.LoadSynsets(dir + "/synsets.tsv"); !st.ok()) return st;
  if (Status st = p.LoadModality(dir + "/modality.tsv"); !st.ok()) return st;
  if (Status st = p.LoadIntent(dir + "/intent.tsv"); !st.ok()) return st;
  p.intent_recoding_ = parts.intent_recoding;
  std::vector<std::string> files;
  if (parts.verb_patterns) files = kb::TsvFilesIn(dir + "/patterns");
  if (files.empty() && parts.verb_patterns)
    return Status(StatusCode::kNotFound, "no pattern files").WithPath(dir + "/patterns");
  // Word sets defined in pattern files may be used by any file: read them first.
  for (const std::string& f : files) {
    Status st = kb::ForEachRow(f, 1, 3, [&](const kb::TsvRow& row) -> Status {
      if (row.fields[0].empty() || row.fields[0][0] != '&') return Status::Ok();
      if (row.fields.size() < 2) return row.Error("a word set needs its words");
      std::string name(row.fields[0].substr(1));
      if (p.synsets_.count(name) != 0) return row.Error(fmt::format("word set &{} defined twice", name));
      std::vector<std::string> words;
      for (auto w : kb::SplitValues(row.fields[1])) words.emplace_back(w);
      p.AddSynset(std::move(name), std::move(words));
      return Status::Ok();
    });
    if (!st.ok()) return st;
  }
  for (const std::string& f : files) {
    if (Status st = p.LoadPatternFile(f, "patterns/" + FileName(f)); !st.ok()) return st;
  }
  if (parts.noun_patterns && std::filesystem::exists(dir + "/nouns.tsv")) {
    if (Status st = p.LoadNouns(dir + "/nouns.tsv", "nouns.tsv"); !st.ok()) return st;
  }
  p.Finish();
  return p;
}

Status EventPatterns::LoadSynsets(const std::string& path) {
  if (!std::filesystem::exists(path)) return Status::Ok();
  return kb::ForEachRow(path, 2, 2, [&](const kb::TsvRow& row) -> Status {
    std::string name(row.fields[0]);
    if (synsets_.count(name) != 0) return row.Error(fmt::format("word set {} defined twice", name));
    std::vector<std::string> words;
    for (auto w : kb::SplitValues(row.fields[1])) words.emplace_back(w);
    AddSynset(std::move(name), std::move(words));
    return Status::Ok();
  });
}

Status EventPatterns::LoadModality(const std::string& path) {
  if (!std::filesystem::exists(path)) return Status::Ok();
  return kb::ForEachRow(path, 3, 3, [&](const kb::TsvRow& row) -> Status {
    ModalityCue cue;
    std::string_view kind = row.fields[0];
    if (kind == "govern") cue.kind = ModalityCue::Kind::kGovern;
    else if (kind == "adverb") cue.kind = ModalityCue::Kind::kAdverb;
    else if (kind == "modal") cue.kind = ModalityCue::Kind::kModal;
    else if (kind == "report") cue.kind = ModalityCue::Kind::kReport;
    else return row.Error(fmt::format("unknown kind \"{}\" (govern, adverb, modal, report)", kind));
    if (!ParseModality(row.fields[2], cue.modality))
      return row.Error(fmt::format("unknown modality \"{}\"", row.fields[2]));
    for (auto w : kb::SplitValues(row.fields[1])) cues_[std::string(w)] = cue;
    return Status::Ok();
  });
}

Status EventPatterns::LoadIntent(const std::string& path) {
  if (!std::filesystem::exists(path)) return Status::Ok();
  return kb::ForEachRow(path, 3, 4, [&](const kb::TsvRow& row) -> Status {
    for (size_t f = 0; f < row.fields.size(); ++f) {
      if (!row.fields[f].empty() && cameo_.Find(row.fields[f]) == nullptr)
        return row.Error(fmt::format("unknown CAMEO code \"{}\"", row.fields[f]));
    }
    if (row.fields[0].empty()) return row.Error("no code");
    recode_[std::string(row.fields[0])] = {
        std::string(row.fields[1]), std::string(row.fields[2]),
        row.fields.size() > 3 ? std::string(row.fields[3]) : std::string()};
    return Status::Ok();
  });
}

Status EventPatterns::LoadPatternFile(const std::string& path, const std::string& where) {
  return kb::ForEachRow(path, 1, 3, [&](const kb::TsvRow& row) -> Status {
    std::string_view code = row.fields[0];
    if (!code.empty() && code[0] == '&') return Status::Ok();  // a word set, read already
    if (row.fields.size() < 2) return row.Error("expected CODE<TAB>PATTERN");
    std::string_view first = code.substr(0, code.find(':'));
    if (first != "---" && cameo_.Find(first) == nullptr)
      return row.Error(fmt::format("unknown CAMEO code \"{}\"", code));
    Status st = AddVerbPattern(code, row.fields[1], fmt::format("{}:{}", where, row.line));
    if (!st.ok()) return row.Error(st.message());
    return Status::Ok();
  });
}

Status EventPatterns::LoadNouns(const std::string& path, const std::string& where) {
  return kb::ForEachRow(path, 4, 4, [&](const kb::TsvRow& row) -> Status {
    NounPattern n;
    n.code = std::string(row.fields[0]);
    if (cameo_.Find(n.code) == nullptr)
      return row.Error(fmt::format("unknown CAMEO code \"{}\"", n.code));
    for (auto w : kb::SplitValues(row.fields[1])) n.nouns.emplace_back(w);
    for (auto group : kb::SplitValues(row.fields[2], ' ')) {
      for (auto m : kb::SplitValues(group, '|')) {
        if (m == "'s") n.source_possessive = true;
        else if (m == "adj") n.source_adjective = true;
        else n.source_preps.emplace_back(m);
      }
    }
    for (auto m : kb::SplitValues(row.fields[3], '|')) {
      for (auto t : kb::SplitValues(m, ' ')) n.target_preps.emplace_back(t);
    }
    n.where = fmt::format("{}:{}", where, row.line);
    if (n.nouns.empty()) return row.Error("no noun");
    nouns_.push_back(std::move(n));
    return Status::Ok();
  });
}

}  // namespace dossier::code
