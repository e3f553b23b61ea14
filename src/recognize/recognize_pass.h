// One run of the recognizer over one text (see recognizer.h for the passes).
#ifndef DOSSIER_SRC_RECOGNIZE_RECOGNIZE_PASS_H_
#define DOSSIER_SRC_RECOGNIZE_RECOGNIZE_PASS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/kb/knowledge_base.h"
#include "dossier/recognize/cues.h"
#include "dossier/recognize/fuzzy_names.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"

namespace dossier::recognize {

class RecognizePass {
 public:
  RecognizePass(const kb::KnowledgeBase& kb, const Cues& cues, const FuzzyNames& fuzzy,
                const text::AnalyzedText& text, kb::Day day, Recognition& out);
  void Run();

 private:
  struct Hit {
    uint32_t first = 0, end = 0;
    kb::AliasTarget target;  // the preferred meaning
    uint32_t match = 0;      // index into matches_, for all meanings
  };

  // Pass 1 and 2.
  void CollectHits();
  void ComposeHits();
  size_t SectorAfter(size_t hit, uint32_t& gap_end) const;
  void ResolveRole(uint16_t role, const std::string& iso3, uint32_t first, uint32_t end);
  // Pass 3.
  void FindPatternEntities();
  void FindPatternWeapons();
  void FindNamedWars();
  uint32_t DesignationEnd(uint32_t i) const;
  void ClassifyRun(uint32_t first, uint32_t end);
  bool PersonCue(uint32_t first, uint32_t end) const;
  bool PersonNameShape(uint32_t first, uint32_t end) const;
  void FindAcronymsAndSurnames();
  void FindKbSurnames();
  void FindBylines();
  void FindRoleCoreference();
  uint32_t WithGivenName(uint32_t first, uint32_t person) const;
  void FindAffiliations();
  void Finish();

  // Entities and mentions.
  uint32_t KbEntity(uint32_t index, double confidence);
  uint32_t ActorEntity(const std::string& code, std::string_view name);
  uint32_t PatternEntity(const char* type, std::string_view name, const std::string& code,
                         double confidence);
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
  std::vector<uint32_t> ids_;
  std::vector<kb::AliasMatch> matches_;
  std::vector<Hit> hits_;
  std::vector<int32_t> hit_start_;  // token -> hit starting there
  std::vector<int32_t> owner_;      // token -> mention covering it, -1 when free
  std::unordered_map<std::string, uint32_t> entity_keys_;
  std::unordered_map<std::string, uint32_t> acronyms_;  // "CSTO" -> entity
};

}  // namespace dossier::recognize

#endif  // DOSSIER_SRC_RECOGNIZE_RECOGNIZE_PASS_H_
