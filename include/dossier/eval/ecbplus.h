// Reads the ECB+ corpus (tokenised XML, one file per document) back into
// plain text: tokens joined by spaces, one sentence per line.
#ifndef DOSSIER_EVAL_ECBPLUS_H_
#define DOSSIER_EVAL_ECBPLUS_H_

#include <string>
#include <vector>

#include "dossier/core/status.h"

namespace dossier {

struct EcbDocument {
  std::string name;   // "1_10ecb.xml"
  std::string topic;  // the topic folder: "1"
  std::string text;
};

// All documents under `dir` (topic folders of *.xml), sorted by path.
// Errors name the file and line of malformed XML.
Result<std::vector<EcbDocument>> ReadEcbPlus(const std::string& dir);

}  // namespace dossier

#endif  // DOSSIER_EVAL_ECBPLUS_H_
