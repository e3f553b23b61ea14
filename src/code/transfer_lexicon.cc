#include "dossier/code/transfer_lexicon.h"

#include <fmt/format.h>

#include <filesystem>

#include "dossier/kb/tsv.h"

namespace dossier::code {
namespace {

// "end-user certificate" -> {"end", "user", "certificate"}.
std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : phrase) {
    if (ch == ' ' || ch == '-') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += ch;
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

Status ParseRole(std::string_view name, TransferRole& out) {
  if (name == "supplier")
    out = TransferRole::kSupplier;
  else if (name == "recipient")
    out = TransferRole::kRecipient;
  else
    return Status(StatusCode::kCorruptInput,
                  fmt::format("unknown role \"{}\" (supplier, recipient)", name));
  return Status::Ok();
}

Status NeedStatus(std::string_view value, TransferStatus& out) {
  if (ParseTransferStatus(value, out)) return Status::Ok();
  return Status(StatusCode::kCorruptInput, fmt::format("unknown status \"{}\"", value));
}

}  // namespace

bool ParseTransferStatus(std::string_view name, TransferStatus& out) {
  for (uint8_t i = 0; i <= static_cast<uint8_t>(TransferStatus::kReported); ++i) {
    if (name == TransferStatusName(static_cast<TransferStatus>(i))) {
      out = static_cast<TransferStatus>(i);
      return true;
    }
  }
  return false;
}

Result<TransferLexicon> TransferLexicon::Load(const std::string& path) {
  if (!std::filesystem::exists(path))
    return Status(StatusCode::kNotFound, "no transfer lexicon").WithPath(path);
  TransferLexicon lexicon;
  Status st = kb::ForEachRow(path, 2, 4, [&](const kb::TsvRow& row) -> Status {
    std::string_view value = row.fields.size() > 2 ? row.fields[2] : std::string_view();
    std::string_view role = row.fields.size() > 3 ? row.fields[3] : std::string_view();
    Status s = lexicon.AddLine(row.fields[0], row.fields[1], value, role);
    return s.ok() ? s : row.Error(s.message());
  });
  if (!st.ok()) return st;
  return lexicon;
}

Status TransferLexicon::AddLine(std::string_view kind, std::string_view words,
                                std::string_view value, std::string_view role) {
  const std::vector<std::string_view> list = kb::SplitValues(words);
  TransferStatus status = TransferStatus::kDelivered;
  if (kind == "code" || kind == "verb" || kind == "noun" || kind == "govern") {
    if (Status s = NeedStatus(value, status); !s.ok()) return s;
  }
  TransferWord word{status, TransferRole::kSupplier};
  if (kind == "verb" || kind == "noun") {
    if (Status s = ParseRole(role, word.role); !s.ok()) return s;
  }
  for (std::string_view w : list) {
    std::string key(w);
    if (kind == "code")
      codes_[key] = status;
    else if (kind == "govern")
      governors_[key] = status;
    else if (kind == "verb")
      verbs_[key] = word;
    else if (kind == "noun")
      nouns_[key] = word;
    else if (kind == "related")
      related_.insert(key);
    else if (kind == "light")
      lights_.insert(key);
    else if (kind == "unit")
      units_.insert(key);
    else if (kind == "carrier")
      carriers_.insert(key);
    else if (kind == "purpose")
      purposes_.insert(key);
    else if (kind == "list")
      lists_.insert(key);
    else if (kind == "head")
      heads_[key] = value.empty() ? "-" : std::string(value);
    else if (kind == "evidence")
      evidence_.push_back(PhraseWords(w));
    else if (kind == "evidencemod")
      evidence_modifiers_.insert(key);
    else if (kind == "modality") {
      Modality m;
      if (!ParseModality(w, m))
        return Status(StatusCode::kCorruptInput, fmt::format("unknown modality \"{}\"", w));
      TransferStatus to = TransferStatus::kDelivered;
      if (value.empty())
        modalities_[static_cast<uint8_t>(m)] = -1;
      else if (Status s = NeedStatus(value, to); !s.ok())
        return s;
      else
        modalities_[static_cast<uint8_t>(m)] = static_cast<int>(to);
    } else {
      return Status(
          StatusCode::kCorruptInput,
          fmt::format("unknown kind \"{}\" (code, related, verb, govern, noun, modality, light, "
                      "unit, carrier, "
                      "purpose, list, head, evidence, evidencemod)",
                      kind));
    }
  }
  return Status::Ok();
}

const TransferStatus* TransferLexicon::ModalityStatus(Modality m, bool& drops) const {
  static constexpr TransferStatus kStatuses[] = {
      TransferStatus::kOffered,    TransferStatus::kOrdered,  TransferStatus::kDelivered,
      TransferStatus::kModernised, TransferStatus::kLicensed, TransferStatus::kReported};
  drops = false;
  auto it = modalities_.find(static_cast<uint8_t>(m));
  if (it == modalities_.end()) return nullptr;
  if (it->second < 0) {
    drops = true;
    return nullptr;
  }
  return &kStatuses[it->second];
}

}  // namespace dossier::code
