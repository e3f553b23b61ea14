#include "dossier/summarize/key_points.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

namespace dossier::summarize {
namespace {

using corroborate::Sourcing;
using corroborate::StoryDossier;
using corroborate::StoryEvent;

constexpr size_t kMaxTransfers = 3;
constexpr size_t kMaxItems = 4;
constexpr size_t kMaxAbouts = 3;
constexpr size_t kFallbackWords = 22;

std::string Plural(size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string DescribeSourcing(const Sourcing& s) {
  if (s.outlets.empty()) return "";
  std::string out = "reported by " + Plural(s.outlets.size(), "outlet", "outlets");
  if (s.independent_sources > 0)
    out += ", " + Plural(size_t(s.independent_sources), "independent source", "independent sources");
  return out;
}

std::string ActorName(const code::Actor& a) { return a.name.empty() ? a.code : a.name; }

std::string Period(const std::string& start, const std::string& end) {
  if (start.empty() || end.empty() || start == end) return start.empty() ? end : start;
  return start + "–" + end;
}

std::string Category(std::string c) {
  std::replace(c.begin(), c.end(), '_', ' ');
  std::replace(c.begin(), c.end(), '/', ' ');
  return c;
}

void Append(std::string& line, const std::string& part, const char* separator = "; ") {
  if (part.empty()) return;
  if (!line.empty()) line += separator;
  line += part;
}

// Named systems (knowledge-base weapons) first, then items of a known
// category, then the rest ("arms", "advanced weapons") say least.
std::string Items(std::vector<code::TransferItem> items) {
  auto rank = [](const code::TransferItem& i) { return i.entity >= 0 ? 0 : i.category.empty() ? 2 : 1; };
  std::stable_sort(items.begin(), items.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  std::string out;
  for (size_t i = 0; i < items.size() && i < kMaxItems; ++i) {
    std::string item = items[i].quantity.empty() ? items[i].name
                                                 : items[i].quantity + " " + items[i].name;
    if (!items[i].category.empty()) item += " (" + Category(items[i].category) + ")";
    Append(out, item, ", ");
  }
  if (items.size() > kMaxItems) out += fmt::format(" and {} more", items.size() - kMaxItems);
  return out;
}

// Most independent sources first, then most outlets, then most mentions.
bool MoreSupported(const Sourcing& a, size_t mentions_a, const Sourcing& b, size_t mentions_b) {
  if (a.independent_sources != b.independent_sources)
    return a.independent_sources > b.independent_sources;
  if (a.outlets.size() != b.outlets.size()) return a.outlets.size() > b.outlets.size();
  return mentions_a > mentions_b;
}

template <typename Fact>
std::vector<size_t> BySupport(const std::vector<Fact>& facts) {
  std::vector<size_t> order(facts.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return MoreSupported(facts[a].sourcing, facts[a].mentions.size(), facts[b].sourcing,
                         facts[b].mentions.size());
  });
  return order;
}

std::string DescribeDisputes(const StoryDossier& d) {
  if (d.contradictions.empty()) return "";
  std::string abouts;
  for (size_t i = 0; i < d.contradictions.size() && i < kMaxAbouts; ++i)
    Append(abouts, d.contradictions[i].about);
  return fmt::format("{} between outlets: {}",
                     Plural(d.contradictions.size(), "contradiction", "contradictions"), abouts);
}

// An aid event between a transfer's supplier and recipient countries (actor
// codes start with the ISO alpha-3 code) is that transfer again, even when the corroborate stage did not link the two.
bool RepeatsTransfer(const StoryDossier& d, const StoryEvent& e) {
  if (e.event.cameo.rfind("07", 0) != 0) return false;
  auto country = [](const std::string& code) { return code.substr(0, 3); };
  return std::any_of(d.transfers.begin(), d.transfers.end(), [&](const auto& t) {
    return country(t.transfer.supplier.code) == country(e.event.source.code) &&
           country(t.transfer.recipient.code) == country(e.event.target.code);
  });
}

std::vector<std::string> FromSummary(const StoryDossier& d, size_t max_lines) {
  std::vector<std::string> lines;
  for (const auto& s : d.summary) {
    if (lines.size() >= max_lines) break;
    lines.push_back(ShortenSentence(s.text, kFallbackWords));
  }
  return lines;
}

}  // namespace

std::string DescribeTransfer(const corroborate::StoryTransfer& t) {
  std::string line = ActorName(t.transfer.supplier) + " → " + ActorName(t.transfer.recipient) + ":";
  std::string details = Items(t.transfer.items);
  Append(details, Period(t.transfer.period_start, t.transfer.period_end));
  Append(details, code::TransferStatusName(t.transfer.status));
  Append(details, DescribeSourcing(t.sourcing));
  return line + " " + details;
}

std::string DescribeEvent(const StoryEvent& e, const code::CameoCodes& cameo) {
  const code::CameoCode* code = cameo.Find(e.event.cameo);
  std::string what = code != nullptr ? code->name : "";
  if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
  if (what.empty()) what = "CAMEO " + e.event.cameo;
  std::string line = ActorName(e.event.source);
  if (!e.event.target.empty()) line += " → " + ActorName(e.event.target);
  line += ": " + what;
  std::string date = Period(e.event.date_start, e.event.date_end);
  if (!date.empty()) line += " (" + date + ")";
  if (e.event.modality != code::Modality::kAsserted && e.event.modality != code::Modality::kReported)
    line += fmt::format(" [{}]", code::ModalityName(e.event.modality));
  std::string sourcing = DescribeSourcing(e.sourcing);
  return sourcing.empty() ? line : line + "; " + sourcing;
}

std::string ShortenSentence(std::string_view sentence, size_t max_words) {
  size_t words = 0, clause_end = std::string_view::npos;
  for (size_t i = 0; i < sentence.size(); ++i) {
    if (sentence[i] != ' ' || (i > 0 && sentence[i - 1] == ' ')) continue;
    if (++words < max_words) {
      if (words >= max_words / 2 && i > 0 && (sentence[i - 1] == ',' || sentence[i - 1] == ';'))
        clause_end = i - 1;
      continue;
    }
    size_t cut = clause_end != std::string_view::npos ? clause_end : i;
    return std::string(sentence.substr(0, cut)) + " ...";
  }
  return std::string(sentence);
}

std::vector<std::string> KeyPoints(const StoryDossier& d, const code::CameoCodes& cameo,
                                   size_t max_lines) {
  if (d.transfers.empty() && d.events.empty()) return FromSummary(d, max_lines);
  std::vector<std::string> lines;
  std::set<uint32_t> shown_events;
  for (size_t t : BySupport(d.transfers)) {
    if (lines.size() >= std::min(kMaxTransfers, max_lines)) break;
    lines.push_back(DescribeTransfer(d.transfers[t]));
    shown_events.insert(d.transfers[t].events.begin(), d.transfers[t].events.end());
  }
  std::string disputes = DescribeDisputes(d);
  size_t reserved = (disputes.empty() ? 0 : 1) + (d.single_source_claims.empty() ? 0 : 1);
  size_t room = max_lines > reserved ? max_lines - reserved : 0;
  for (size_t e : BySupport(d.events)) {
    if (lines.size() >= room) break;
    if (shown_events.count(uint32_t(e)) || d.events[e].event.source.empty() ||
        RepeatsTransfer(d, d.events[e]))
      continue;
    std::string line = DescribeEvent(d.events[e], cameo);
    if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
  }
  if (!disputes.empty() && lines.size() < max_lines) lines.push_back(disputes);
  if (!d.single_source_claims.empty() && lines.size() < max_lines)
    lines.push_back(Plural(d.single_source_claims.size(), "claim", "claims") +
                    " made by one outlet only");
  return lines;
}

}  // namespace dossier::summarize
