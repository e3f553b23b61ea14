#include "dossier/kb/person_names.h"

#include <gtest/gtest.h>

namespace dossier::kb {
namespace {

using Names = std::vector<std::string>;

TEST(PersonNamesTest, SurnameIsTheLastWordWithItsParticles) {
  EXPECT_EQ(SurnamesOf("Ilham Aliyev", "AZE"), Names{"Aliyev"});
  EXPECT_EQ(SurnamesOf("Ursula von der Leyen", "DEU"), Names{"von der Leyen"});
  EXPECT_EQ(SurnamesOf("Bashar al-Assad", "SYR"), (Names{"al-Assad", "Assad"}));
  EXPECT_EQ(GivenNameOf("Alexander Lukashenko", "BLR"), "Alexander");
}

TEST(PersonNamesTest, NoSurnameWhereTheLastWordIsNotOne) {
  EXPECT_TRUE(SurnamesOf("Xi Jinping", "CHN").empty());            // family name first
  EXPECT_TRUE(SurnamesOf("Min Aung Hlaing", "MMR").empty());       // no family name
  EXPECT_TRUE(SurnamesOf("Mohammed bin Salman", "SAU").empty());   // patronymic
  EXPECT_TRUE(SurnamesOf("Lula", "BRA").empty());                  // one word
  EXPECT_TRUE(GivenNameOf("Kim Jong Un", "PRK").empty());
}

}  // namespace
}  // namespace dossier::kb
