// Groups named only by what they are ("protesters", "the party"), taken to
// be of the state they act against.
#include <array>
#include <string>

#include "coder_context.h"

namespace dossier::code::coder {
namespace {

// The sectors a group noun may give, each with its word set DOMESTIC_<sector>.
constexpr std::array<std::string_view, 7> kSectors = {"REB", "OPP", "PTY", "LAB",
                                                      "EDU", "REL", "CVL"};

// The sector of the group the phrase's head names, or empty.
std::string_view GroupSector(const EventCoder::Context& c, const NounPhrase& np) {
  for (std::string_view sector : kSectors) {
    const std::vector<std::string>* words =
        c.patterns->Synset(std::string("DOMESTIC_") + std::string(sector));
    if (words != nullptr && WordIn(c, np.head, *words)) return sector;
  }
  return {};
}

// The state whose government, courts, parliament or police all targets
// are ("the Algerian president", "the Russian government"), or empty. A
// bare country or its troops are left out: those who denounce a country
// or face its soldiers are as often foreign.
std::string TargetState(const EventCoder::Context& c, const std::vector<Actor>& targets) {
  std::string state;
  for (const Actor& t : targets) {
    if (t.entity < 0 || t.code.size() < 3) return {};
    const recognize::RecognizedEntity& e = c.rec.entities[static_cast<size_t>(t.entity)];
    std::string_view sector = std::string_view(t.code).substr(3);
    bool of_state = sector == "GOV" || sector == "ELI" || sector == "LEG" || sector == "JUD" ||
                    sector == "COP";
    if (!of_state || e.type == "organization" || t.code.compare(0, 3, e.country) != 0) return {};
    if (!state.empty() && state != e.country) return {};
    state = e.country;
  }
  return state;
}

}  // namespace

bool DomesticAgent(const EventCoder::Context& c, int32_t phrase, const std::vector<Actor>& targets,
                   Actor& out) {
  if (phrase < 0 || c.patterns == nullptr || targets.empty()) return false;
  const SentenceParse& p = c.Parse();
  // "The party said it will boycott": the pronoun's group is the speaker.
  if (p.phrases[phrase].pronoun) {
    for (const VerbGroup& v : p.verbs) {
      if (v.subject != phrase || v.link != ClauseLink::kComplement || v.governor == kNoIndex)
        continue;
      phrase = p.verbs[v.governor].subject;
      break;
    }
    if (phrase < 0 || p.phrases[phrase].pronoun) return false;
  }
  std::string_view sector = GroupSector(c, p.phrases[phrase]);
  if (sector.empty()) return false;
  std::string state = TargetState(c, targets);
  if (state.empty()) return false;
  out = Actor();
  out.code = state + std::string(sector);
  out.name = "unnamed " + std::string(c.Lemma(p.phrases[phrase].head));
  return true;
}

}  // namespace dossier::code::coder
