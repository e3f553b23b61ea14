// What the recognize stage finds in one text: entities resolved to actor
// codes, each with its mentions.
#ifndef DOSSIER_RECOGNIZE_RECOGNITION_H_
#define DOSSIER_RECOGNIZE_RECOGNITION_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::recognize {

// One place in the text that names an entity.
struct Mention {
  uint32_t begin = 0;  // byte span in the text
  uint32_t end = 0;
  uint32_t sentence = 0;
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t entity = 0;  // index into Recognition::entities
  std::string code;     // actor code of this mention ("BLRGOV" for "the Belarusian president")
  std::string how;      // "dictionary", "acronym", "pattern", "surname", "role", "fuzzy", ...
};

struct RecognizedEntity {
  std::string name;  // canonical name (the knowledge base's, else the first mention's)
  std::string type;  // country, place, person, organization, weapon, conflict, territory, actor
  std::string code;  // actor code at the article's date; empty for weapons
  std::string country;     // ISO alpha-3 of the entity's country, when known
  std::string kind;        // place kind, organisation type, weapon category
  std::string role;        // a person's role at the date ("defence_minister")
  std::string affiliation; // people found by pattern: where they work
  std::string note;        // e.g. the spelling mismatch of a fuzzy match
  double confidence = 0;
  int32_t kb = -1;         // knowledge-base entity, -1 when found by pattern only
  std::vector<std::string> aliases;  // surface forms seen
  std::vector<uint32_t> mentions;    // indexes into Recognition::mentions
};

struct Recognition {
  std::vector<RecognizedEntity> entities;
  std::vector<Mention> mentions;  // in text order
  void Clear() {
    entities.clear();
    mentions.clear();
  }
};

}  // namespace dossier::recognize

#endif  // DOSSIER_RECOGNIZE_RECOGNITION_H_
