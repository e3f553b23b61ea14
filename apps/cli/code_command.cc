#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/engine_flags.h"
#include "cli/terminal.h"
#include "dossier/report/entity_json.h"

namespace dossier::cli {
namespace {

std::string ActorText(const code::Actor& a) {
  if (a.empty()) return "?";
  return a.code.empty() ? a.name : fmt::format("{} ({})", a.name, a.code);
}

const char* LinkName(code::ClauseLink l) {
  static const char* kNames[] = {"main",     "complement", "infinitive", "gerund",
                                 "coordinate", "relative", "participle", "adverbial"};
  return kNames[static_cast<int>(l)];
}

// The shallow parse of the last sentence: noun phrases and verb groups.
void PrintParse(const RecognitionEngine::Scratch& s) {
  const code::SentenceParse& p = s.coder.parse;
  const text::AnalyzedText& t = s.text;
  auto words = [&](uint32_t a, uint32_t b) {
    std::string out;
    for (uint32_t i = a; i < b; ++i) {
      if (!out.empty()) out += ' ';
      out += t.Surface(t.tokens[i]);
      out += '/';
      out += text::PosName(static_cast<text::Pos>(t.tokens[i].pos));
    }
    return out;
  };
  fmt::print("tags  {}\n", words(p.first, p.end));
  for (size_t i = 0; i < p.phrases.size(); ++i)
    fmt::print("np{:<3} [{}]{}\n", i, words(p.phrases[i].first, p.phrases[i].end),
               p.phrases[i].prep >= 0 ? fmt::format("  after \"{}\"", t.Surface(t.tokens[p.phrases[i].prep])) : "");
  for (size_t i = 0; i < p.verbs.size(); ++i) {
    const code::VerbGroup& v = p.verbs[i];
    fmt::print("vg{:<3} [{}] {} subject np{} governor vg{}{}{} scope [{}]\n", i, words(v.first, v.end),
               LinkName(v.link), v.subject, v.governor, v.passive ? " passive" : "",
               v.negated ? " negated" : "", words(v.end, v.scope_end));
  }
}

void PrintHuman(std::string_view text, const RecognitionEngine::Scratch& s) {
  const auto& r = s.recognition;
  if (r.mentions.empty()) fmt::print("entities: none\n");
  for (const recognize::Mention& m : r.mentions) {
    const recognize::RecognizedEntity& e = r.entities[m.entity];
    fmt::print("{:>4}-{:<4} {:<32} {:<12} {:<8} {}  [{}]\n", m.begin, m.end,
               fmt::format("\"{}\"", text.substr(m.begin, m.end - m.begin)), e.type,
               m.code.empty() ? "-" : m.code, e.name, m.how);
    if (!e.affiliation.empty()) fmt::print("{:>10} affiliation: {}\n", "", e.affiliation);
    if (!e.note.empty()) fmt::print("{:>10} note: {}\n", "", e.note);
  }
  for (const time::TimeMention& t : s.times) {
    fmt::print("{:>4}-{:<4} {:<32} {:<12} {}{}{}{}\n", t.begin, t.end,
               fmt::format("\"{}\"", text.substr(t.begin, t.end - t.begin)), "date",
               t.start, t.end_date != t.start ? ".." + t.end_date : "",
               t.relative ? "  (relative to the date)" : "", t.year_inferred ? "  (year inferred)" : "");
  }
  if (s.coding.events.empty()) fmt::print("events: none\n");
  for (const code::Event& e : s.coding.events) {
    fmt::print("event {:<5} {:<10} {} -> {}  [{}]{}{}\n", e.cameo, e.plover.empty() ? "-" : e.plover,
               ActorText(e.source), ActorText(e.target), code::ModalityName(e.modality),
               e.date_start.empty() ? "" : "  date " + e.date_start,
               e.place.empty() ? "" : "  in " + e.place);
    fmt::print("{:>10} trigger \"{}\"  pattern {}\n", "",
               text.substr(e.verb_begin, e.verb_end - e.verb_begin), e.pattern);
    for (const code::Attribution& a : e.attribution)
      fmt::print("{:>10} attributed to \"{}\"\n", "", a.text);
  }
  for (const code::Transfer& t : s.coding.transfers) {
    fmt::print("transfer {} -> {} [{}]{}\n", ActorText(t.supplier), ActorText(t.recipient),
               code::TransferStatusName(t.status),
               t.period_start.empty() ? "" : fmt::format("  period {}..{}", t.period_start, t.period_end));
    for (const code::TransferItem& i : t.items)
      fmt::print("{:>10} item \"{}\" ({}){}  [{}]\n", "", i.name, i.category.empty() ? "-" : i.category,
                 i.quantity.empty() ? "" : "  quantity " + i.quantity, code::TransferStatusName(i.status));
    if (!t.evidence.empty()) fmt::print("{:>10} evidence: {}\n", "", fmt::join(t.evidence, ", "));
    for (const code::TransferMention& m : t.mentions)
      fmt::print("{:>10} stated in \"{}\"\n", "", text.substr(m.begin, m.end - m.begin));
  }
  for (const code::Quote& q : s.coding.quotes)
    fmt::print("quote {}{}: \"{}\"\n", ActorText(q.speaker), q.indirect ? " (indirect)" : "", q.text);
}

}  // namespace

int RunCode(const Argv& argv) {
  std::vector<FlagSpec> flags = {
      {"jsonl", false, "", "read {\"text\",\"date\"} or plain lines on stdin; one JSON line out each", ""},
      {"date", true, "YYYY-MM-DD", "the sentence's date, for roles in office (default: today)", ""},
      {"parse", false, "", "also show the shallow parse of the (last) sentence", ""},
      {"help", false, "", "show this help", ""},
  };
  for (auto& f : EngineFlags()) flags.push_back(f);
  static const std::string usage =
      "Usage: dossier code \"SENTENCE\" [--date YYYY-MM-DD]\n"
      "       dossier code --jsonl < lines.jsonl\n\n"
      "Shows the entities of one sentence with their actor codes and how each was\n"
      "found. With --jsonl, reads one {\"text\", \"date\"} object (or plain text) per\n"
      "line and writes exactly one JSON object per line.\n\n";
  Args args;
  bool jsonl = std::find(argv.begin(), argv.end(), "--jsonl") != argv.end();
  if (auto stop = ParseCommandLine(argv, flags, usage, jsonl ? "" : "SENTENCE", args)) return *stop;
  kb::Day day = kb::kNoDay;
  if (args.Has("date")) {
    day = PublicationDay(args.Get("date"));
    if (day == kb::kNoDay) {
      PrintError(Status(StatusCode::kInvalidArgument, "--date wants YYYY-MM-DD, not " + args.Get("date")));
      return kExitUsage;
    }
  }
  auto engine = LoadEngine(args);
  if (!engine) return kExitFailure;
  RecognitionEngine::Scratch scratch;
  if (!jsonl) {
    std::string sentence;
    for (const auto& p : args.positional()) sentence += (sentence.empty() ? "" : " ") + p;
    engine->Process(sentence, day, scratch);
    PrintHuman(sentence, scratch);
    if (args.Has("parse")) PrintParse(scratch);
    return kExitOk;
  }
  std::string line;
  size_t line_no = 0;
  int bad = 0;
  while (std::getline(std::cin, line)) {
    ++line_no;
    std::string text = line, date;
    kb::Day line_day = day;
    if (!line.empty() && line[0] == '{') {
      auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
        PrintWarning(Status(StatusCode::kCorruptInput, "expected {\"text\": ..., \"date\": ...}")
                         .WithPath("stdin").WithLine(line_no));
        std::cout << "{\"line\":" << line_no << ",\"error\":\"malformed input line\",\"entities\":[],\"events\":[]}\n";
        ++bad;
        continue;
      }
      text = j["text"].get<std::string>();
      if (j.contains("date") && j["date"].is_string()) {
        date = j["date"].get<std::string>();
        if (kb::Day d = PublicationDay(date); d != kb::kNoDay) line_day = d;
      }
    }
    engine->Process(text, line_day, scratch);
    WriteCodeLine(std::cout, text, date, scratch.recognition, &scratch.times, &scratch.coding);
  }
  return bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace dossier::cli
