#include "dossier/code/speech_lexicon.h"

#include <fmt/format.h>

#include "dossier/kb/tsv.h"
#include "dossier/text/normalizer.h"
#include "dossier/text/pos_tag.h"

namespace dossier::code {
namespace {

Status ParseKind(const kb::TsvRow& row, SpeechCue& cue) {
  std::string_view kind = row.fields[0];
  if (kind == "verb") {
    cue.kind = SpeechCue::Kind::kVerb;
  } else if (kind == "source") {
    cue.kind = SpeechCue::Kind::kSource;
  } else if (kind == "noun") {
    cue.kind = SpeechCue::Kind::kNoun;
  } else {
    return row.Error(fmt::format("unknown speech cue kind \"{}\"", kind));
  }
  return Status::Ok();
}

Status ParseFlags(const kb::TsvRow& row, SpeechCue& cue) {
  if (row.fields.size() < 3) return Status::Ok();
  for (std::string_view flag : kb::SplitValues(row.fields[2])) {
    if (flag == "indirect") {
      cue.indirect = true;
    } else if (flag == "hearer") {
      cue.hearer = true;
    } else {
      return row.Error(fmt::format("unknown speech cue flag \"{}\"", flag));
    }
  }
  if ((cue.indirect || cue.hearer) && cue.kind != SpeechCue::Kind::kVerb)
    return row.Error("only verbs take the flags indirect and hearer");
  return Status::Ok();
}

bool WordMatches(const text::AnalyzedText& text, const text::Token& t, std::string_view word) {
  return text.Norm(t) == word || text.Lemma(t) == word;
}

}  // namespace

Result<SpeechLexicon> SpeechLexicon::Load(const std::string& path) {
  SpeechLexicon lexicon;
  Status s = kb::ForEachRow(path, 2, 3, [&](const kb::TsvRow& row) -> Status {
    SpeechCue cue;
    DOSSIER_RETURN_IF_ERROR(ParseKind(row, cue));
    for (std::string_view w : kb::SplitValues(row.fields[1], ' '))
      cue.words.push_back(text::Normalized(w));
    if (cue.words.empty()) return row.Error("a speech cue needs words");
    DOSSIER_RETURN_IF_ERROR(ParseFlags(row, cue));
    lexicon.Add(std::move(cue));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return lexicon;
}

void SpeechLexicon::Add(SpeechCue cue) {
  if (cue.words.empty()) return;
  cue.text.clear();
  for (const std::string& w : cue.words) {
    if (!cue.text.empty()) cue.text += ' ';
    cue.text += w;
  }
  uint32_t id = first_words_.Insert(cue.words[0]);
  if (id > by_first_.size()) by_first_.resize(id);
  by_first_[id - 1].push_back(static_cast<uint32_t>(cues_.size()));
  cues_.push_back(std::move(cue));
}

const SpeechCue* SpeechLexicon::Match(const text::AnalyzedText& text, uint32_t i,
                                      uint32_t& length) const {
  const auto& tokens = text.tokens;
  const text::Token& t = tokens[i];
  uint32_t id = first_words_.Find(text.Norm(t));
  if (id == 0 && t.lemma_size > 0) id = first_words_.Find(text.Lemma(t));
  if (id == 0) return nullptr;
  // A word that is both ("remark", "comment") is read as the noun when the
  // tagger says it is one.
  const bool noun = text::IsNoun(static_cast<text::Pos>(t.pos));
  const SpeechCue* best = nullptr;
  length = 0;
  for (uint32_t c : by_first_[id - 1]) {
    const SpeechCue& cue = cues_[c];
    const auto n = static_cast<uint32_t>(cue.words.size());
    if (n < length || i + n > tokens.size()) continue;
    const bool fits = (cue.kind == SpeechCue::Kind::kNoun) == noun;
    if (n == length && (best->kind == SpeechCue::Kind::kNoun) == noun) continue;
    if (n == length && !fits) continue;
    bool all = true;
    for (uint32_t k = 0; k < n && all; ++k) all = WordMatches(text, tokens[i + k], cue.words[k]);
    if (all) {
      best = &cue;
      length = n;
    }
  }
  return best;
}

}  // namespace dossier::code
