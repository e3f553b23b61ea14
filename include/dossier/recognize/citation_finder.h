// CitationFinder: the outlets and documents an article says it relies on
// ("the Guardian reported", "documents reviewed by Reuters", "according to the
// Kyiv Independent").
//
// Pattern-based: a capitalised name run in a reporting frame. Frames that
// name no one ("according to the publication") are left out here; linking
// them to a named origin is corroboration's job.
#ifndef DOSSIER_RECOGNIZE_CITATION_FINDER_H_
#define DOSSIER_RECOGNIZE_CITATION_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// Cited sources in order of first mention, each once (case-insensitively;
// the most frequent spelling is kept).
std::vector<std::string> FindCitedSources(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_RECOGNIZE_CITATION_FINDER_H_
