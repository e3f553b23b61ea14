#include "dossier/eval/recognize_benchmarks.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "dossier/eval/ecbplus.h"
#include "dossier/text/normalizer.h"

namespace dossier {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Byte span of the actor text in the sentence, case-insensitively; an actor
// text with an elision ("Sierra Leonean ... refugees") is located by its first part.
bool Locate(std::string_view text, std::string actor, size_t& begin, size_t& end) {
  size_t dots = actor.find("...");
  if (dots != std::string::npos) actor = actor.substr(0, dots);
  while (!actor.empty() && actor.back() == ' ') actor.pop_back();
  if (actor.empty()) return false;
  std::string hay = text::Normalized(text);
  std::string needle = text::Normalized(actor);
  // Normal forms keep byte lengths for ASCII text, which the gold records are.
  if (hay.size() != text.size()) return false;
  size_t at = hay.find(needle);
  if (at == std::string::npos) return false;
  begin = at;
  end = at + needle.size();
  return true;
}

}  // namespace

Result<RecognizeSpeed> RunRecognizeSpeed(const EngineOptions& options, const std::string& ecb_dir,
                                         int loads, int rounds) {
  auto docs = ReadEcbPlus(ecb_dir);
  if (!docs.ok()) return docs.status();
  RecognizeSpeed speed;
  std::unique_ptr<RecognitionEngine> engine;
  for (int i = 0; i < std::max(1, loads); ++i) {
    auto loaded = RecognitionEngine::Load(options);
    if (!loaded.ok()) return loaded.status();
    engine = std::move(loaded).value();
    speed.load_ms.push_back(engine->load_milliseconds());
  }
  // Start-up counts every stage; the speed rounds time text + recognize +
  // dates only (`dossier bench code` times the code stage).
  EngineOptions without_code = options;
  without_code.code = false;
  auto loaded = RecognitionEngine::Load(without_code);
  if (!loaded.ok()) return loaded.status();
  engine = std::move(loaded).value();
  RecognitionEngine::Scratch scratch;
  speed.documents = docs->size();
  speed.seconds = 1e300;
  for (int round = 0; round < std::max(1, rounds); ++round) {
    size_t bytes = 0, tokens = 0, mentions = 0;
    auto start = std::chrono::steady_clock::now();
    for (const EcbDocument& d : *docs) {
      engine->Process(d.text, kb::kNoDay, scratch);
      bytes += d.text.size();
      tokens += scratch.text.tokens.size();
      mentions += scratch.recognition.mentions.size();
    }
    speed.seconds = std::min(speed.seconds, Seconds(start));
    speed.bytes = bytes;
    speed.tokens = tokens;
    speed.mentions = mentions;
  }
  return speed;
}

Result<ActorCoverage> RunPloverActorCoverage(const RecognitionEngine& engine,
                                             const std::string& gold_json) {
  std::ifstream in(gold_json);
  if (!in) return Status(StatusCode::kNotFound, "cannot open the PLOVER gold file").WithPath(gold_json);
  auto records = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (records.is_discarded() || !records.is_array())
    return Status(StatusCode::kCorruptInput, "expected a JSON array of records").WithPath(gold_json);
  ActorCoverage cov;
  RecognitionEngine::Scratch scratch;
  for (const auto& r : records) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) continue;
    std::string text = r["text"].get<std::string>();
    std::string id = r.value("id", std::string());
    kb::Day day = r.contains("date") && r["date"].is_string()
                      ? PublicationDay(r["date"].get<std::string>())
                      : kb::kNoDay;
    engine.Process(text, day, scratch);
    const auto& rec = scratch.recognition;
    for (const char* side : {"source", "target"}) {
      if (!r.contains(side) || !r[side].is_array()) continue;
      for (const auto& actor : r[side]) {
        if (!actor.is_object() || !actor.contains("code") || !actor["code"].is_string()) continue;
        std::string code = actor["code"].get<std::string>().substr(0, 3);
        if (code.size() != 3 || !engine.kb().CountryByCode(code)) {
          ++cov.skipped_codes;
          continue;
        }
        ++cov.actors;
        std::string actor_text = actor.value("actorText", std::string());
        size_t b = 0, e = 0;
        if (!Locate(text, actor_text, b, e)) {
          ++cov.not_located;
          cov.misses.push_back(id + ": \"" + actor_text + "\" (" + code + ") not in the text");
          continue;
        }
        std::string found;
        bool ok = false;
        for (const auto& m : rec.mentions) {
          if (m.end <= b || m.begin >= e) continue;
          const auto& ent = rec.entities[m.entity];
          std::string country = m.code.size() >= 3 ? m.code.substr(0, 3) : ent.country;
          found += (found.empty() ? "" : ", ") + text.substr(m.begin, m.end - m.begin) + "=" +
                   (m.code.empty() ? ent.country : m.code);
          if (country == code || ent.country == code) ok = true;
        }
        if (ok) {
          ++cov.covered;
        } else {
          cov.misses.push_back(id + ": \"" + actor_text + "\" (" + code + ") -> " +
                               (found.empty() ? "nothing" : found));
        }
      }
    }
  }
  return cov;
}

}  // namespace dossier
