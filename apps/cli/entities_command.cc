#include <fmt/format.h>

#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/engine_flags.h"
#include "cli/terminal.h"
#include "dossier/pipeline/analyzer.h"
#include "dossier/report/entity_json.h"

namespace dossier::cli {
namespace {

void PrintTable(const Article& a, const recognize::Recognition& r) {
  fmt::print("==> {} <==\n", a.path);
  fmt::print("{} ({}{})\n", a.meta.title.empty() ? "(no title)" : a.meta.title,
             a.meta.outlet.empty() ? "" : a.meta.outlet + ", ",
             a.meta.published.empty() ? "date unknown" : a.meta.published);
  for (const recognize::RecognizedEntity& e : r.entities) {
    if (e.mentions.empty()) continue;
    fmt::print("  {:<13} {:<9} {:<40} x{:<3} {:.2f}", e.type, e.code.empty() ? "-" : e.code,
               e.name, e.mentions.size(), e.confidence);
    if (!e.kind.empty()) fmt::print("  {}", e.kind);
    if (!e.role.empty()) fmt::print("  role={}", e.role);
    if (!e.affiliation.empty()) fmt::print("  at {}", e.affiliation);
    fmt::print("\n");
    if (!e.aliases.empty()) {
      std::string seen;
      for (const auto& s : e.aliases) seen += (seen.empty() ? "" : " | ") + s;
      fmt::print("  {:<13} also: {}\n", "", seen);
    }
    if (!e.note.empty()) fmt::print("  {:<13} note: {}\n", "", e.note);
  }
}

void PrintDates(std::string_view text, const std::vector<time::TimeMention>& times) {
  for (const time::TimeMention& t : times) {
    fmt::print("  {:<13} {:<21} \"{}\"{}{}\n", "date",
               t.end_date != t.start ? t.start + ".." + t.end_date : t.start,
               text.substr(t.begin, t.end - t.begin), t.relative ? "  relative" : "",
               t.year_inferred ? "  year inferred" : "");
  }
}

}  // namespace

int RunEntities(const Argv& argv) {
  std::vector<FlagSpec> flags = {
      {"json", false, "", "one JSON object per document: {\"article\",\"path\",\"entities\"}", ""},
      {"help", false, "", "show this help", ""},
  };
  for (auto& f : EngineFlags()) flags.push_back(f);
  static const std::string usage =
      "Usage: dossier entities INPUT... [--json]\n\n"
      "Reads and cleans each document and lists the entities found in it: type,\n"
      "actor code at the publication date, name, number of mentions, confidence,\n"
      "the forms seen, and notes (e.g. a name the knowledge base nearly knew).\n\n";
  Args args;
  if (auto stop = ParseCommandLine(argv, flags, usage, "INPUT", args)) return *stop;
  auto engine = LoadEngine(args);
  if (!engine) return kExitFailure;
  AnalyzeOptions options;
  options.inputs = args.positional();
  options.batch_size = 1;
  bool json = args.Has("json");
  RecognitionEngine::Scratch scratch;
  Analyzer analyzer(options, PrintWarning);
  auto stats = analyzer.Run([&](const Article& a) {
    engine->Process(a.text, PublicationDay(a.meta.published), scratch);
    if (!json) {
      PrintTable(a, scratch.recognition);
      PrintDates(a.text, scratch.times);
      return;
    }
    JsonWriter w(std::cout);
    w.BeginObject().Key("article").String(a.id).Key("path").String(a.path);
    w.Key("entities");
    WriteEntitiesJson(w, scratch.recognition, a.id, a.text);
    w.Key("dates");
    WriteDatesJson(w, scratch.times, a.text);
    w.EndObject();
    std::cout << '\n';
  });
  std::cout.flush();
  if (!stats.ok()) {
    PrintError(stats.status());
    return stats.status().code() == StatusCode::kNotFound ? kExitUsage : kExitFailure;
  }
  return stats->files_failed + stats->document_errors > 0 ? kExitPartial : kExitOk;
}

}  // namespace dossier::cli
