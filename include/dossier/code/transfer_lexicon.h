// The words behind arms transfers (data/events/transfers.tsv, format in
// docs/event-patterns.md): which CAMEO codes are transfers, the verbs and
// nouns that state one with the status and roles they give, the words that
// count, list and qualify items, and the documents cited as evidence.
//
// Immutable after Load; safe to share between threads.
#ifndef DOSSIER_CODE_TRANSFER_LEXICON_H_
#define DOSSIER_CODE_TRANSFER_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/core/status.h"

namespace dossier::code {

// Who the subject of a transfer verb (active voice) or the possessor of a
// transfer noun is.
enum class TransferRole : uint8_t { kSupplier, kRecipient };

struct TransferWord {
  TransferStatus status = TransferStatus::kDelivered;
  TransferRole role = TransferRole::kSupplier;
};

class TransferLexicon {
 public:
  // Errors: kNotFound for a missing file; kCorruptInput naming the file and
  // line of an unknown kind, status or role, or a record without its value.
  static Result<TransferLexicon> Load(const std::string& path);

  // Lines of the file's format, for tests and user additions.
  Status AddLine(std::string_view kind, std::string_view words, std::string_view value,
                 std::string_view role);

  // The default status of events with this CAMEO code; nullptr when the
  // code is no transfer code.
  const TransferStatus* Code(std::string_view cameo) const { return Find(codes_, cameo); }
  // A code whose events, between the parties of a transfer, are mentions of
  // it without items ("X aided Y's armed forces between 2018 and 2022").
  bool IsRelatedCode(std::string_view cameo) const {
    return related_.count(std::string(cameo)) != 0;
  }
  // By lemma ("supply", "hand_over"); nullptr when the word is none.
  const TransferWord* Verb(std::string_view lemma) const { return Find(verbs_, lemma); }
  const TransferWord* Noun(std::string_view lemma) const { return Find(nouns_, lemma); }
  const TransferStatus* Governor(std::string_view lemma) const { return Find(governors_, lemma); }
  // The status a modality gives; `drops` when the modality states no transfer.
  const TransferStatus* ModalityStatus(Modality m, bool& drops) const;

  // A verb that lets a transfer noun take its subject ("placed orders",
  // "continued its deliveries").
  bool IsLight(std::string_view lemma) const { return lights_.count(std::string(lemma)) != 0; }
  // A noun whose "of" phrase holds the items ("production of drones").
  bool IsCarrier(std::string_view lemma) const { return carriers_.count(std::string(lemma)) != 0; }
  bool IsUnit(std::string_view lemma) const { return units_.count(std::string(lemma)) != 0; }
  bool IsPurpose(std::string_view word) const { return purposes_.count(std::string(word)) != 0; }
  // "include", "including", "such_as".
  bool IsList(std::string_view word) const { return lists_.count(std::string(word)) != 0; }
  // An item noun besides the weapon nouns: its category ("-" when none), or
  // nullptr.
  const std::string* ItemHead(std::string_view lemma) const { return Find(heads_, lemma); }

  // Evidence phrases as lemma sequences, hyphens split ("end-user
  // certificate" is {"end", "user", "certificate"}).
  const std::vector<std::vector<std::string>>& evidence() const { return evidence_; }
  bool IsEvidenceModifier(std::string_view word) const {
    return evidence_modifiers_.count(std::string(word)) != 0;
  }

 private:
  template <typename T>
  static const T* Find(const std::unordered_map<std::string, T>& map, std::string_view key) {
    auto it = map.find(std::string(key));
    return it == map.end() ? nullptr : &it->second;
  }

  std::unordered_map<std::string, TransferStatus> codes_, governors_;
  std::unordered_map<std::string, TransferWord> verbs_, nouns_;
  std::unordered_map<std::string, std::string> heads_;
  std::unordered_map<uint8_t, int> modalities_;  // Modality -> status, -1 drops
  std::unordered_set<std::string> related_, lights_, carriers_, units_, purposes_, lists_,
      evidence_modifiers_;
  std::vector<std::vector<std::string>> evidence_;
};

// false when `name` is not a status name ("offered", "ordered", ...).
bool ParseTransferStatus(std::string_view name, TransferStatus& out);

}  // namespace dossier::code

#endif  // DOSSIER_CODE_TRANSFER_LEXICON_H_
