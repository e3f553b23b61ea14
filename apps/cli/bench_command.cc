#include <fmt/format.h>

#include <filesystem>

#include "cli/args.h"
#include "cli/bench_clustering.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "cli/engine_flags.h"
#include "dossier/eval/event_benchmarks.h"
#include "dossier/eval/extraction_benchmark.h"
#include "dossier/eval/petrarch_validation.h"
#include "dossier/eval/recognize_benchmarks.h"

namespace dossier::cli {
namespace {

int BenchExtraction(const Args& args) {
  std::string dir = args.Has("data") ? args.Get("data") : "../shared/data/extraction-benchmark";
  auto report = RunExtractionBenchmark(dir);
  if (!report.ok()) {
    PrintError(report.status());
    return kExitFailure;
  }
  const auto& r = *report;
  fmt::print("extraction benchmark: {} pages, {}\n", r.pages, dir);
  fmt::print("  precision  {:.4f}\n  recall     {:.4f}\n  F1         {:.4f}\n",
             r.score.precision, r.score.recall, r.score.f1);
  fmt::print("  speed      {:.0f} pages/s, {:.1f} MB/s (one core; parse + extract)\n",
             double(r.pages) / r.seconds, double(r.html_bytes) / r.seconds / 1e6);
  if (args.Has("per-page")) {
    for (const auto& p : r.per_page) {
      double prec = p.counts.tp + p.counts.fp > 0 ? p.counts.tp / (p.counts.tp + p.counts.fp) : 0;
      double rec = p.counts.tp + p.counts.fn > 0 ? p.counts.tp / (p.counts.tp + p.counts.fn) : 0;
      fmt::print("{}\t{:.3f}\t{:.3f}\n", p.id, prec, rec);
    }
  }
  return kExitOk;
}

EngineOptions EngineOptionsFrom(const Args& args) {
  EngineOptions options;
  options.data_dir = args.Get("data-dir");
  options.petrarch_dir = args.Get("petrarch");
  return options;
}

int BenchRecognize(const Args& args) {
  std::string dir = args.Has("data") ? args.Get("data") : "../shared/data/ecbplus";
  auto speed = RunRecognizeSpeed(EngineOptionsFrom(args), dir, /*loads=*/5, /*rounds=*/3);
  if (!speed.ok()) {
    PrintError(speed.status());
    return kExitFailure;
  }
  const auto& s = *speed;
  std::vector<double> loads = s.load_ms;
  std::sort(loads.begin(), loads.end());
  fmt::print("text + recognize on ECB+: {} documents, {:.2f} MB, {} tokens, {} mentions ({})\n",
             s.documents, double(s.bytes) / 1e6, s.tokens, s.mentions, dir);
  fmt::print("  speed      {:.1f} MB/s, {:.0f} tokens/s (one core, best of 3 rounds)\n",
             double(s.bytes) / s.seconds / 1e6, double(s.tokens) / s.seconds);
  fmt::print("  start-up   {:.0f} ms median, {:.0f} ms min, {:.0f} ms max over {} loads of the "
             "knowledge base{}\n",
             loads[loads.size() / 2], loads.front(), loads.back(), loads.size(),
             args.Has("petrarch") ? " (with PETRARCH dictionaries)" : "");
  return kExitOk;
}

int BenchCode(const Args& args) {
  std::string dir = args.Has("data") ? args.Get("data") : "../shared/data/ecbplus";
  if (!std::filesystem::exists(dir)) {
    fmt::print("ECB+ corpus not found at {}: skipped (pass --data DIR)\n", dir);
    return kExitOk;
  }
  auto speed = RunCodeSpeed(EngineOptionsFrom(args), dir, 3);
  if (!speed.ok()) {
    PrintError(speed.status());
    return kExitFailure;
  }
  const CodeSpeed& s = *speed;
  fmt::print("code speed on ECB+ ({}): {} documents, {} sentences, {:.2f} MB, {} events\n", dir,
             s.documents, s.sentences, double(s.bytes) / 1e6, s.events);
  fmt::print("  code stage alone   {:.0f} sentences/s (one core, best of 3 rounds)\n",
             double(s.sentences) / s.code_seconds);
  fmt::print("  whole engine       {:.0f} sentences/s, {:.1f} MB/s (text + recognize + dates + code)\n",
             double(s.sentences) / s.total_seconds, double(s.bytes) / s.total_seconds / 1e6);
  return kExitOk;
}

int BenchPlover(const Args& args) {
  std::string file = args.Has("data") ? args.Get("data") : "../shared/data/plover/PLOVER_GSR_dev.json";
  if (!std::filesystem::exists(file)) {
    fmt::print("PLOVER gold records not found at {}: skipped (pass --data FILE)\n", file);
    return kExitOk;
  }
  auto engine = RecognitionEngine::Load(EngineOptionsFrom(args));
  if (!engine.ok()) {
    PrintError(engine.status());
    return kExitFailure;
  }
  auto cov = RunPloverActorCoverage(**engine, file);
  if (!cov.ok()) {
    PrintError(cov.status());
    return kExitFailure;
  }
  const auto& c = *cov;
  fmt::print("PLOVER gold actors: {} source/target actors with an ISO country code ({})\n",
             c.actors, file);
  fmt::print("  covered    {} ({:.1f}%): an entity overlapping the actor text has its country\n",
             c.covered, c.actors ? 100.0 * double(c.covered) / double(c.actors) : 0.0);
  fmt::print("  not found  {} actor texts not present verbatim in the sentence (counted as misses)\n",
             c.not_located);
  fmt::print("  left out   {} actors whose code is not a country (IGO, legacy codes)\n",
             c.skipped_codes);
  if (args.Has("per-page")) {
    for (const auto& m : c.misses) fmt::print("  miss: {}\n", m);
  }
  auto events = RunPloverEvents(**engine, file);
  if (!events.ok()) {
    PrintError(events.status());
    return kExitFailure;
  }
  const auto& v = *events;
  auto pct = [&](size_t n) { return v.records ? 100.0 * double(n) / double(v.records) : 0.0; };
  fmt::print("PLOVER gold events: {} records with a text and an event type\n", v.records);
  fmt::print("  coded            {} ({:.1f}%) records with at least one event\n", v.coded, pct(v.coded));
  fmt::print("  event type       {} ({:.1f}%) right\n", v.type_right, pct(v.type_right));
  fmt::print("  source country   {} ({:.1f}%) right\n", v.source_right, pct(v.source_right));
  fmt::print("  target country   {} ({:.1f}%) right\n", v.target_right, pct(v.target_right));
  fmt::print("  all three        {} ({:.1f}%) right\n", v.all_three, pct(v.all_three));
  fmt::print("  joint actions    {} records with two sources and no target; {} of them right with "
             "the parties as source and target\n",
             v.joint_records, v.joint_right);
  fmt::print("  type among any   {} ({:.1f}%): some coded event has the gold type\n", v.type_any,
             pct(v.type_any));
  fmt::print("  speed            {:.0f} sentences/s (text + recognize + code, one core)\n",
             v.seconds > 0 ? double(v.records) / v.seconds : 0.0);
  if (args.Has("per-page")) {
    for (const auto& line : v.lines) fmt::print("  {}\n", line);
  }
  return kExitOk;
}

std::string Triples(const std::vector<ValidationTriple>& triples) {
  std::string out;
  for (const auto& t : triples) out += fmt::format(" {} {} {};", t.source, t.target, t.code);
  return out.empty() ? " (none)" : out;
}

void PrintValidationRecords(const PetrarchValidationReport& r, bool all) {
  for (const ValidationOutcome& o : r.outcomes) {
    const ValidationRecord& rec = r.suite.records[o.record];
    if (o.skipped || (o.passed && !all)) continue;
    fmt::print("{} {}{}\n  text: {}\n  want:{}\n  got: {}{}\n", o.passed ? "PASS" : "FAIL", rec.id,
               rec.valid ? "" : " (valid=false)", rec.text,
               rec.no_events ? " (none)" : Triples(rec.expected), Triples(o.got),
               o.discarded ? " (discarded)" : "");
    for (const auto& p : o.patterns) fmt::print("    by {}\n", p);
  }
}

int BenchPetrarchValidation(const Args& args) {
  PetrarchValidationOptions options;
  options.suite_dir =
      args.Has("data") ? args.Get("data") : "../shared/data/petrarch/validation-petrarch1";
  options.data_dir = args.Get("data-dir");
  std::error_code ec;
  if (!std::filesystem::is_directory(options.suite_dir, ec)) {
    fmt::print("petrarch-validation: skipped, no suite at {}\n", options.suite_dir);
    return kExitOk;
  }
  auto report = RunPetrarchValidation(options);
  if (!report.ok()) {
    PrintError(report.status());
    return kExitFailure;
  }
  const auto& r = *report;
  if (args.Has("per-page")) PrintValidationRecords(r, /*all=*/false);
  const auto& v = r.verbs;
  fmt::print("PETRARCH-1 validation suite ({}), our parser on <Text>, the suite's dictionaries\n",
             options.suite_dir);
  fmt::print("  verbs      {}: {} blocks, {} verbs, {} patterns -> {} of ours ({} word sets)\n",
             r.suite.environment.verb_file, v.blocks, v.verbs, v.dictionary_patterns, v.patterns,
             v.synsets);
  fmt::print("  {:<10} {:>7} {:>7} {:>7} {:>8}\n", "category", "records", "passed", "skipped",
             "passed%");
  auto row = [](const ValidationCategory& c) {
    fmt::print("  {:<10} {:>7} {:>7} {:>7} {:>7.1f}%\n", c.name, c.records, c.passed, c.skipped,
               c.records ? 100.0 * double(c.passed) / double(c.records) : 0.0);
  };
  for (const auto& c : r.categories) row(c);
  row(r.total);
  fmt::print("  of which    {} of {} records that expect events, {} of {} that expect none\n",
             r.expecting_events.passed, r.expecting_events.records,
             r.total.passed - r.expecting_events.passed,
             r.total.records - r.expecting_events.records);
  fmt::print("  not in the suite (valid=false): {} of {} coded as expected\n", r.not_valid.passed,
             r.not_valid.records);
  fmt::print("  speed      {:.0f} sentences/s (one core; text + recognize + code), load {:.0f} ms\n",
             r.seconds > 0 ? double(r.sentences) / r.seconds : 0.0, r.load_ms);
  return kExitOk;
}

}  // namespace

int RunBench(const Argv& argv) {
  static const std::vector<FlagSpec> flags = {
      {"data", true, "PATH", "benchmark data (default: the set under ../shared/data)", ""},
      {"per-page", false, "", "also print per-item results (pages, misses)", ""},
      {"data-dir", true, "DIR", "Dossier's data folder (knowledge base)", ""},
      {"petrarch", true, "DIR", "also load PETRARCH/Phoenix dictionaries", ""},
      {"sweep", false, "", "clustering: also score the alternatives (features, weights, thresholds)", ""},
      {"scale", true, "N", "clustering: synthetic articles in the scale run (default 10000; 0: none)", ""},
      {"help", false, "", "show this help", ""},
  };
  auto args = Args::Parse(argv, flags);
  if (!args.ok()) {
    PrintError(args.status());
    return kExitUsage;
  }
  const auto& pos = args->positional();
  if (args->Has("help") || pos.empty()) {
    fmt::print(
        "Usage: dossier bench BENCHMARK [--data DIR]\n\n"
        "Benchmarks:\n"
        "  extraction   main-text extraction on the ScrapingHub article-extraction\n"
        "               benchmark: precision, recall, F1 (word 4-gram shingles,\n"
        "               macro-averaged) and pages/s, MB/s on one core\n"
        "  recognize    text + recognize speed on the ECB+ corpus (MB/s, one core)\n"
        "               and knowledge-base start-up time\n"
        "  plover       share of the PLOVER gold records' source and target actors\n"
        "               for which an entity covering the actor text has its country;\n"
        "               event type, source and target country accuracy of the coder\n"
        "               (an organisation of no state, IGO or transnational NGO, counts\n"
        "               as the file's IGO or NGO; its old codes ITL, JAP, VTN as ISO;\n"
        "               --per-page: each record, marked T/S/G for what is right)\n"
        "  code         event coding speed on the ECB+ corpus (sentences/s, one core)\n"
        "  petrarch-validation\n"
        "               the PETRARCH-1 validation suite with its own dictionaries:\n"
        "               records coded exactly right, per category, and sentences/s\n"
        "               (--per-page: the records that fail)\n"
        "  clustering   story clustering on ECB+ with no number of stories given:\n"
        "               pairwise and B-cubed P/R/F1 against the sub-topics (all,\n"
        "               even and odd topics), stories found, articles/s, and a scale\n"
        "               run on 10,000 synthetic articles (--sweep: the alternatives)\n\n"
        "Options:\n{}",
        FlagHelp(flags));
    return args->Has("help") ? kExitOk : kExitUsage;
  }
  if (pos[0] == "extraction") return BenchExtraction(*args);
  if (pos[0] == "recognize") return BenchRecognize(*args);
  if (pos[0] == "plover") return BenchPlover(*args);
  if (pos[0] == "code") return BenchCode(*args);
  if (pos[0] == "petrarch-validation") return BenchPetrarchValidation(*args);
  if (pos[0] == "clustering") return BenchClustering(*args, EngineOptionsFrom(*args));
  PrintError(Status(StatusCode::kInvalidArgument, "unknown benchmark '" + pos[0] + "' (see --help)"));
  return kExitUsage;
}

}  // namespace dossier::cli
