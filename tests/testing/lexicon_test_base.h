// Test base for suites that need the shipped boilerplate lexicon
// (data/clean/boilerplate.tsv); the suite fails if it cannot be loaded.
#ifndef DOSSIER_TESTS_TESTING_LEXICON_TEST_BASE_H_
#define DOSSIER_TESTS_TESTING_LEXICON_TEST_BASE_H_

#include <gtest/gtest.h>

#include <utility>

#include "dossier/clean/boilerplate_lexicon.h"

namespace dossier {

class LexiconTestBase : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lexicon = BoilerplateLexicon::LoadDefault();
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = std::move(lexicon).value();
  }

  BoilerplateLexicon lexicon_;
};

}  // namespace dossier

#endif  // DOSSIER_TESTS_TESTING_LEXICON_TEST_BASE_H_
