// Running the PETRARCH-1 validation suite: the engine loaded with the
// suite's dictionaries, every record coded and compared with its
// <EventCoding> triples.
#include "dossier/eval/petrarch_validation.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>

#include "dossier/core/data_dir.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Upper-case words of a text or phrase: letters, digits, '\'', '-' and '.'.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    bool inside = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '\'' || c == '-' || (c & 0x80) != 0;
    if (inside) {
      w += c;
    } else if (!w.empty()) {
      out.push_back(Upper(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(Upper(w));
  return out;
}

// The suite's discards: phrases whose presence leaves a sentence ("BASEBALL")
// or, marked '+', its whole story ("+TYPHOON") uncoded. A record is one
// sentence and one story, so both clear it.
class Discards {
 public:
  Status Load(const std::string& path) {
    auto content = ReadSmallFile(path);
    if (!content.ok()) return content.status();
    std::string_view text = content.value();
    for (size_t pos = 0; pos < text.size();) {
      size_t nl = std::min(text.find('\n', pos), text.size());
      std::string_view line = text.substr(pos, nl - pos);
      pos = nl + 1;
      line = line.substr(0, line.find('#'));
      if (!line.empty() && line.find_first_not_of(" \t\r") != std::string_view::npos) {
        size_t plus = line.find('+');
        if (plus != std::string_view::npos && line.find_first_not_of(" \t") == plus)
          line.remove_prefix(plus + 1);
        std::string joined(line);
        std::replace(joined.begin(), joined.end(), '_', ' ');
        if (auto w = Words(joined); !w.empty()) phrases_.push_back(std::move(w));
      }
    }
    return Status::Ok();
  }
  bool Matches(std::string_view text) const {
    std::vector<std::string> words = Words(text);
    for (const auto& p : phrases_) {
      if (std::search(words.begin(), words.end(), p.begin(), p.end()) != words.end()) return true;
    }
    return false;
  }

 private:
  std::vector<std::vector<std::string>> phrases_;
};

kb::Day RecordDay(const std::string& date) {
  if (date.size() != 8) return kb::kNoDay;
  return kb::DayFromCivil(std::stoi(date.substr(0, 4)), std::stoi(date.substr(4, 2)),
                          std::stoi(date.substr(6, 2)));
}

// An actor code as the suite writes it: "---" when empty; one code per
// actor of a code that stands for several ("ELR/GAL").
std::vector<std::string> SuiteCodes(const std::string& code) {
  if (code.empty()) return {"---"};
  std::vector<std::string> out;
  for (size_t from = 0; from <= code.size();) {
    size_t slash = std::min(code.find('/', from), code.size());
    if (slash > from) out.push_back(code.substr(from, slash - from));
    from = slash + 1;
  }
  return out;
}

void Collect(const std::vector<code::Event>& events, ValidationOutcome& out) {
  std::set<ValidationTriple> got;
  for (const code::Event& e : events) {
    for (const auto& s : SuiteCodes(e.source.code)) {
      for (const auto& t : SuiteCodes(e.target.code)) got.insert({s, t, e.cameo});
    }
    out.patterns.push_back(e.pattern);
  }
  out.got.assign(got.begin(), got.end());
}

void Score(ValidationCategory& c, const ValidationOutcome& o) {
  if (o.skipped) {
    ++c.skipped;
    return;
  }
  ++c.records;
  if (o.passed) ++c.passed;
}

ValidationCategory& CategoryOf(PetrarchValidationReport& r, const std::string& name) {
  for (auto& c : r.categories) {
    if (c.name == name) return c;
  }
  r.categories.push_back({name});
  return r.categories.back();
}

// The engine and the suite's other rules, for coding one record at a time.
struct SuiteCoder {
  SuiteCoder(const RecognitionEngine& e, const code::EventCoder& m, const Discards& d)
      : engine(e), monads(m), discards(d) {}

  const RecognitionEngine& engine;
  const code::EventCoder& monads;  // require_dyad off, for records under that <Config>
  const Discards& discards;
  RecognitionEngine::Scratch scratch;
  std::string trimmed;  // the record's text, less its comma clauses
  std::vector<code::Event> loose;

  ValidationOutcome Code(const ValidationRecord& r, size_t index) {
    ValidationOutcome o;
    o.record = index;
    // The suite skips these; an error about the <Parse> tree says nothing
    // about a coder that reads the text.
    o.skipped = r.skip || r.error == "bad_input_parse";
    if (o.skipped) return o;
    engine.analyzer().Analyze(r.text, scratch.text);
    trimmed = TrimCommaClauses(scratch.text, r.commas);
    engine.Process(trimmed, RecordDay(r.date), scratch);
    const std::vector<code::Event>* events = &scratch.coding.events;
    if (!r.require_dyad) {
      loose.clear();
      monads.Code(scratch.text, scratch.recognition, scratch.times, loose, scratch.coder);
      events = &loose;
    }
    o.discarded = discards.Matches(r.text);
    if (!o.discarded) Collect(*events, o);
    std::vector<ValidationTriple> want(r.expected);
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    o.passed = r.no_events ? o.got.empty() : o.got == want;
    return o;
  }
};

void Tally(PetrarchValidationReport& report) {
  for (const ValidationOutcome& o : report.outcomes) {
    const ValidationRecord& r = report.suite.records[o.record];
    if (!r.valid) {
      Score(report.not_valid, o);
      continue;
    }
    Score(CategoryOf(report, r.category), o);
    Score(report.total, o);
    if (!r.no_events) Score(report.expecting_events, o);
  }
}

}  // namespace

Result<PetrarchValidationReport> RunPetrarchValidation(const PetrarchValidationOptions& options) {
  std::error_code ec;
  if (!fs::is_directory(options.suite_dir, ec))
    return Status(StatusCode::kNotFound, "validation suite folder not found")
        .WithPath(options.suite_dir);
  const std::string records_path = options.suite_dir + "/" + options.records_file;
  auto xml = ReadSmallFile(records_path);
  if (!xml.ok()) return xml.status();
  auto suite = ReadValidationSuite(xml.value(), records_path);
  if (!suite.ok()) return suite.status();
  PetrarchValidationReport report;
  report.suite = std::move(suite).value();
  const ValidationEnvironment& env = report.suite.environment;

  EngineOptions eo;
  eo.data_dir = options.data_dir;
  eo.petrarch_dir = options.suite_dir;  // its *.actors.txt and *agents.txt
  eo.petrarch_codes_first = true;
  eo.own_event_patterns = false;
  eo.coder.require_dyad = true;  // the suite's default; <Config require_dyad> turns it off
  eo.coder.locative_targets = true;
  if (!env.verb_file.empty()) eo.petrarch_verbs.push_back(options.suite_dir + "/" + env.verb_file);
  auto engine = RecognitionEngine::Load(eo);
  if (!engine.ok()) return engine.status();
  const RecognitionEngine& e = **engine;
  if (!e.petrarch_verb_stats().empty()) report.verbs = e.petrarch_verb_stats().front();
  report.load_ms = e.load_milliseconds();
  Discards discards;
  if (!env.discard_file.empty())
    DOSSIER_RETURN_IF_ERROR(discards.Load(options.suite_dir + "/" + env.discard_file));
  code::CoderOptions loose = e.coder()->options();
  loose.require_dyad = false;
  const code::EventCoder monads(e.coder()->patterns(), e.recognizer().cues(), loose);

  SuiteCoder coder(e, monads, discards);
  const auto& records = report.suite.records;
  for (size_t i = 0; i < records.size(); ++i) report.outcomes.push_back(coder.Code(records[i], i));
  Tally(report);
  // Speed: the best of a few passes over the records (a pass takes
  // milliseconds, too short to time once on a busy machine).
  report.seconds = 1e30;
  for (int round = 0; round < std::max(1, options.timing_rounds); ++round) {
    auto start = std::chrono::steady_clock::now();
    size_t coded = 0;
    for (size_t i = 0; i < records.size(); ++i) coded += !coder.Code(records[i], i).skipped;
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.seconds = std::min(report.seconds, s);
    report.sentences = coded;
  }
  return report;
}

}  // namespace dossier
