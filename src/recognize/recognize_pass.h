// One run of the recognizer over one text (see recognizer.h for the passes).
#ifndef DOSSIER_SRC_RECOGNIZE_RECOGNIZE_PASS_H_
#define DOSSIER_SRC_RECOGNIZE_RECOGNIZE_PASS_H_

#include <optional>
#include <string>
#include <vector>

#include "dossier/kb/knowledge_base.h"
#include "dossier/recognize/cues.h"
#include "dossier/recognize/fuzzy_names.h"
#include "dossier/recognize/recognition.h"
#include "dossier/recognize/recognizer.h"
#include "dossier/text/token.h"

namespace dossier::recognize {

// A dictionary match with its preferred meaning.
struct Hit {
  uint32_t first = 0, end = 0;
  kb::AliasTarget target;  // the preferred meaning
  uint32_t match = 0;      // index into the matches, for all meanings
};

// What a pass needs per text, kept in the caller's Recognizer::Scratch so
// the memory is reused; every pass starts by resetting what it uses.
struct Recognizer::Scratch::Buffers {
  std::vector<uint32_t> ids;
  std::vector<kb::AliasMatch> matches;
  std::vector<Hit> hits;
  std::vector<int32_t> hit_start;  // token -> hit starting there
  std::vector<int32_t> owner;      // token -> mention covering it, -1 when free
  // Entities by key ("kb:12", "actor:ARMGOV", "person:suren papikyan"):
  // entity i has id i + 1, as entities are only made beside a new key.
  kb::StringIds entity_keys;
  std::string key;                            // the key being built
  kb::StringIds acronyms, surnames;           // -> ids into the vectors below
  std::vector<uint32_t> acronym_entity, surname_entity;
  std::vector<std::string_view> words;        // of a name, for fuzzy matching
};

class RecognizePass {
 public:
  RecognizePass(const kb::KnowledgeBase& kb, const Cues& cues, const FuzzyNames& fuzzy,
                const text::AnalyzedText& text, kb::Day day, Recognition& out,
                Recognizer::Scratch::Buffers& buffers);
  void Run();

 private:
  // Pass 1 and 2.
  void CollectHits();
  void ComposeHits();
  size_t SectorAfter(size_t hit, uint32_t& gap_end) const;
  void ResolveRole(uint16_t role, const std::string& iso3, uint32_t first, uint32_t end);
  // Pass 2b (recognize_agents.cc), with PETRARCH's agents only.
  void ComposeAgents();
  int32_t ActorEndingAt(uint32_t token) const;
  int32_t ActorBefore(uint32_t first) const;
  int32_t ActorAfter(uint32_t end, bool& via_preposition) const;
  void AgentsOf(const Hit& hit, std::vector<uint32_t>& agents);
  void ComposedMention(int32_t mention, uint32_t first, uint32_t end,
                       const std::vector<uint32_t>& agents);
  // Pass 3.
  void FindPatternEntities();
  void FindPatternWeapons();
  void FindNamedWars();
  uint32_t DesignationEnd(uint32_t i) const;
  void ClassifyRun(uint32_t first, uint32_t end);
  bool MisspeltCountryAt(uint32_t token);
  bool PersonCue(uint32_t first, uint32_t end) const;
  bool PersonNameShape(uint32_t first, uint32_t end) const;
  void FindAcronymsAndSurnames();
  void FindKbSurnames();
  void FindBylines();
  void FindRoleCoreference();
  uint32_t WithGivenName(uint32_t first, uint32_t person) const;
  std::optional<uint32_t> TitledKbPerson(uint16_t role, uint32_t first, uint32_t end,
                                         std::string& iso3) const;
  void FindAffiliations();
  void Finish();

  // Entities and mentions.
  uint32_t KbEntity(uint32_t index, double confidence);
  uint32_t ActorEntity(const std::string& code, std::string_view name);
  uint32_t PatternEntity(const char* type, std::string_view name, const std::string& code,
                         double confidence);
  bool NewEntityKey(uint32_t& entity);
  bool AddMention(uint32_t first, uint32_t end, uint32_t entity, const std::string& code,
                  const char* how);
  bool Free(uint32_t first, uint32_t end) const;
  void DropMention(int32_t mention);
  std::string_view Norm(uint32_t token) const;
  std::string_view NormNoDot(uint32_t token) const;
  bool IsCap(uint32_t token) const;
  std::string SpanText(uint32_t first, uint32_t end) const;
  int32_t HitAt(uint32_t token) const;  // index of the hit starting at token, or -1
  uint32_t NameRunEnd(uint32_t from) const;

  const kb::KnowledgeBase& kb_;
  const Cues& cues_;
  const FuzzyNames& fuzzy_;
  const text::AnalyzedText& text_;
  kb::Day day_;
  Recognition& out_;
  Recognizer::Scratch::Buffers& b_;
  // Shorthands for the buffers every step uses.
  std::vector<Hit>& hits_;
  std::vector<int32_t>& hit_start_;
  std::vector<int32_t>& owner_;
};

}  // namespace dossier::recognize

#endif  // DOSSIER_SRC_RECOGNIZE_RECOGNIZE_PASS_H_
