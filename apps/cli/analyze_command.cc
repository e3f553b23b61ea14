#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/engine_flags.h"
#include "cli/terminal.h"
#include "dossier/pipeline/analyzer.h"
#include "dossier/pipeline/dossier_builder.h"
#include "dossier/pipeline/story_assembler.h"
#include "dossier/report/article_json.h"
#include "dossier/report/story_markdown.h"

namespace dossier::cli {
namespace {

const std::vector<FlagSpec>& AnalyzeFlags() {
  static const std::vector<FlagSpec> flags = [] {
    std::vector<FlagSpec> f = {
      {"out", true, "DIR", "folder for the dossier files", "dossier-out"},
      {"json", true, "FILE", "write the JSON dossier here ('-' for stdout)", ""},
      {"db", true, "FILE", "SQLite archive to add the articles to (default: DIR/dossier.db)", ""},
      {"batch", true, "N", "documents per database transaction", "256"},
      {"max-article-bytes", true, "N", "skip documents larger than this", "8388608"},
      {"repair-utf8", false, "", "replace invalid UTF-8 instead of rejecting the document", ""},
      {"reference-register", true, "FILE",
       "SIPRI arms-transfer register (CSV) to check the transfers against", ""},
      {"window-days", true, "N",
       "a dated article joins only a story with articles within N days of it (0: no window)",
       "30"},
      {"quiet", false, "", "no progress bar or summary", ""},
      {"help", false, "", "show this help", ""},
    };
    for (auto& e : EngineFlags()) f.push_back(e);
    return f;
  }();
  return flags;
}

constexpr const char* kAnalyzeUsage =
    "Usage: dossier analyze INPUT... [options]\n\n"
    "Reads news articles (files, folders, globs, or - for stdin; .txt, .html,\n"
    ".jsonl, .warc and their .gz), removes site chrome, stores them and writes\n"
    "the dossier: articles grouped into stories, each story's facts merged\n"
    "across outlets with their independent sources, contradictions, a timeline\n"
    "and a summary. Writes DIR/dossier.json, DIR/index.md and one DIR/sN.md per\n"
    "story (DIR is --out).\n\n";

constexpr const char* kIngestUsage =
    "Usage: dossier ingest INPUT... [options]\n\n"
    "Reads, cleans and stores articles in the SQLite archive, writing no dossier.\n\n";

void PrintSummary(const AnalyzeStats& s, const std::string& db, const std::string& json) {
  fmt::print(stderr,
             "{} files ({} unreadable), {} documents ({} rejected), {} articles "
             "({} exact duplicates), {} in {:.2f}s\n",
             s.files, s.files_failed, s.documents, s.document_errors, s.articles,
             s.duplicates, HumanBytes(static_cast<double>(s.input_bytes)), s.seconds);
  if (!db.empty()) {
    fmt::print(stderr, "database: {} ({} new, {} already stored)\n", db, s.stored_new,
               s.stored_existing);
  }
  if (!json.empty() && json != "-") fmt::print(stderr, "dossier JSON: {}\n", json);
}

// Builds each story's dossier, adds it to the JSON and writes its Markdown
// file into `out_dir`. Returns the number of stories.
Result<size_t> WriteStories(StoryAssembler& assembler, const RecognitionEngine& engine,
                            const DossierBuilder& builder, const std::string& out_dir,
                            AnalysisJsonStream& json) {
  assembler.RedateUndated(engine);
  std::vector<corroborate::StoryDossier> dossiers = assembler.Dossiers();
  for (corroborate::StoryDossier& d : dossiers) {
    builder.Build(d);
    json.AddStory(d);
    std::string path = out_dir + "/" + d.id + ".md";
    std::ofstream md(path, std::ios::binary | std::ios::trunc);
    if (md) WriteStoryMarkdown(md, d);
    if (!md) return Status(StatusCode::kIoError, "cannot write").WithPath(path);
  }
  std::string index = out_dir + "/index.md";
  std::ofstream md(index, std::ios::binary | std::ios::trunc);
  if (md) WriteStoryIndexMarkdown(md, dossiers);
  if (!md) return Status(StatusCode::kIoError, "cannot write").WithPath(index);
  return dossiers.size();
}

int RunPipeline(const Argv& argv, bool write_json) {
  Args parsed;
  if (auto stop = ParseCommandLine(argv, AnalyzeFlags(), write_json ? kAnalyzeUsage : kIngestUsage,
                                   "INPUT", parsed)) {
    return *stop;
  }
  const Args* args = &parsed;
  auto batch = args->GetInt("batch");
  auto max_bytes = args->GetInt("max-article-bytes");
  auto window = args->GetInt("window-days");
  if (!batch.ok() || !max_bytes.ok() || !window.ok() || *batch == 0) {
    PrintError(!batch.ok() ? batch.status() : !max_bytes.ok() ? max_bytes.status()
               : !window.ok() ? window.status()
               : Status(StatusCode::kInvalidArgument, "--batch must be at least 1"));
    return kExitUsage;
  }
  std::string out_dir = args->Get("out");
  std::string db = args->Has("db") ? args->Get("db") : out_dir + "/dossier.db";
  std::string json_path = args->Has("json") ? args->Get("json") : out_dir + "/dossier.json";
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    PrintError(Status(StatusCode::kIoError, "cannot create output folder: " + ec.message()).WithPath(out_dir));
    return kExitFailure;
  }

