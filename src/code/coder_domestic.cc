// Groups named only by what they are ("protesters", "the party"), taken to
// be of the state they act against.
#include <algorithm>
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

// The state all `actors` are institutions of, each with one of the
// `sectors` ("the Algerian president" GOV, "Peruvian police" COP), or empty.
template <size_t N>
std::string StateOf(const EventCoder::Context& c, const std::vector<Actor>& actors,
                    const std::array<std::string_view, N>& sectors) {
  std::string state;
  for (const Actor& a : actors) {
    if (a.entity < 0 || a.code.size() < 3) return {};
    const recognize::RecognizedEntity& e = c.rec.entities[static_cast<size_t>(a.entity)];
    std::string_view sector = std::string_view(a.code).substr(3);
    if (std::find(sectors.begin(), sectors.end(), sector) == sectors.end()) return {};
    if (e.type == "organization" || a.code.compare(0, 3, e.country) != 0) return {};
    if (!state.empty() && state != e.country) return {};
    state = e.country;
  }
  return state;
}

Actor GroupActor(const EventCoder::Context& c, const NounPhrase& np, const std::string& state,
                 std::string_view sector) {
  Actor out;
  out.code = state + std::string(sector);
  out.name = "unnamed " + std::string(c.Lemma(np.head));
  return out;
}

}  // namespace

bool DomesticAgent(const EventCoder::Context& c, int32_t phrase, const std::vector<Actor>& targets,
                   Actor& out) {
  if (phrase < 0 || c.patterns == nullptr || targets.empty()) return false;
  const SentenceParse& p = c.Parse();
  // "The party said it will boycott": the pronoun's group is the speaker.
  if (p.phrases[phrase].pronoun) phrase = SpeakerPhrase(c, phrase);
  if (phrase == kNoIndex) return false;
  std::string_view sector = GroupSector(c, p.phrases[phrase]);
  if (sector.empty()) return false;
  // A bare country or its troops are left out: those who denounce a
  // country or face its soldiers are as often foreign.
  static constexpr std::array<std::string_view, 5> kInstitutions = {"GOV", "ELI", "LEG", "JUD",
                                                                    "COP"};
  std::string state = StateOf(c, targets, kInstitutions);
  if (state.empty()) return false;
  out = GroupActor(c, p.phrases[phrase], state, sector);
  return true;
}

bool DomesticTarget(const EventCoder::Context& c, int32_t phrase, const std::vector<Actor>& sources,
                    Actor& out) {
  if (phrase < 0 || c.patterns == nullptr || sources.empty()) return false;
  const NounPhrase& np = c.Parse().phrases[phrase];
  if (np.pronoun) return false;
  std::string_view sector = GroupSector(c, np);
  if (sector.empty()) return false;
  static constexpr std::array<std::string_view, 2> kInland = {"COP", "JUD"};
  std::string state = StateOf(c, sources, kInland);
  if (state.empty()) return false;
  out = GroupActor(c, np, state, sector);
  return true;
}

}  // namespace dossier::code::coder
