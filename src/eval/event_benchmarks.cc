#include "dossier/eval/event_benchmarks.h"

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "dossier/eval/ecbplus.h"

namespace dossier {
namespace {

// The words inside "(EVT: ...)" groups of a markup string.
std::vector<std::string> EventWords(const std::string& markup) {
  std::vector<std::string> out;
  for (size_t at = markup.find("(EVT:"); at != std::string::npos; at = markup.find("(EVT:", at + 1)) {
    size_t close = markup.find(')', at);
    if (close == std::string::npos) break;
    std::string inside = markup.substr(at + 5, close - at - 5);
    size_t start = 0;
    while (start < inside.size()) {
      size_t space = inside.find(' ', start);
      if (space == std::string::npos) space = inside.size();
      if (space > start) out.push_back(inside.substr(start, space - start));
      start = space + 1;
    }
  }
  return out;
}

// The gold file's older CAMEO country codes, as ISO alpha-3.
std::string CurrentCountryCode(std::string code) {
  if (code == "ITL") return "ITA";
  if (code == "JAP") return "JPN";
  if (code == "VTN") return "VNM";
  return code;
}

std::vector<std::string> GoldCountries(const nlohmann::json& r, const char* side) {
  std::vector<std::string> out;
  if (!r.contains(side) || !r[side].is_array()) return out;
  for (const auto& a : r[side]) {
    if (a.is_object() && a.contains("code") && a["code"].is_string())
      out.push_back(CurrentCountryCode(a["code"].get<std::string>().substr(0, 3)));
  }
  return out;
}

// What an actor is in the gold file's terms: its country, or "IGO" for an
// organisation that belongs to no state (which we code by its own id, "UN").
// The file writes transnational NGOs both ways (Amnesty and the Red Cross as
// IGO, a forum as NGO), so the two count as one: not a state.
std::string GoldTermsCode(const code::Actor& actor, const recognize::Recognition& recognition) {
  if (actor.entity >= 0 && static_cast<size_t>(actor.entity) < recognition.entities.size()) {
    const recognize::RecognizedEntity& e = recognition.entities[static_cast<size_t>(actor.entity)];
    if (e.type == "organization" && e.country.empty() &&
        (e.kind == "igo" || e.kind == "un_body" || e.kind == "court" || e.kind == "ngo"))
      return "IGO";
  }
  return actor.code.size() < 3 ? std::string() : actor.code.substr(0, 3);
}

// A gold side without actors is matched by an event without one.
bool Has(const std::vector<std::string>& list, const code::Actor& actor,
         const recognize::Recognition& recognition) {
  if (list.empty()) return actor.code.empty();
  std::string code = GoldTermsCode(actor, recognition);
  if (code.empty()) return false;
  for (const std::string& c : list) {
    if (c == code || (code == "IGO" && c == "NGO")) return true;
  }
  return false;
}

// The event to score: one whose trigger is among the marked event words.
const code::Event* Scored(const std::vector<code::Event>& events, const std::string& text,
                         const std::vector<std::string>& marked) {
  for (const code::Event& e : events) {
    std::string trigger = text.substr(e.verb_begin, e.verb_end - e.verb_begin);
    for (const std::string& w : marked) {
      if (w == trigger) return &e;
    }
  }
  return events.empty() ? nullptr : &events.front();
}

}  // namespace

std::string CurrentPloverType(const std::string& type) {
  if (type == "DEMAND") return "REQUEST";
  if (type == "DISAPPROVE" || type == "INVESTIGATE") return "ACCUSE";
  if (type == "FIGHT") return "ASSAULT";
  return type;
}

Result<PloverEventScore> RunPloverEvents(const RecognitionEngine& engine,
                                         const std::string& gold_json) {
  std::ifstream in(gold_json);
  if (!in) return Status(StatusCode::kNotFound, "cannot open the PLOVER gold file").WithPath(gold_json);
  auto records = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (records.is_discarded() || !records.is_array())
    return Status(StatusCode::kCorruptInput, "expected a JSON array of records").WithPath(gold_json);
  if (engine.coder() == nullptr)
    return Status(StatusCode::kInvalidArgument, "the engine was loaded without the code stage");
  PloverEventScore score;
  RecognitionEngine::Scratch scratch;
  auto start = std::chrono::steady_clock::now();
  for (const auto& r : records) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string() || !r.contains("event"))
      continue;
    std::string text = r["text"].get<std::string>();
    std::string gold = CurrentPloverType(r.value("event", std::string()));
    kb::Day day = r.contains("date") && r["date"].is_string()
                      ? PublicationDay(r["date"].get<std::string>())
                      : kb::kNoDay;
    engine.Process(text, day, scratch);
    ++score.records;
    const auto& events = scratch.coding.events;
    std::string markup = r.contains("textInfo") && r["textInfo"].is_object() && r["textInfo"].contains("markup") && r["textInfo"]["markup"].is_string() ? r["textInfo"]["markup"].get<std::string>() : "";
    const code::Event* e = Scored(events, text, EventWords(markup));
    auto sources = GoldCountries(r, "source"), targets = GoldCountries(r, "target");
    for (const code::Event& any : events) {
      if (any.plover == gold) {
        ++score.type_any;
        break;
      }
    }
    std::string got = "nothing", marks = "---";
    if (e != nullptr) {
      ++score.coded;
      bool type = e->plover == gold, src = Has(sources, e->source, scratch.recognition),
           tgt = Has(targets, e->target, scratch.recognition);
      if (sources.size() >= 2 && targets.empty()) {
        ++score.joint_records;
        std::string s = GoldTermsCode(e->source, scratch.recognition);
        std::string t = GoldTermsCode(e->target, scratch.recognition);
        bool joint = !s.empty() && !t.empty() && s != t && Has(sources, e->target, scratch.recognition);
        if (joint && src) {
          tgt = true;
          score.joint_right += type;
        }
      }
      score.type_right += type;
      score.source_right += src;
      score.target_right += tgt;
      score.all_three += type && src && tgt;
      marks = fmt::format("{}{}{}", type ? 'T' : '-', src ? 'S' : '-', tgt ? 'G' : '-');
      got = fmt::format("{} {} {}->{} \"{}\"", e->cameo, e->plover, e->source.code, e->target.code,
                        text.substr(e->verb_begin, e->verb_end - e->verb_begin));
    }
    score.lines.push_back(fmt::format("{}\t{}\tgold={} {}->{}\tgot={}", r.value("id", std::string()),
                                      marks, gold, sources.empty() ? "-" : sources[0],
                                      targets.empty() ? "-" : targets[0], got));
  }
  score.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return score;
}

