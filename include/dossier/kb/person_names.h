// The parts of a person's name that news uses alone: the surname
// ("Aliyev", "von der Leyen") and the given name whose spelling varies
// ("Aleksander" for "Alexander"). Where the family name comes first
// (China, Korea, Vietnam, ...) or a name has no family name (Myanmar) the
// last word is not a surname, and nothing is derived.
#ifndef DOSSIER_KB_PERSON_NAMES_H_
#define DOSSIER_KB_PERSON_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::kb {

// Surface forms of the surname of `full_name`, a person of country
// `iso3` (may be empty): "Ursula von der Leyen" gives "von der Leyen";
// "Bashar al-Assad" gives "al-Assad" and "Assad". Empty when the name has
// one word, a patronymic particle ("bin", "ibn") or a family-first order.
std::vector<std::string> SurnamesOf(std::string_view full_name, std::string_view iso3);

// The first word of a given-name-first name ("Ilham" of "Ilham Aliyev");
// empty when SurnamesOf would give nothing.
std::string_view GivenNameOf(std::string_view full_name, std::string_view iso3);

}  // namespace dossier::kb

#endif  // DOSSIER_KB_PERSON_NAMES_H_
