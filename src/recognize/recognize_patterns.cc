// Pass 3 of the recognizer: entities the knowledge base does not list.
#include <algorithm>

#include "dossier/text/normalizer.h"
#include "dossier/text/pos_tag.h"
#include "dossier/text/pos_tagger.h"
#include "dossier/time/calendar_words.h"
#include "recognize_pass.h"

namespace dossier::recognize {
namespace {

bool IsCountryOrPlace(const RecognizedEntity& e) {
  return e.type == "country" || e.type == "place" || e.type == "territory";
}

}  // namespace

void RecognizePass::DropMention(int32_t mention) {
  Mention& m = out_.mentions[static_cast<size_t>(mention)];
  for (uint32_t i = m.first_token; i < m.end_token; ++i) owner_[i] = -1;
  m.entity = UINT32_MAX;
}

void RecognizePass::FindPatternEntities() {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  // A run may swallow a country or place word that belongs to an
  // organisation's name ("Armenian Center for Strategic Studies").
  auto absorbable = [&](uint32_t j) {
    if (owner_[j] < 0) return true;
    const Mention& m = out_.mentions[static_cast<size_t>(owner_[j])];
    if (m.how == "dictionary") return IsCountryOrPlace(out_.entities[m.entity]);
    // "Belarusian State Arms Export Agency": a capitalised country + sector
    // is the start of a name.
    if (m.how != "country+sector") return false;
    for (uint32_t k = m.first_token; k < m.end_token; ++k) {
      if (!IsCap(k)) return false;
    }
    return true;
  };
  for (uint32_t i = 0; i < n;) {
    if (!IsCap(i) || !absorbable(i)) {
      ++i;
      continue;
    }
    uint32_t j = i, last = i;
    while (j < n) {
      if (IsCap(j) && absorbable(j) && !(j > i && text_.tokens[j].Has(text::kLineStart))) {
        last = j++;
        continue;
      }
      if (j + 1 < n && IsCap(j + 1) && owner_[j] < 0 && text_.tokens[j].Has(text::kJoiner)) {
        ++j;
        continue;
      }
      // A middle initial whose full stop is a token of its own: "Dirk A. Kempthorne".
      if (j > i && j + 1 < n && IsCap(j + 1) && owner_[j] < 0 && Norm(j) == "." &&
          !text_.tokens[j].Has(text::kSpaceBefore) && Norm(j - 1).size() == 1) {
        ++j;
        continue;
      }
      if (j + 1 < n && IsCap(j + 1) && owner_[j] < 0 && !IsCap(j) && cues_.IsOrgWord(Norm(j))) {
        ++j;
        continue;
      }
      break;
    }
    if (last > i || !MisspeltCountryAt(i)) ClassifyRun(i, last + 1);
    i = last + 1;
  }
}

// A lone capitalised word that is a country's name misspelt ("Ethopia has
// agreed"): not an English word, not in capitals, not part of a longer name.
bool RecognizePass::MisspeltCountryAt(uint32_t token) {
  const text::Token& t = text_.tokens[token];
  std::string_view w = Norm(token);
  if (owner_[token] >= 0 || t.kind != text::TokenKind::kWord || t.Has(text::kAllCaps) ||
      t.Has(text::kHasDigit) || w.size() + 1 < FuzzyNames::kMinCountryLetters ||
      text::IsCommonWord(w))
    return false;
  std::optional<uint32_t> country = fuzzy_.MisspeltCountry(w);
  if (!country) return false;
  uint32_t entity = KbEntity(*country, 0.7);
  RecognizedEntity& e = out_.entities[entity];
  if (e.note.empty())
    e.note = "written \"" + SpanText(token, token + 1) + "\" in the text; known as \"" + e.name + "\"";
  return AddMention(token, token + 1, entity, e.code, "fuzzy");
}

// A person's name is capitalised words only (joiners aside: "Jean-Pierre"),
// none of them a weekday, a month ("Also on Saturday", "Sunday the Angels")
// or an occupation ("Founder and CEO"), nor a title alone.
bool RecognizePass::PersonNameShape(uint32_t first, uint32_t end) const {
  for (uint32_t j = first; j < end; ++j) {
    const text::Token& t = text_.tokens[j];
    if (t.Has(text::kJoiner)) continue;
    if (j > first && Norm(j) == "." && Norm(j - 1).size() == 1) continue;  // an initial
    if (!IsCap(j) || cues_.IsOccupation(NormNoDot(j))) return false;
    if (end - first == 1 && (cues_.IsTitle(NormNoDot(j)) || NormNoDot(j).size() < 2)) return false;
    time::Lex lex = time::LookupWord(Norm(j)).lex;
    if (lex == time::Lex::kWeekday || (lex == time::Lex::kMonth && j == first)) return false;
  }
  return true;
}

bool RecognizePass::PersonCue(uint32_t first, uint32_t end) const {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  if (first > 0) {
    std::string_view prev = NormNoDot(first - 1);
    if (cues_.IsOccupation(prev) || cues_.IsTitle(prev) || cues_.IsSpeech(prev)) return true;
    if (first > 1 && prev == "to" && Norm(first - 2) == "according") return end - first >= 2;
  }
  if (end < n && cues_.IsSpeech(Norm(end))) return end - first >= 2;
  // "Eduard X, a research fellow at Y" / "X, the deputy minister, said".
  if (end + 1 < n && Norm(end) == ",") {
    for (uint32_t j = end + 1; j < n && j < end + 6; ++j) {
      if (cues_.IsOccupation(NormNoDot(j))) return end - first >= 2;
      if (Norm(j) == "," || Norm(j) == ".") break;
    }
  }
  return false;
}

void RecognizePass::ClassifyRun(uint32_t first, uint32_t end) {
  // Sentence openers and titles are not part of the name.
  bool titled = false;
  while (first < end && owner_[first] < 0) {
    std::string_view w = NormNoDot(first);
    if (cues_.IsTitle(w)) {
      titled = true;
    } else if (!(kb_.abbreviations().IsSentenceStarter(w) || cues_.IsOrgWord(w))) {
      break;
    }
    ++first;
  }
  if (first >= end) return;
  uint32_t suffix = end;
  for (uint32_t j = first; j < end; ++j) {
    // The suffix itself must be free: "West Bank" is a place the dictionary
    // knows, not a bank.
    if (IsCap(j) && owner_[j] < 0 && !cues_.OrgSuffixSector(NormNoDot(j)).empty()) {
      suffix = j;
      break;
    }
  }
  if (suffix < end && end - first >= 2) {
    std::string country;
    // "Yerevan's Regional Center for ...": the place before the possessive
    // tells the country and stays a mention of its own.
    for (uint32_t j = suffix; j-- > first;) {
      if (!text_.tokens[j].Has(text::kPossessive)) continue;
      if (j > first && owner_[j - 1] >= 0)
        country = out_.entities[out_.mentions[static_cast<size_t>(owner_[j - 1])].entity].country;
      first = j + 1;
      break;
    }
    if (end - first < 2) return;
    std::vector<std::string_view>& words = b_.words;
    words.clear();
    for (uint32_t j = first; j < end; ++j) {
      if (owner_[j] >= 0) {
        const Mention& m = out_.mentions[static_cast<size_t>(owner_[j])];
        if (country.empty()) country = out_.entities[m.entity].country;
        DropMention(owner_[j]);
      }
      if (!text_.tokens[j].Has(text::kJoiner)) words.push_back(Norm(j));
    }
    std::string name = SpanText(first, end);
    uint32_t entity;
    std::vector<uint32_t> known;
    for (const RecognizedEntity& e : out_.entities) {
      if (e.kb >= 0 && e.type == "organization") known.push_back(static_cast<uint32_t>(e.kb));
    }
    if (auto fuzzy = fuzzy_.Best(words, 0.8, known, 0.6)) {
      entity = KbEntity(fuzzy->entity, 0.9 * fuzzy->score);
      RecognizedEntity& e = out_.entities[entity];
      if (e.note.empty() && text::Normalized(name) != text::Normalized(e.name))
        e.note = "written \"" + name + "\" in the text; known as \"" + e.name + "\"";
      AddMention(first, end, entity, e.code, "fuzzy");
    } else {
      std::string code = country.empty() ? "" : country + std::string(cues_.OrgSuffixSector(NormNoDot(suffix)));
      entity = PatternEntity("organization", name, code, 0.6);
      AddMention(first, end, entity, code, "pattern");
    }
    return;
  }
  // Trim tokens owned by other mentions; what is left must be free.
  while (end > first && owner_[end - 1] >= 0) --end;
  if (end <= first || !Free(first, end)) return;
  // What a person does comes before the name: "Commerce Secretary Gary
  // Locke", "MWEB CEO Rudi Jansen".
  for (uint32_t j = end - 1; j-- > first;) {
    if (cues_.IsOccupation(NormNoDot(j))) {
      first = j + 1;
      titled = true;
      break;
    }
  }
  bool title_before = titled || (first > 0 && cues_.IsTitle(NormNoDot(first - 1)));
  if (end - first > 4 || (end - first == 1 && !title_before) || !PersonNameShape(first, end))
    return;
  if (!title_before && !PersonCue(first, end)) return;
  // The person's country, from a country word right before the titles and
  // occupations that introduce the name ("Armenian military analyst X").
  std::string code;
  for (uint32_t j = first; j-- > 0 && j + 5 > first;) {
    if (owner_[j] >= 0) {
      const RecognizedEntity& e = out_.entities[out_.mentions[static_cast<size_t>(owner_[j])].entity];
      if (e.type == "country") code = e.country;
      break;
    }
    std::string_view w = NormNoDot(j);
    bool introduces = cues_.IsOccupation(w) || cues_.IsTitle(w) ||
                      text::IsAdjective(static_cast<text::Pos>(text_.tokens[j].pos));
    if (!introduces) break;
  }
  uint32_t entity = PatternEntity("person", SpanText(first, end), code, 0.7);
  AddMention(first, end, entity, out_.entities[entity].code, "pattern");
}

void RecognizePass::FindAcronymsAndSurnames() {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  // Both tables keep the first entity given a string.
  auto add = [](kb::StringIds& ids, std::vector<uint32_t>& entities, std::string_view s,
                uint32_t entity) {
    if (ids.Insert(s) > entities.size()) entities.push_back(entity);
  };
  // "Collective Security Treaty Organization (CSTO)": the acronym names the entity.
  b_.acronyms.Clear();
  b_.acronym_entity.clear();
  for (const Mention& m : out_.mentions) {
    if (m.entity == UINT32_MAX) continue;
    uint32_t j = m.end_token;
    if (j + 2 < n && Norm(j) == "(" && text_.tokens[j + 1].Has(text::kAllCaps) && Norm(j + 2) == ")")
      add(b_.acronyms, b_.acronym_entity, text_.Surface(text_.tokens[j + 1]), m.entity);
  }
  b_.surnames.Clear();
  b_.surname_entity.clear();
  for (uint32_t e = 0; e < out_.entities.size(); ++e) {
    const RecognizedEntity& r = out_.entities[e];
    if (r.type != "person") continue;
    b_.key.clear();
    text::AppendNormalized(r.name, b_.key);
    size_t space = b_.key.rfind(' ');
    if (space != std::string::npos)
      add(b_.surnames, b_.surname_entity, std::string_view(b_.key).substr(space + 1), e);
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (owner_[i] >= 0) continue;
    const text::Token& t = text_.tokens[i];
    if (t.Has(text::kAllCaps)) {
      if (uint32_t id = b_.acronyms.Find(text_.Surface(t))) {
        uint32_t entity = b_.acronym_entity[id - 1];
        AddMention(i, i + 1, entity, out_.entities[entity].code, "acronym");
        continue;
      }
    }
    if (!IsCap(i)) continue;
    if (uint32_t id = b_.surnames.Find(Norm(i))) {
      uint32_t entity = b_.surname_entity[id - 1];
      const RecognizedEntity& r = out_.entities[entity];
      std::string code = r.kb >= 0 ? kb_.CodeAt(static_cast<uint32_t>(r.kb), day_) : r.code;
      AddMention(i, i + 1, entity, code, "surname");
    }
  }
}

void RecognizePass::FindAffiliations() {
  for (size_t k = 0; k < out_.mentions.size(); ++k) {
    const Mention& m = out_.mentions[k];
    if (m.entity == UINT32_MAX) continue;
    RecognizedEntity& person = out_.entities[m.entity];
    if (person.type != "person" || person.kb >= 0 || !person.affiliation.empty()) continue;
    const uint32_t limit = std::min<uint32_t>(m.end_token + 15, static_cast<uint32_t>(text_.tokens.size()));
    for (uint32_t j = m.end_token; j + 1 < limit; ++j) {
      std::string_view w = Norm(j);
      if (w == "." || w == ";") break;
      if (w != "at" && w != "of" && w != "from" && w != "with") continue;
      uint32_t at = j + 1 < limit && Norm(j + 1) == "the" ? j + 2 : j + 1;
      if (at >= limit || owner_[at] < 0) continue;
      // "at Yerevan's Regional Center ...": past the place and its possessive.
      const Mention& place = out_.mentions[static_cast<size_t>(owner_[at])];
      if (place.end_token + 1 < limit && text_.tokens[place.end_token].Has(text::kPossessive) &&
          owner_[place.end_token + 1] >= 0)
        at = place.end_token + 1;
      const RecognizedEntity& org =
          out_.entities[out_.mentions[static_cast<size_t>(owner_[at])].entity];
      if (org.type != "organization" && org.type != "actor") continue;
      person.affiliation = org.name;
      if (person.country.empty()) person.country = org.country;
      if (person.code.empty()) person.code = person.country;
      break;
    }
  }
}

void RecognizePass::Finish() {
  // Drop the mentions taken back, in place so the vector keeps its memory.
  auto kept = std::remove_if(out_.mentions.begin(), out_.mentions.end(),
                             [](const Mention& m) { return m.entity == UINT32_MAX; });
  out_.mentions.erase(kept, out_.mentions.end());
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  for (uint32_t i = 0; i < out_.mentions.size(); ++i) {
    Mention& m = out_.mentions[i];
    RecognizedEntity& e = out_.entities[m.entity];
    e.mentions.push_back(i);
    if (m.code.empty()) m.code = e.code;  // learnt after the mention: an affiliation's country
    // An actor first named by a mention that a longer name later took over
    // ("Belarusian State" in "... State Arms Export Agency") is named by the
    // first mention it kept.
    if (e.type == "actor" && e.mentions.size() == 1)
      e.name = text_.text.substr(m.begin, m.end - m.begin);
    std::string_view surface = text_.text.substr(m.begin, m.end - m.begin);
    if (surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
      e.aliases.emplace_back(surface);
  }
}

}  // namespace dossier::recognize