  AnalyzeOptions options;
  options.inputs = args->positional();
  options.db_path = db;
  options.batch_size = static_cast<size_t>(*batch);
  options.read.max_article_bytes = static_cast<size_t>(*max_bytes);
  options.read.repair_utf8 = args->Has("repair-utf8");
  bool quiet = args->Has("quiet");
  ProgressBar bar(!quiet);
  Analyzer analyzer(options, PrintWarning, [&](const Progress& p) { bar.Update(p); });

  std::ofstream file;
  std::ostream* out = nullptr;
  if (write_json) {
    if (json_path == "-") {
      out = &std::cout;
    } else {
      // Written beside the target and renamed at the end: a killed run never
      // leaves a truncated dossier behind.
      file.open(json_path + ".partial", std::ios::binary | std::ios::trunc);
      if (!file) {
        PrintError(Status(StatusCode::kIoError, "cannot write").WithPath(json_path));
        return kExitFailure;
      }
      out = &file;
    }
  }
  // Entities are recognised only for the dossier; `ingest` stores articles alone.
  std::unique_ptr<RecognitionEngine> engine;
  std::unique_ptr<DossierBuilder> builder;
  if (write_json) {
    engine = LoadEngine(*args);
    if (!engine) return kExitFailure;
    DossierOptions dossier_options;
    dossier_options.reference_register = args->Get("reference-register");
    auto loaded = DossierBuilder::Load(*engine, dossier_options);
    if (!loaded.ok()) {
      PrintError(loaded.status());
      return kExitFailure;
    }
    builder = std::move(loaded).value();
  }
  RecognitionEngine::Scratch scratch;
  story::ClustererOptions clustering;
  clustering.window_days = static_cast<int32_t>(*window);
  StoryAssembler assembler(clustering);
  AnalysisJsonStream json(out ? *out : std::cout);
  if (out) json.Begin();
  auto stats = analyzer.Run([&](const Article& a) {
    if (!out) return;
    engine->Process(a.text, PublicationDay(a.meta.published), scratch);
    assembler.Add(a, scratch);
    json.Add(a);
  });
  bar.Finish();
  if (!stats.ok()) {
    PrintError(stats.status());
    return stats.status().code() == StatusCode::kNotFound ? kExitUsage : kExitFailure;
  }
  size_t stories = 0;
  if (out) {
    auto written = WriteStories(assembler, *engine, *builder, out_dir, json);
    if (!written.ok()) {
      PrintError(written.status());
      return kExitFailure;
    }
    stories = *written;
    json.End();
    *out << '\n';
    out->flush();
    if (file.is_open()) {
      file.close();
      std::filesystem::rename(json_path + ".partial", json_path, ec);
      if (ec) {
        PrintError(Status(StatusCode::kIoError, "cannot rename: " + ec.message()).WithPath(json_path));
        return kExitFailure;
      }
    }
  }
  if (!quiet) PrintSummary(*stats, db, write_json ? json_path : "");
  if (!quiet && write_json) fmt::print(stderr, "{} stor{}: {}/index.md\n", stories, stories == 1 ? "y" : "ies", out_dir);
  return stats->files_failed + stats->document_errors > 0 ? kExitPartial : kExitOk;
}

}  // namespace

int RunAnalyze(const Argv& argv) { return RunPipeline(argv, true); }
int RunIngest(const Argv& argv) { return RunPipeline(argv, false); }

}  // namespace dossier::cli
