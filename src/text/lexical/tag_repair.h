// Repairs of tags the bigram search gets wrong for want of a wider view;
// run on a sentence after the Viterbi search, by the tagger and the text
// analyzer alike.
#ifndef DOSSIER_SRC_TEXT_LEXICAL_TAG_REPAIR_H_
#define DOSSIER_SRC_TEXT_LEXICAL_TAG_REPAIR_H_

#include <functional>
#include <span>
#include <string_view>

#include "dossier/text/pos_tag.h"

namespace dossier::text::lexical {

// Whether word i of the sentence may take the tag (it is among its candidates).
using CanTag = std::function<bool(size_t, Pos)>;

// A plural noun read as a verb before a past tense: a word tagged VBZ that
// is no auxiliary and may be NNS, followed by one tagged VBN or VBD that
// may be VBD, is the subject of that verb ("almost crowds trashed its
// embassy": crowds/NNS trashed/VBD), since a full verb in -s takes no
// participle after it.
// A word that may be a past tense, read as a noun before a determiner, a
// possessive, a plural noun or a number, or as an adjective in -ed before a
// determiner, a possessive or a name, right after a proper-noun subject
// that no determiner or adjective introduces, is that past tense ("Saudi
// Arabia cut/VBD ties", "Qatar funded/VBD Hamas").
// "tear" before "gas" is a noun ("fired tear/NN gas").
// A past tense read as an adjective after "and" in a past-tense sentence,
// before a noun phrase, is a verb ("condemned the attack and promised/VBD
// aid").
void RepairTags(std::span<const std::string_view> words, const CanTag& can_tag,
                std::span<Pos> tags);

}  // namespace dossier::text::lexical

#endif  // DOSSIER_SRC_TEXT_LEXICAL_TAG_REPAIR_H_
