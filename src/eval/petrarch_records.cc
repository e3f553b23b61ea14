// Reading PETR.UnitTest.records.xml: a loose XML of <Config>, <Sentence>,
// <EventCoding>, <Text> and <Parse> elements, with "<!-- -->" comments and
// tags commented out by a '#' at the start of their line.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>

#include "dossier/eval/petrarch_validation.h"

namespace dossier {
namespace {

constexpr size_t npos = std::string_view::npos;

struct Tag {
  std::string name;  // "Sentence", "/Sentence"
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string Get(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return v;
    }
    return "";
  }
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Whitespace runs as one space, trimmed; the five XML entities decoded.
std::optional<int> ParseInt(std::string_view s) {
  int value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::string CleanText(std::string_view raw) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (c == '&') {
      auto it = std::find_if(std::begin(kEntities), std::end(kEntities), [&](const auto& e) {
        return raw.substr(i, e.first.size()) == e.first;
      });
      if (it != std::end(kEntities)) {
        out += it->second;
        i += it->first.size() - 1;
        continue;
      }
    }
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class SuiteReader {
 public:
  SuiteReader(std::string_view xml, const std::string& path) : xml_(xml), path_(path) {}
  Result<ValidationSuite> Read();

 private:
  Status Error(size_t at, const std::string& message) const {
    size_t line = 1 + static_cast<size_t>(std::count(xml_.begin(), xml_.begin() + at, '\n'));
    return Status(StatusCode::kCorruptInput, message)
        .WithPath(path_)
        .WithLine(static_cast<int64_t>(line));
  }
  Status ReadTag(size_t at, Tag& tag, size_t& end) const;
  Status Content(const std::string& name, size_t from, std::string_view& content,
                 size_t& end) const;
  bool CommentedOut(size_t at) const;
  Status OnTag(const Tag& tag, size_t at, size_t& pos);
  Status OnSentenceTag(const Tag& tag, size_t at, size_t& pos);

  std::string_view xml_;
  const std::string& path_;
  ValidationSuite suite_;
  bool in_sentence_ = false;
  bool has_text_ = false;
  int* CommaLimit(const std::string& option);

  bool require_dyad_ = true;
  CommaClauseLimits commas_;
  bool stop_ = false;
  ValidationRecord record_;
};

// A tag at `at` ('<'): its name and attributes; `end` is past its '>'.
Status SuiteReader::ReadTag(size_t at, Tag& tag, size_t& end) const {
  size_t i = at + 1;
  auto word_end = [&](size_t from) {
    while (from < xml_.size() && !IsSpace(xml_[from]) && xml_[from] != '>' && xml_[from] != '=' &&
           xml_[from] != '/')
      ++from;
    return from;
  };
  if (i < xml_.size() && xml_[i] == '/') ++i;  // a closing tag keeps its '/' in the name
  size_t name_end = word_end(i);
  if (name_end == i) return Error(at, "a tag without a name");
  tag.name = std::string(xml_.substr(at + 1, name_end - at - 1));
  i = name_end;
  while (true) {
    while (i < xml_.size() && (IsSpace(xml_[i]) || xml_[i] == '/')) ++i;
    if (i >= xml_.size()) return Error(at, fmt::format("tag <{}> is never closed", tag.name));
    if (xml_[i] == '>') break;
    size_t key_end = word_end(i);
    if (key_end == i)
      return Error(i, fmt::format("unexpected '{}' in tag <{}>", xml_[i], tag.name));
    std::string key(xml_.substr(i, key_end - i));
    i = key_end;
    while (i < xml_.size() && IsSpace(xml_[i])) ++i;
    if (i >= xml_.size() || xml_[i] != '=')
      return Error(i, fmt::format("attribute {} has no value", key));
    ++i;
    while (i < xml_.size() && IsSpace(xml_[i])) ++i;
    if (i >= xml_.size() || (xml_[i] != '"' && xml_[i] != '\''))
      return Error(i, fmt::format("attribute {} needs a quoted value", key));
    size_t close = xml_.find(xml_[i], i + 1);
    if (close == npos) return Error(i, fmt::format("attribute {}: quote never closed", key));
    tag.attributes.emplace_back(std::move(key), std::string(xml_.substr(i + 1, close - i - 1)));
    i = close + 1;
  }
  end = i + 1;
  return Status::Ok();
}

// The content of element `name` from `from` up to its closing tag.
Status SuiteReader::Content(const std::string& name, size_t from, std::string_view& content,
                            size_t& end) const {
  std::string closing = fmt::format("</{}>", name);
  size_t close = xml_.find(closing, from);
  if (close == npos) return Error(from, fmt::format("<{}> is never closed", name));
  content = xml_.substr(from, close - from);
  end = close + closing.size();
  return Status::Ok();
}

// "#<EventCoding ...>": a tag the suite's authors commented out.
bool SuiteReader::CommentedOut(size_t at) const {
  size_t line_start = xml_.rfind('\n', at);
  line_start = line_start == npos ? 0 : line_start + 1;
  for (size_t i = line_start; i < at; ++i) {
    if (xml_[i] == '#') return true;
    if (!IsSpace(xml_[i])) return false;
  }
  return false;
}

Result<ValidationSuite> SuiteReader::Read() {
  size_t pos = 0;
  while (!stop_) {
    size_t at = xml_.find('<', pos);
    if (at == npos) break;
    if (xml_.substr(at, 4) == "<!--") {
      size_t close = xml_.find("-->", at + 4);
      if (close == npos) return Error(at, "a comment \"<!--\" that is never closed");
      pos = close + 3;
      continue;
    }
    Tag tag;
    size_t end = 0;
    DOSSIER_RETURN_IF_ERROR(ReadTag(at, tag, end));
    pos = end;
    if (CommentedOut(at)) continue;
    DOSSIER_RETURN_IF_ERROR(OnTag(tag, at, pos));
  }
  if (in_sentence_) return Error(xml_.size(), fmt::format("record {} is never closed", record_.id));
  return std::move(suite_);
}

Status SuiteReader::OnTag(const Tag& tag, size_t at, size_t& pos) {
  const std::string& n = tag.name;
  ValidationEnvironment& env = suite_.environment;
  std::string* file = n == "Verbfile"      ? &env.verb_file
                      : n == "Actorfile"   ? &env.actor_file
                      : n == "Agentfile"   ? &env.agent_file
                      : n == "Discardfile" ? &env.discard_file
                                           : nullptr;
  if (file != nullptr) {
    std::string_view content;
    DOSSIER_RETURN_IF_ERROR(Content(n, pos, content, pos));
    *file = CleanText(content);
    return Status::Ok();
  }
  if (n == "Config") {
    const std::string option = tag.Get("option");
    if (option == "require_dyad") require_dyad_ = Lower(tag.Get("value")) != "false";
    if (int* limit = CommaLimit(option)) {
      auto value = ParseInt(tag.Get("value"));
      if (!value) return Error(at, fmt::format("<Config> {} needs a whole number", option));
      *limit = *value;
    }
    return Status::Ok();
  }
  if (n == "Stop" && !in_sentence_) {
    stop_ = true;
    return Status::Ok();
  }
  return OnSentenceTag(tag, at, pos);
}

// The comma_* option's field of the limits in force, or null.
int* SuiteReader::CommaLimit(const std::string& option) {
  CommaClauseLimits& c = commas_;
  return option == "comma_min"    ? &c.min
         : option == "comma_max"  ? &c.max
         : option == "comma_bmin" ? &c.bmin
         : option == "comma_bmax" ? &c.bmax
         : option == "comma_emin" ? &c.emin
         : option == "comma_emax" ? &c.emax
                                  : nullptr;
}

Status SuiteReader::OnSentenceTag(const Tag& tag, size_t at, size_t& pos) {
  const std::string& n = tag.name;
  if (n == "Sentence") {
    if (in_sentence_) return Error(at, fmt::format("record {} is never closed", record_.id));
    record_ = ValidationRecord();
    record_.id = tag.Get("id");
    record_.category = tag.Get("category");
    record_.date = tag.Get("date");
    record_.valid = Lower(tag.Get("valid")) != "false";
    record_.require_dyad = require_dyad_;
    record_.commas = commas_;
    record_.line = static_cast<size_t>(std::count(xml_.begin(), xml_.begin() + at, '\n')) + 1;
    in_sentence_ = true;
    has_text_ = false;
    return Status::Ok();
  }
  if (n == "/Sentence") {
    if (!in_sentence_) return Error(at, "</Sentence> without <Sentence>");
    if (!has_text_) return Error(at, fmt::format("record {} has no <Text>", record_.id));
    in_sentence_ = false;
    suite_.records.push_back(std::move(record_));
    return Status::Ok();
  }
  if (!in_sentence_) return Status::Ok();  // <Validation>, <Environment>, <Sentences>, ...
  if (n == "Skip") {
    record_.skip = true;
  } else if (n == "EventCoding") {
    if (!tag.Get("error").empty()) {
      record_.error = tag.Get("error");
      record_.no_events = true;
    } else if (Lower(tag.Get("noevents")) == "true") {
      record_.no_events = true;
    } else {
      record_.expected.push_back(
          {tag.Get("sourcecode"), tag.Get("targetcode"), tag.Get("eventcode")});
    }
  } else if (n == "Text" || n == "Parse") {
    std::string_view content;
    DOSSIER_RETURN_IF_ERROR(Content(n, pos, content, pos));
    if (n == "Text") {
      record_.text = CleanText(content);
      has_text_ = true;
    }
  }
  return Status::Ok();
}

}  // namespace

Result<ValidationSuite> ReadValidationSuite(std::string_view xml, const std::string& path) {
  return SuiteReader(xml, path).Read();
}

}  // namespace dossier
