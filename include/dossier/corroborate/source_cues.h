// SourceCues: how an article refers to a news source without naming it
// ("according to the publication", "a major newspaper reported", "documents
// seen by the outlet"), from data/corroborate/source_cues.tsv (format in the
// file's header and docs/stories.md).
//
// Immutable after Load; safe to share between threads. An empty SourceCues
// (default-constructed) finds nothing.
#ifndef DOSSIER_CORROBORATE_SOURCE_CUES_H_
#define DOSSIER_CORROBORATE_SOURCE_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/status.h"

namespace dossier::corroborate {

// One reference to an unnamed source: the whole frame's byte span.
struct UnnamedSource {
  uint32_t begin = 0, end = 0;
};

class SourceCues {
 public:
  // Reads `data_dir`/corroborate/source_cues.tsv; errors name the file and line.
  static Result<SourceCues> Load(const std::string& data_dir);
  static Result<SourceCues> Parse(std::string_view content, const std::string& path);

  // Every reference to an unnamed source in `text`, in text order.
  std::vector<UnnamedSource> FindUnnamed(std::string_view text) const;
  bool MentionsUnnamed(std::string_view text) const { return !FindUnnamed(text).empty(); }

  bool empty() const { return frames_.empty(); }

 private:
  struct Frame {
    std::vector<std::string> before, after;  // words around the source slot
  };
  // The end (word index) of a reference starting at word `i`, or 0.
  size_t ReferenceEnd(const std::vector<std::string>& words, const std::vector<bool>& lower,
                      size_t i) const;
  bool Has(const std::vector<std::string>& list, std::string_view w) const;

  std::vector<std::string> nouns_, determiners_;
  std::vector<Frame> frames_;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_SOURCE_CUES_H_
