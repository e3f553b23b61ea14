#include "dossier/corroborate/contradiction_finder.h"

#include "contradiction_context.h"

namespace dossier::corroborate {

Result<ContradictionFinder> ContradictionFinder::Load(const std::string& data_dir,
                                                      const kb::KnowledgeBase* kb) {
  auto lexicon = contra::Lexicon::Load(data_dir + "/corroborate");
  if (!lexicon.ok()) return lexicon.status();
  ContradictionFinder finder;
  finder.lexicon_ = std::make_shared<const contra::Lexicon>(std::move(lexicon).value());
  finder.kb_ = kb;
  return finder;
}

void ContradictionFinder::Find(StoryDossier& dossier) const {
  dossier.contradictions.clear();
  contra::StoryView story{dossier, *lexicon_, kb_};
  std::vector<Contradiction> found;
  contra::FindSystemContradictions(story, found);
  contra::FindOrderContradictions(story, found);
  contra::FindNumberContradictions(story, found);
  contra::FindDateContradictions(story, found);
  contra::FindStatusContradictions(story, found);
  contra::FindNameContradictions(story, found);
  dossier.contradictions = std::move(found);
}

}  // namespace dossier::corroborate