Result<CodeSpeed> RunCodeSpeed(const EngineOptions& options, const std::string& ecb_dir,
                               int rounds) {
  auto docs = ReadEcbPlus(ecb_dir);
  if (!docs.ok()) return docs.status();
  EngineOptions with_code = options;
  with_code.code = true;
  auto engine = RecognitionEngine::Load(with_code);
  if (!engine.ok()) return engine.status();
  const code::EventCoder& coder = *(*engine)->coder();
  RecognitionEngine::Scratch scratch;
  std::vector<code::Event> again;
  CodeSpeed speed;
  speed.documents = docs->size();
  speed.code_seconds = speed.total_seconds = 1e300;
  using Clock = std::chrono::steady_clock;
  for (int round = 0; round < std::max(1, rounds); ++round) {
    size_t sentences = 0, bytes = 0, events = 0;
    Clock::duration total{}, coding{};
    for (const EcbDocument& d : *docs) {
      auto t0 = Clock::now();
      (*engine)->Process(d.text, kb::kNoDay, scratch);
      auto t1 = Clock::now();
      again.clear();
      coder.Code(scratch.text, scratch.recognition, scratch.times, again, scratch.coder);
      coding += Clock::now() - t1;
      total += t1 - t0;
      sentences += scratch.text.sentences.size();
      bytes += d.text.size();
      events += scratch.coding.events.size();
    }
    speed.sentences = sentences;
    speed.bytes = bytes;
    speed.events = events;
    speed.code_seconds = std::min(speed.code_seconds, std::chrono::duration<double>(coding).count());
    speed.total_seconds = std::min(speed.total_seconds, std::chrono::duration<double>(total).count());
  }
  return speed;
}

}  // namespace dossier
