// Reading PETRARCH verb dictionaries: the lines of the file into word sets
// and verb blocks (this file), then each block's patterns into ours
// (petrarch_verb_patterns.cc).
#include "dossier/code/petrarch_verbs.h"

#include <fmt/format.h>

#include "dossier/core/data_dir.h"
#include "petrarch_verb_dictionary.h"

namespace dossier::code::petrarch {
namespace {

constexpr size_t npos = std::string_view::npos;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Where the line's comment starts ('#' or ';' outside brackets), npos when
// it has none.
size_t CommentStart(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[')
      ++depth;
    else if (c == ']' && depth > 0)
      --depth;
    else if (depth == 0 && (c == '#' || c == ';'))
      return i;
  }
  return npos;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// "&AUXVERB1_" -> "AUXVERB1".
std::string SetName(std::string_view s) {
  s = Trim(s.substr(1));
  while (!s.empty() && s.back() == '_') s.remove_suffix(1);
  return Upper(s);
}

}  // namespace

Status Reader::Error(const std::string& message) const {
  return Status(StatusCode::kCorruptInput, message)
      .WithPath(path_)
      .WithLine(static_cast<int64_t>(line_));
}

// Cuts the line at its first "[...]" and returns what it holds, without
// spaces, in `code`; `found` tells whether there was one. A header may carry
// a second code ("--- DELAY [191] [031:031] ---"): the first is the block's.
Status Reader::CutCode(std::string_view& line, std::string& code, bool& found) const {
  found = false;
  size_t open = line.find('[');
  if (open == npos) {
    if (line.find(']') != npos) return Error("']' without '['");
    return Status::Ok();
  }
  size_t close = line.find(']', open);
  if (close == npos) return Error("'[' without ']'");
  code.clear();
  for (char c : line.substr(open + 1, close - open - 1)) {
    if (c != ' ' && c != '\t') code += c;
  }
  if (code.empty()) return Error("an empty code \"[]\"");
  found = true;
  line = Trim(line.substr(0, open));
  return Status::Ok();
}

Status Reader::Read(std::string_view text) {
  bool in_markup = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_;
    if (in_markup || Trim(line).substr(0, 2) == "<!") {
      if (!in_markup) markup_line_ = line_;
      in_markup = line.find("-->") == npos;
      continue;
    }
    if (size_t c = CommentStart(line); c != npos) line = line.substr(0, c);
    line = Trim(line);
    if (line.empty()) continue;
    DOSSIER_RETURN_IF_ERROR(ReadLine(line));
  }
  if (in_markup) {
    line_ = markup_line_;
    return Error("a comment \"<!--\" that is never closed");
  }
  return Status::Ok();
}

Status Reader::ReadLine(std::string_view line) {
  if (line[0] == '~') {
    ++dict_.skipped_lines;
    return Status::Ok();
  }
  if (line[0] == '&') {
    std::string name = SetName(line);
    if (name.empty() || name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != npos)
      return Error(
          fmt::format("a word set's name is upper-case letters, digits and '_': \"{}\"", line));
    dict_.sets.push_back({name, {}, line_});
    in_set_ = true;
    return Status::Ok();
  }
  if (line[0] == '+' && in_set_) {
    dict_.sets.back().members.emplace_back(Trim(line.substr(1)));
    return Status::Ok();
  }
  in_set_ = false;
  if (line.size() >= 3 && line.substr(0, 3) == "---") return ReadHeader(line);
  if (line[0] == '-') return ReadPattern(line.substr(1));
  return ReadVerb(line);
}

Status Reader::ReadHeader(std::string_view line) {
  std::string_view inner = Trim(line.substr(3));
  if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner.remove_suffix(3);
  std::string code;
  bool found = false;
  DOSSIER_RETURN_IF_ERROR(CutCode(inner, code, found));
  if (!found) return Error("a verb block's header needs its code: \"--- VERB [CODE] ---\"");
  if (Trim(inner).empty()) return Error("a verb block's header needs its verb");
  dict_.blocks.push_back({code, {}, {}, line_});
  return Status::Ok();
}

Status Reader::ReadPattern(std::string_view line) {
  if (dict_.blocks.empty())
    return Error("a pattern before any verb block (\"--- VERB [CODE] ---\")");
  if (dict_.blocks.back().verbs.empty()) return Error("a pattern in a block with no verb");
  PatternLine p;
  p.line = line_;
  bool found = false;
  DOSSIER_RETURN_IF_ERROR(CutCode(line, p.code, found));
  if (!found) return Error("a pattern needs its code: \"- WORDS * WORDS [CODE]\"");
  // Groups only mark phrases, which our patterns do not need.
  std::string flat;
  for (char c : line) flat += (c == '{' || c == '}' || c == '(' || c == ')') ? ' ' : c;
  size_t stars = 0;
  for (size_t from = 0; from < flat.size();) {
    size_t end = std::min(flat.find_first_of(" \t", from), flat.size());
    std::string_view piece = std::string_view(flat).substr(from, end - from);
    from = end + 1;
    if (piece.empty()) continue;
    // Parts at '_', and the verb's '*' on its own where a word touches it
    // ("*SCEPTICAL").
    std::vector<std::string> parts;
    for (size_t f = 0; f < piece.size();) {
      size_t u = std::min(piece.find_first_of("_*", f), piece.size());
      if (u == f && piece[u] == '*') u = f + 1;
      if (u > f) parts.emplace_back(piece.substr(f, u - f));
      f = u < piece.size() && piece[u] == '_' ? u + 1 : u;
    }
    for (const auto& part : parts) stars += part == "*" ? 1 : 0;
    if (!parts.empty()) p.pieces.push_back(std::move(parts));
  }
  if (stars != 1) return Error("a pattern needs exactly one '*' for the verb");
  dict_.blocks.back().patterns.push_back(std::move(p));
  return Status::Ok();
}

// "KLM_NOP_+RST [002]", "BAN {BANS BANNED}", "+CRACK_DOWN {+CRACKED_DOWN, ...}",
// "LASH OUT".
Status Reader::ReadVerb(std::string_view line) {
  if (dict_.blocks.empty()) return Error("a verb before any verb block (\"--- VERB [CODE] ---\")");
  VerbLine v;
  v.line = line_;
  bool found = false;
  DOSSIER_RETURN_IF_ERROR(CutCode(line, v.code, found));
  if (size_t open = line.find('{'); open != npos) {
    size_t close = line.find('}', open);
    if (close == npos) return Error("'{' without '}'");
    std::string_view forms = line.substr(open + 1, close - open - 1);
    for (size_t f = 0; f < forms.size();) {
      size_t end = std::min(forms.find_first_of(" \t,", f), forms.size());
      if (end > f) v.forms.emplace_back(forms.substr(f, end - f));
      f = end + 1;
    }
    line = Trim(line.substr(0, open));
  } else if (line.find('}') != npos) {
    return Error("'}' without '{'");
  }
  if (line.empty()) return Error("a verb line with no verb");
  v.phrase = std::string(line);
  dict_.blocks.back().verbs.push_back(std::move(v));
  return Status::Ok();
}

}  // namespace dossier::code::petrarch

namespace dossier::code {

Status ReadPetrarchVerbs(std::string_view text, const std::string& path, EventPatterns& patterns,
                         PetrarchVerbStats& stats, const PetrarchVerbOptions& options) {
  petrarch::Reader reader(path);
  DOSSIER_RETURN_IF_ERROR(reader.Read(text));
  return petrarch::Compile(reader.dictionary(), path, options, patterns, stats);
}

Result<PetrarchVerbStats> LoadPetrarchVerbs(const std::string& path, EventPatterns& patterns,
                                            const PetrarchVerbOptions& options) {
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  PetrarchVerbStats stats;
  DOSSIER_RETURN_IF_ERROR(ReadPetrarchVerbs(content.value(), path, patterns, stats, options));
  return stats;
}

}  // namespace dossier::code
