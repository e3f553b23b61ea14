#include "recognize_pass.h"

#include <algorithm>
#include <charconv>
#include <chrono>

#include "dossier/text/normalizer.h"
#include "dossier/text/pos_tag.h"

namespace dossier::recognize {
namespace {

using kb::AliasKind;
using kb::EntityType;

// Preference among the meanings of one alias: names over metonyms over
// adjectives over role and sector words; our own data over user files over
// the PETRARCH layer.
int Rank(const kb::AliasTarget& t) {
  int kind = t.kind == AliasKind::kName ? 0 : t.kind == AliasKind::kMetonym ? 1
           : t.kind == AliasKind::kAdjective ? 2 : t.kind == AliasKind::kRole ? 3
           : t.kind == AliasKind::kSectorWord || t.kind == AliasKind::kAgent ? 4 : 5;
  return kind * 4 + t.layer;
}

kb::Day Today() {
  using namespace std::chrono;
  return static_cast<kb::Day>(
      duration_cast<days>(system_clock::now().time_since_epoch()).count());
}

constexpr uint32_t kRoleAndSectorKinds = 1u << static_cast<uint32_t>(AliasKind::kRole) |
                                        1u << static_cast<uint32_t>(AliasKind::kSectorWord);

bool IsEntityTarget(const kb::AliasTarget& t) {
  return t.kind == AliasKind::kName || t.kind == AliasKind::kMetonym ||
         t.kind == AliasKind::kAdjective;
}

}  // namespace

RecognizePass::RecognizePass(const kb::KnowledgeBase& kb, const Cues& cues,
                             const FuzzyNames& fuzzy, const text::AnalyzedText& text, kb::Day day,
                             Recognition& out, Recognizer::Scratch::Buffers& buffers)
    : kb_(kb),
      cues_(cues),
      fuzzy_(fuzzy),
      text_(text),
      day_(day == kb::kNoDay ? Today() : day),
      out_(out),
      b_(buffers),
      hits_(buffers.hits),
      hit_start_(buffers.hit_start),
      owner_(buffers.owner) {}

void RecognizePass::Run() {
  owner_.assign(text_.tokens.size(), -1);
  hit_start_.assign(text_.tokens.size(), -1);
  hits_.clear();
  b_.matches.clear();
  b_.entity_keys.Clear();
  CollectHits();
  ComposeHits();
  ComposeAgents();
  FindNamedWars();
  FindPatternWeapons();
  FindPatternEntities();
  FindBylines();
  FindAcronymsAndSurnames();
  FindKbSurnames();
  FindAffiliations();
  FindRoleCoreference();
  Finish();
}

std::string_view RecognizePass::Norm(uint32_t t) const { return text_.Norm(text_.tokens[t]); }

std::string_view RecognizePass::NormNoDot(uint32_t t) const {
  std::string_view n = Norm(t);
  if (n.size() > 1 && n.back() == '.') n.remove_suffix(1);
  return n;
}

bool RecognizePass::IsCap(uint32_t t) const {
  const text::Token& tok = text_.tokens[t];
  return tok.kind == text::TokenKind::kWord && tok.Has(text::kCapitalized);
}

std::string RecognizePass::SpanText(uint32_t first, uint32_t end) const {
  return std::string(text_.text.substr(text_.tokens[first].begin,
                                       text_.tokens[end - 1].end - text_.tokens[first].begin));
}

int32_t RecognizePass::HitAt(uint32_t token) const {
  return token < hit_start_.size() ? hit_start_[token] : -1;
}

bool RecognizePass::Free(uint32_t first, uint32_t end) const {
  for (uint32_t i = first; i < end; ++i) {
    if (owner_[i] >= 0) return false;
  }
  return true;
}

void RecognizePass::CollectHits() {
  kb_.trie().WordIds(text_, b_.ids);
  // With PETRARCH's agents, their dictionary alone says who is an agent,
  // and an agent beats a name of our own ("MSF").
  const bool agents = !kb_.agent_codes().empty();
  kb_.trie().MatchAll(text_, b_.ids, b_.matches, agents ? kRoleAndSectorKinds : 0);
  auto rank = [agents](const kb::AliasTarget& t) {
    if (agents && t.kind == AliasKind::kName && t.layer == 2) return -2;
    return agents && t.kind == AliasKind::kAgent ? -1 : Rank(t);
  };
  for (kb::AliasMatch& m : b_.matches) {
    auto best = std::min_element(m.targets.begin(), m.targets.end(),
                                 [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    Hit h{m.first_token, m.end_token, *best, static_cast<uint32_t>(&m - b_.matches.data())};
    // A lower-case role or sector word matched inside a capitalised name is
    // part of that name, not a cue; it is still a cue when written in lower case.
    hit_start_[h.first] = static_cast<int32_t>(hits_.size());
    hits_.push_back(h);
  }
}

// Looks up the key in b_.key: false with the entity's index when known,
// true with the index the new entity must take when not.
bool RecognizePass::NewEntityKey(uint32_t& entity) {
  const size_t known = b_.entity_keys.size();
  entity = b_.entity_keys.Insert(b_.key) - 1;
  return b_.entity_keys.size() > known;
}

uint32_t RecognizePass::KbEntity(uint32_t index, double confidence) {
  char digits[16];
  b_.key.assign("kb:").append(digits, std::to_chars(digits, digits + sizeof digits, index).ptr);
  uint32_t entity;
  if (!NewEntityKey(entity)) return entity;
  const kb::Entity& e = kb_.entity(index);
  RecognizedEntity r;
  r.name = e.name;
  r.type = kb::EntityTypeName(e.type);
  r.code = kb_.CodeAt(index, day_);
  r.country = e.country;
  r.kind = e.kind;
  r.note = e.note;
  r.kb = static_cast<int32_t>(index);
  r.confidence = confidence;
  for (const kb::RoleHeld& role : e.roles) {
    if (role.period.Contains(day_)) r.role = kb_.roles()[role.role].key;
  }
  out_.entities.push_back(std::move(r));
  return entity;
}

uint32_t RecognizePass::ActorEntity(const std::string& code, std::string_view name) {
  b_.key.assign("actor:").append(code);
  uint32_t entity;
  if (!NewEntityKey(entity)) return entity;
  RecognizedEntity r;
  r.name = std::string(name);
  r.type = "actor";
  r.code = code;
  if (kb_.CountryByCode(code.substr(0, 3))) r.country = code.substr(0, 3);
  r.confidence = 0.85;
  out_.entities.push_back(std::move(r));
  return entity;
}

uint32_t RecognizePass::PatternEntity(const char* type, std::string_view name,
                                      const std::string& code, double confidence) {
  b_.key.assign(type).append(":");
  text::AppendNormalized(name, b_.key);
  uint32_t entity;
  if (!NewEntityKey(entity)) return entity;
  RecognizedEntity r;
  r.name = std::string(name);
  r.type = type;
  r.code = code;
  if (code.size() >= 3 && kb_.CountryByCode(code.substr(0, 3))) r.country = code.substr(0, 3);
  r.confidence = confidence;
  out_.entities.push_back(std::move(r));
  return entity;
}

bool RecognizePass::AddMention(uint32_t first, uint32_t end, uint32_t entity,
                               const std::string& code, const char* how) {
  if (first >= end || !Free(first, end)) return false;
  Mention m;
  m.first_token = first;
  m.end_token = end;
  m.begin = text_.tokens[first].begin;
  m.end = text_.tokens[end - 1].end;
  m.sentence = text_.SentenceOf(first);
  m.entity = entity;
  m.code = code;
  m.how = how;
  for (uint32_t i = first; i < end; ++i) owner_[i] = static_cast<int32_t>(out_.mentions.size());
  out_.mentions.push_back(std::move(m));
  return true;
}

// After a country word at hit `h`: the role or sector word that follows,
// skipping a possessive and up to two lower-case modifiers ("Israel's top
// military", "Russian civilian advisers"). Returns its hit index or npos.
size_t RecognizePass::SectorAfter(size_t h, uint32_t& gap_end) const {
  uint32_t j = hits_[h].end;
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  // A country's name needs a possessive before its sector ("Russia's
  // military"); an adjective takes the noun directly ("Israeli troops").
  bool name = hits_[h].target.kind == AliasKind::kName;
  if (j < n && text_.tokens[j].Has(text::kPossessive)) {
    ++j;
  } else if (name) {
    int32_t k = HitAt(j);
    if (k < 0 || hits_[static_cast<size_t>(k)].target.kind != AliasKind::kSectorWord) return std::string::npos;
  }
  // Up to two adjectives may stand between: "Israel's top military brass",
  // "Russian civilian advisers"; a verb or preposition ends the search.
  for (int skipped = 0; j < n && skipped <= 2; ++skipped, ++j) {
    int32_t k = HitAt(j);
    if (k >= 0) {
      const Hit& s = hits_[static_cast<size_t>(k)];
      if (s.target.kind == AliasKind::kRole || s.target.kind == AliasKind::kSectorWord) {
        gap_end = j;
        return static_cast<size_t>(k);
      }
      return std::string::npos;
    }
    const text::Token& t = text_.tokens[j];
    if (t.kind != text::TokenKind::kWord || IsCap(j) ||
        !text::IsAdjective(static_cast<text::Pos>(t.pos)))
      return std::string::npos;
  }
  return std::string::npos;
}

// The end of a run of capitalised words starting at `from` (== from when none).
uint32_t RecognizePass::NameRunEnd(uint32_t from) const {
  uint32_t j = from;
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  while (j < n && j - from < 4 && IsCap(j) && owner_[j] < 0 && !text_.tokens[j].Has(text::kAllCaps) &&
         !(j > from && text_.tokens[j].Has(text::kLineStart))) {
    int32_t k = HitAt(j);
    if (k >= 0 && IsEntityTarget(hits_[static_cast<size_t>(k)].target)) break;
    ++j;
  }
  return j;
}

void RecognizePass::ResolveRole(uint16_t role, const std::string& iso3, uint32_t first,
                                uint32_t end) {
  const kb::Role& r = kb_.roles()[role];
  std::string code = iso3.empty() ? std::string() : iso3 + r.sector;
  // A name right after the role: "Defence Minister Suren Papikyan", also
  // with a variant of the given name ("President Aleksander Lukashenko").
  int32_t next = HitAt(end);
  if (next < 0 && HitAt(end + 1) >= 0) {
    const Hit& h = hits_[static_cast<size_t>(HitAt(end + 1))];
    if (h.target.kind == AliasKind::kName && kb_.entity(h.target.target).type == EntityType::kPerson &&
        WithGivenName(end + 1, h.target.target) == end)
      next = HitAt(end + 1);
  }
  if (next >= 0) {
    const Hit& h = hits_[static_cast<size_t>(next)];
    if (h.target.kind == AliasKind::kName &&
        kb_.entity(h.target.target).type == EntityType::kPerson) {
      uint32_t e = KbEntity(h.target.target, 0.95);
      AddMention(first, h.end, e, kb_.CodeAt(h.target.target, day_), "dictionary");
      return;
    }
  }
  uint32_t run_end = NameRunEnd(end);
  if (run_end > end) {
    std::string country = iso3;
    if (auto person = TitledKbPerson(role, end, run_end, country)) {
      AddMention(first, run_end, KbEntity(*person, 0.8), kb_.CodeAt(*person, day_), "role+name");
      return;
    }
    if (code.empty() && !country.empty()) code = country + r.sector;
  }
  if (run_end - end >= 2 || (run_end - end == 1 && !code.empty())) {
    uint32_t e = PatternEntity("person", SpanText(end, run_end), code, 0.75);
    if (out_.entities[e].role.empty()) out_.entities[e].role = r.key;
    AddMention(first, run_end, e, code, "role+name");
    return;
  }
  if (iso3.empty()) return;
  std::vector<uint32_t> people = kb_.Incumbents(role, iso3, day_);
  if (people.size() == 1) {
    uint32_t e = KbEntity(people[0], 0.8);
    AddMention(first, end, e, kb_.CodeAt(people[0], day_), "role");
    return;
  }
  const kb::Entity& country = kb_.entity(*kb_.CountryByCode(iso3));
  AddMention(first, end, ActorEntity(code, country.name + " " + r.words.front()), code, "role");
}

void RecognizePass::ComposeHits() {
  for (size_t h = 0; h < hits_.size(); ++h) {
    const Hit& hit = hits_[h];
    if (!Free(hit.first, hit.end)) continue;
    const kb::AliasTarget& t = hit.target;
    // Surnames after the patterns (FindKbSurnames), agents after this (ComposeAgents).
    if (t.kind == AliasKind::kSurname || t.kind == AliasKind::kAgent) continue;
    if (IsEntityTarget(t)) {
      const kb::Entity& e = kb_.entity(t.target);
      // A world region or a people takes sectors too ("European leaders"
      // EURGOV, "Bosnian Serb forces" BIHMIL), but no office has a holder there.
      bool region = e.kind == "world_region" || e.kind == "ethnic_group";
      if (e.type == EntityType::kCountry || region) {
        uint32_t gap_end = 0;
        size_t s = SectorAfter(h, gap_end);
        std::string sector = t.kind == AliasKind::kMetonym ? std::string(t.sector) : "";
        if (s != std::string::npos && sector.empty()) {
          const Hit& sh = hits_[s];
          if (sh.target.kind == AliasKind::kRole && region) {
            std::string code = e.code + kb_.roles()[sh.target.target].sector;
            AddMention(hit.first, sh.end, ActorEntity(code, SpanText(hit.first, sh.end)), code,
                       "region+role");
          } else if (sh.target.kind == AliasKind::kRole) {
            ResolveRole(static_cast<uint16_t>(sh.target.target), e.country, hit.first, sh.end);
          } else {
            std::string code = e.code + sh.target.sector;
            AddMention(hit.first, sh.end, ActorEntity(code, SpanText(hit.first, sh.end)), code,
                       "country+sector");
          }
          h = s;
          continue;
        }
        AddMention(hit.first, hit.end, KbEntity(t.target, 0.95), e.code + sector,
                   t.kind == AliasKind::kMetonym ? "metonym" : "dictionary");
        continue;
      }
      uint32_t first = e.type == EntityType::kPerson ? WithGivenName(hit.first, t.target) : hit.first;
      AddMention(first, hit.end, KbEntity(t.target, 0.95), kb_.CodeAt(t.target, day_),
                 "dictionary");
      continue;
    }
    // A role or sector word with no country before it: "the president of
    // Armenia", "the government of Sudan", or a role before a name.
    uint32_t j = hit.end;
    std::string iso3;
    uint32_t end = hit.end;
    if (j + 1 < text_.tokens.size() && Norm(j) == "of") {
      int32_t k = HitAt(j + (Norm(j + 1) == "the" ? 2 : 1));
      if (k >= 0 && IsEntityTarget(hits_[static_cast<size_t>(k)].target)) {
        const kb::Entity& e = kb_.entity(hits_[static_cast<size_t>(k)].target.target);
        if (e.type == EntityType::kCountry) {
          iso3 = e.country;
          end = hits_[static_cast<size_t>(k)].end;
          h = static_cast<size_t>(k);
        }
      }
    }
    if (t.kind == AliasKind::kRole) {
      if (iso3.empty() && !IsCap(hit.first)) continue;  // "the president" alone stays unresolved
      ResolveRole(static_cast<uint16_t>(t.target), iso3, hit.first, end);
    } else if (!iso3.empty()) {
      std::string code = iso3 + t.sector;
      AddMention(hit.first, end, ActorEntity(code, SpanText(hit.first, end)), code, "sector+country");
    }
  }
}

}  // namespace dossier::recognize
