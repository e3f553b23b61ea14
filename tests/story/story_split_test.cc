#include "dossier/story/story_split.h"

#include <gtest/gtest.h>

namespace dossier::story {
namespace {

// A member holding the given feature keys once each (proper nouns, so that
// they weigh the same as in a story).
StoryMember Member(uint32_t article, std::vector<uint64_t> keys) {
  std::sort(keys.begin(), keys.end());
  StoryMember m;
  m.article = article;
  for (uint64_t k : keys) m.terms.push_back({k, 1.0f, FeatureKind::kProperNoun});
  return m;
}

std::vector<const StoryMember*> Pointers(const std::vector<StoryMember>& members) {
  std::vector<const StoryMember*> out;
  for (const StoryMember& m : members) out.push_back(&m);
  return out;
}

// Two events of one kind: all share the kind's words (keys 1-3); the odd
// members also share 10-13, the even ones 20-23, and each has its own key.
std::vector<StoryMember> TwoEvents(size_t n) {
  std::vector<StoryMember> members;
  for (uint32_t i = 0; i < n; ++i) {
    std::vector<uint64_t> keys = {1, 2, 3, 100 + i};
    for (uint64_t k = 0; k < 4; ++k) keys.push_back((i % 2 ? 10 : 20) + k);
    members.push_back(Member(i, keys));
  }
  return members;
}

TEST(StorySplitTest, TwoEventsCutApartWithALowNcut) {
  std::vector<StoryMember> members = TwoEvents(10);
  TwoWaySplit split = SplitInTwo(Pointers(members), SplitOptions{});
  EXPECT_EQ(split.first, (std::vector<size_t>{0, 2, 4, 6, 8}));  // holds member 0
  EXPECT_EQ(split.second, (std::vector<size_t>{1, 3, 5, 7, 9}));
  EXPECT_LT(split.ncut, 0.3);
}

TEST(StorySplitTest, OneEventHasNoLowCut) {
  std::vector<StoryMember> members;
  for (uint32_t i = 0; i < 10; ++i) members.push_back(Member(i, {1, 2, 3, 4, 5, 100 + i}));
  TwoWaySplit split = SplitInTwo(Pointers(members), SplitOptions{});
  EXPECT_EQ(split.first.size() + split.second.size(), 10u);
  EXPECT_GT(split.ncut, 0.8);
}

TEST(StorySplitTest, NormalisedCutOfAGivenPartition) {
  std::vector<StoryMember> members = TwoEvents(8);
  std::vector<StoryMember> ordered;  // the even members, then the odd ones
  for (size_t i = 0; i < 8; i += 2) ordered.push_back(members[i]);
  for (size_t i = 1; i < 8; i += 2) ordered.push_back(members[i]);
  double apart = NormalisedCut(Pointers(ordered), 4, SplitOptions{});
  double mixed = NormalisedCut(Pointers(members), 4, SplitOptions{});  // 0-3 against 4-7
  EXPECT_LT(apart, 0.3);
  EXPECT_GT(mixed, 0.8);
  EXPECT_NEAR(apart, SplitInTwo(Pointers(members), SplitOptions{}).ncut, 1e-9);
}

TEST(StorySplitTest, TwoMembersAndDisjointMembers) {
  std::vector<StoryMember> same = {Member(0, {1, 2}), Member(1, {1, 2})};
  EXPECT_NEAR(NormalisedCut(Pointers(same), 1, SplitOptions{}), 2.0, 1e-6);
  std::vector<StoryMember> apart = {Member(0, {1, 2}), Member(1, {3, 4}), Member(2, {3, 4})};
  TwoWaySplit split = SplitInTwo(Pointers(apart), SplitOptions{});
  EXPECT_EQ(split.first, (std::vector<size_t>{0}));
  EXPECT_NEAR(split.ncut, 0.0, 1e-6);
}

}  // namespace
}  // namespace dossier::story
