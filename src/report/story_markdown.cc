#include "dossier/report/story_markdown.h"

#include <fmt/format.h>

#include "dossier/code/coding.h"

namespace dossier {
namespace {

using corroborate::StoryDossier;

// Markdown-safe inline text: no line breaks, no table pipes.
std::string Inline(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '|') {
      out += "\\|";
    } else {
      out += c;
    }
  }
  return out;
}

std::string ActorText(const code::Actor& a) {
  if (a.empty()) return "-";
  return a.code.empty() ? a.name : fmt::format("{} ({})", a.name, a.code);
}

std::string Period(const std::string& start, const std::string& end) {
  if (start.empty()) return "";
  if (end.empty() || end == start) return start;
  return start + " to " + end;
}

std::string Backing(const corroborate::Sourcing& s) {
  std::string out = fmt::format("{} outlet{}", s.outlets.size(), s.outlets.size() == 1 ? "" : "s");
  out += fmt::format(", {} independent", s.independent_sources);
  if (!s.origins.empty()) out += " (" + Inline(fmt::format("{}", fmt::join(s.origins, ", "))) + ")";
  return out;
}

void Section(std::ostream& out, const char* title) { out << "\n## " << title << "\n\n"; }

void WriteEvents(std::ostream& out, const StoryDossier& d) {
  if (d.events.empty()) return;
  Section(out, "Events");
  out << "| id | date | source | event | target | modality | backed by |\n";
  out << "| --- | --- | --- | --- | --- | --- | --- |\n";
  for (size_t i = 0; i < d.events.size(); ++i) {
    const code::Event& e = d.events[i].event;
    std::string what = e.cameo + (e.plover.empty() ? "" : " " + e.plover);
    out << fmt::format("| v{} | {} | {} | {} | {} | {} | {} |\n", i + 1,
                       Period(e.date_start, e.date_end), Inline(ActorText(e.source)), what,
                       Inline(ActorText(e.target)), code::ModalityName(e.modality),
                       Backing(d.events[i].sourcing));
  }
}

void WriteTransfers(std::ostream& out, const StoryDossier& d) {
  if (d.transfers.empty()) return;
  Section(out, "Arms transfers");
  for (size_t i = 0; i < d.transfers.size(); ++i) {
    const code::Transfer& t = d.transfers[i].transfer;
    out << fmt::format("- **t{}** {} → {}, {}", i + 1, Inline(ActorText(t.supplier)),
                       Inline(ActorText(t.recipient)), code::TransferStatusName(t.status));
    std::string period = Period(t.period_start, t.period_end);
    if (!period.empty()) out << ", " << period;
    out << "; " << Backing(d.transfers[i].sourcing) << "\n";
    for (const code::TransferItem& item : t.items) {
      out << "  - " << Inline(item.name);
      if (!item.category.empty()) out << " (" << item.category << ")";
      if (!item.quantity.empty()) out << ", quantity " << Inline(item.quantity);
      out << "\n";
    }
    if (!t.evidence.empty()) {
      out << "  - evidence: " << Inline(fmt::format("{}", fmt::join(t.evidence, ", "))) << "\n";
    }
  }
}

void WriteQuotes(std::ostream& out, const StoryDossier& d) {
  if (d.quotes.empty()) return;
  Section(out, "Quotes");
  for (const corroborate::StoryQuote& q : d.quotes) {
    out << "> " << Inline(q.quote.text) << "\n>\n> — "
        << (q.quote.speaker.empty() ? std::string("speaker not found") : Inline(q.quote.speaker.name))
        << (q.quote.indirect ? " (reported speech)" : "") << "; " << Backing(q.sourcing) << "\n\n";
  }
}

void WriteContradictions(std::ostream& out, const StoryDossier& d) {
  if (d.contradictions.empty()) return;
  Section(out, "Contradictions");
  for (const corroborate::Contradiction& c : d.contradictions) {
    out << "- **" << Inline(c.about) << "**\n";
    for (const corroborate::Claim& claim : c.claims) {
      std::vector<std::string> who;
      for (uint32_t a : claim.articles) who.push_back(d.articles[a]->Label());
      out << "  - " << Inline(claim.value) << ": "
          << Inline(fmt::format("{}", fmt::join(who, ", "))) << "\n";
    }
  }
}

