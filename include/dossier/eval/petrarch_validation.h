// The PETRARCH-1 validation suite (PETR.UnitTest.records.xml) run with its
// own dictionaries: its actors and agents through the knowledge base's
// PETRARCH layer, its verb patterns alone (ours switched off), its discards.
// Each record's <Text> is coded by our own parser (the <Parse> trees are not
// read). A record passes when the set of coded (source, target, event code)
// triples equals the expected <EventCoding> set exactly; a record expecting
// no events (noevents="True", or an error="..." such as a discard) passes
// when nothing is coded.
#ifndef DOSSIER_EVAL_PETRARCH_VALIDATION_H_
#define DOSSIER_EVAL_PETRARCH_VALIDATION_H_

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "dossier/eval/comma_clauses.h"
#include "dossier/code/petrarch_verbs.h"
#include "dossier/core/status.h"

namespace dossier {

struct ValidationTriple {
  std::string source, target, code;  // "---" for an actor left empty
  friend bool operator<(const ValidationTriple& a, const ValidationTriple& b) {
    return std::tie(a.source, a.target, a.code) < std::tie(b.source, b.target, b.code);
  }
  friend bool operator==(const ValidationTriple& a, const ValidationTriple& b) {
    return a.source == b.source && a.target == b.target && a.code == b.code;
  }
};

struct ValidationRecord {
  std::string id, category;
  std::string date;        // YYYYMMDD
  std::string text;        // <Text>, whitespace runs made single spaces
  bool valid = true;       // valid="false": a feature PETRARCH-1 lacks; not in the suite
  bool skip = false;       // <Skip>: the suite skips it
  std::string error;       // error="...": "storydiscard", "bad_input_parse", ...
  bool no_events = false;  // noevents="True" or an error: nothing may be coded
  std::vector<ValidationTriple> expected;
  bool require_dyad = true;  // the <Config> in force
  CommaClauseLimits commas;  // likewise
  size_t line = 0;
};

// The suite's files, from its <Environment>.
struct ValidationEnvironment {
  std::string verb_file, actor_file, agent_file, discard_file;
};

struct ValidationSuite {
  ValidationEnvironment environment;
  std::vector<ValidationRecord> records;  // in file order, up to a <Stop>
};

// Reads the records file (a loose XML: comments, "#"-commented tags,
// attributes in either quote). Errors: kCorruptInput naming `path` and the
// line of an unclosed tag, comment or element, or a record without <Text>.
Result<ValidationSuite> ReadValidationSuite(std::string_view xml, const std::string& path);

struct ValidationCategory {
  std::string name;
  size_t records = 0;  // run (valid, not skipped)
  size_t passed = 0;
  size_t skipped = 0;  // <Skip>, or an error about the <Parse> tree
};

struct ValidationOutcome {
  size_t record = 0;  // index into the suite's records
  bool passed = false;
  bool skipped = false;
  std::vector<ValidationTriple> got;
  std::vector<std::string> patterns;  // the pattern behind each event coded
  bool discarded = false;             // a discard phrase cleared the record
};

struct PetrarchValidationReport {
  ValidationSuite suite;
  std::vector<ValidationCategory> categories;  // in the order first seen
  ValidationCategory total{"total"};
  ValidationCategory not_valid{"valid=false"};  // outside the suite, scored for information
  ValidationCategory expecting_events{"events"};  // the total's records that expect events
  std::vector<ValidationOutcome> outcomes;      // one per record
  code::PetrarchVerbStats verbs;
  size_t sentences = 0;  // records coded
  double seconds = 0;    // text + recognize + code over them, one thread, best pass
  double load_ms = 0;
};

struct PetrarchValidationOptions {
  std::string suite_dir;  // holds the records file and the dictionaries it names
  std::string data_dir;   // ours (text analysis, CAMEO codes, modality); empty: found
  std::string records_file = "PETR.UnitTest.records.xml";
  int timing_rounds = 5;  // passes over the records for the speed; the best counts
};

// Loads an engine with the suite's dictionaries and codes every record.
// Errors: kNotFound for a missing folder or file; what loading returns.
Result<PetrarchValidationReport> RunPetrarchValidation(const PetrarchValidationOptions& options);

}  // namespace dossier

#endif  // DOSSIER_EVAL_PETRARCH_VALIDATION_H_
