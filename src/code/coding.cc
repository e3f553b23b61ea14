#include "dossier/code/coding.h"

#include <array>

namespace dossier::code {
namespace {

constexpr std::array<const char*, 8> kModalityNames = {
    "asserted", "reported", "alleged", "planned", "threatened", "denied", "negated", "hypothetical"};
constexpr std::array<const char*, 6> kStatusNames = {"offered",    "ordered",  "delivered",
                                                     "modernised", "licensed", "reported"};

}  // namespace

const char* ModalityName(Modality m) { return kModalityNames[static_cast<size_t>(m)]; }

bool ParseModality(std::string_view name, Modality& out) {
  for (size_t i = 0; i < kModalityNames.size(); ++i) {
    if (name == kModalityNames[i]) {
      out = static_cast<Modality>(i);
      return true;
    }
  }
  return false;
}

const char* TransferStatusName(TransferStatus s) { return kStatusNames[static_cast<size_t>(s)]; }

int TransferStatusRank(TransferStatus s) {
  // By enum order: offered, ordered, delivered, modernised, licensed, reported.
  constexpr std::array<int, 6> kRanks = {1, 2, 5, 4, 3, 0};
  return kRanks[static_cast<size_t>(s)];
}

}  // namespace dossier::code