void WriteTimeline(std::ostream& out, const char* title,
                   const std::vector<corroborate::TimelineEntry>& entries, const StoryDossier& d) {
  if (entries.empty()) return;
  Section(out, title);
  for (const corroborate::TimelineEntry& t : entries) {
    out << "- " << Period(t.start, t.end) << ": " << Inline(t.text) << " ("
        << Inline(d.articles[t.place.article]->Label()) << ")\n";
  }
}

void WriteHeader(std::ostream& out, const StoryDossier& d) {
  out << "# " << Inline(d.title.empty() ? d.id : d.title) << "\n\n";
  size_t copies = 0;
  for (const story::ArticleFacts* a : d.articles) copies += a->copy_of >= 0;
  out << fmt::format("Story {}: {} article{}", d.id, d.articles.size(),
                     d.articles.size() == 1 ? "" : "s");
  if (copies > 0) out << fmt::format(" ({} near-duplicate cop{})", copies, copies == 1 ? "y" : "ies");
  out << fmt::format(", {} events, {} transfers, {} quotes, {} contradictions.\n", d.events.size(),
                     d.transfers.size(), d.quotes.size(), d.contradictions.size());
}

void WriteSummary(std::ostream& out, const StoryDossier& d) {
  if (!d.summary.empty()) {
    Section(out, "Summary");
    for (const corroborate::SummarySentence& s : d.summary) {
      out << Inline(s.text) << " *(" << Inline(d.articles[s.place.article]->Label())
          << ")*\n";
    }
  }
  if (!d.key_points.empty()) {
    Section(out, "Key points");
    for (const std::string& p : d.key_points) out << "- " << Inline(p) << "\n";
  }
}

void WriteClaims(std::ostream& out, const StoryDossier& d) {
  if (d.single_source_claims.empty()) return;
  Section(out, "Claims from one outlet only");
  for (const corroborate::SingleSourceClaim& c : d.single_source_claims) {
    out << "- " << Inline(c.text) << " (" << Inline(d.articles[c.place.article]->Label())
        << ")\n";
  }
}

void WriteFlags(std::ostream& out, const StoryDossier& d) {
  if (d.flags.empty()) return;
  Section(out, "Flags");
  for (const corroborate::Flag& f : d.flags) {
    out << "- **" << f.kind << "**: " << Inline(f.text);
    if (!f.facts.empty()) out << " (" << fmt::format("{}", fmt::join(f.facts, ", ")) << ")";
    out << "\n";
  }
}

void WriteArticles(std::ostream& out, const StoryDossier& d) {
  Section(out, "Articles");
  for (const story::ArticleFacts* a : d.articles) {
    out << "- " << Inline(a->Label());
    if (!a->title.empty() && a->title != a->Label()) out << ": " << Inline(a->title);
    if (!a->published.empty()) out << ", " << a->published;
    if (a->copy_of >= 0) out << " (copy of " << d.articles[a->copy_of]->id << ")";
    out << " `" << a->id << "`\n";
  }
}

}  // namespace

void WriteStoryMarkdown(std::ostream& out, const StoryDossier& d) {
  WriteHeader(out, d);
  WriteSummary(out, d);
  WriteTimeline(out, "What preceded it", d.preceded, d);
  WriteFlags(out, d);
  WriteEvents(out, d);
  WriteTransfers(out, d);
  WriteQuotes(out, d);
  WriteContradictions(out, d);
  WriteClaims(out, d);
  WriteTimeline(out, "Timeline", d.timeline, d);
  WriteArticles(out, d);
}

void WriteStoryIndexMarkdown(std::ostream& out,
                             const std::vector<corroborate::StoryDossier>& stories) {
  out << "# Stories\n\n";
  out << "| story | title | articles | events | transfers | quotes | contradictions |\n";
  out << "| --- | --- | --- | --- | --- | --- | --- |\n";
  for (const StoryDossier& d : stories) {
    out << fmt::format("| [{0}]({0}.md) | {1} | {2} | {3} | {4} | {5} | {6} |\n", d.id,
                       Inline(d.title), d.articles.size(), d.events.size(), d.transfers.size(),
                       d.quotes.size(), d.contradictions.size());
  }
}

}  // namespace dossier
