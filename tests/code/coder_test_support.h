// What the coder's tests share: an engine that stops before coding, and one
// call that analyses a text and codes it with a given coder.
#ifndef DOSSIER_TESTS_CODE_CODER_TEST_SUPPORT_H_
#define DOSSIER_TESTS_CODE_CODER_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dossier/code/event_coder.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier::code {

// The project's knowledge base with the code stage off (the tests bring
// their own patterns); nullptr, with a test failure, when it does not load.
inline RecognitionEngine* LoadEngineWithoutCoder() {
  EngineOptions options;
  options.data_dir = DOSSIER_SOURCE_DATA_DIR;
  options.code = false;
  auto engine = RecognitionEngine::Load(options);
  EXPECT_TRUE(engine.ok()) << engine.status().ToString();
  return engine.ok() ? std::move(engine).value().release() : nullptr;
}

// Analyses `text` as of 2024-06-13 and puts the events `coder` finds in it
// into `events`.
inline void AnalyzeAndCode(const RecognitionEngine& engine, const EventCoder& coder,
                           const std::string& text, RecognitionEngine::Scratch& scratch,
                           EventCoder::Scratch& coder_scratch, std::vector<Event>& events) {
  engine.Process(text, *kb::ParseIsoDay("2024-06-13"), scratch);
  events.clear();
  coder.Code(scratch.text, scratch.recognition, scratch.times, events, coder_scratch);
}

}  // namespace dossier::code

#endif  // DOSSIER_TESTS_CODE_CODER_TEST_SUPPORT_H_
