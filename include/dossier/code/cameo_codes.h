// The CAMEO event codes with their PLOVER types and modes
// (data/events/cameo.tsv, format in docs/event-patterns.md).
#ifndef DOSSIER_CODE_CAMEO_CODES_H_
#define DOSSIER_CODE_CAMEO_CODES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/core/status.h"

namespace dossier::code {

struct CameoCode {
  std::string code;    // "0332"
  std::string plover;  // "AGREE", empty when PLOVER has no such event
  std::string mode;    // "military", may be empty
  std::string name;    // "Express intent to provide military aid"
};

// Immutable after Load; safe to share between threads.
class CameoCodes {
 public:
  // Errors: kNotFound for a missing file; kCorruptInput naming the file and
  // line of a malformed record, a code that is not 2-4 digits with a root
  // 01-20, a duplicate, or a code whose parent is missing.
  static Result<CameoCodes> Load(const std::string& path);

  // nullptr when the code is unknown.
  const CameoCode* Find(std::string_view code) const;
  const std::vector<CameoCode>& all() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

// True for 2-4 ASCII digits with a root between 01 and 20.
bool IsCameoCodeShape(std::string_view code);

}  // namespace dossier::code

#endif  // DOSSIER_CODE_CAMEO_CODES_H_
