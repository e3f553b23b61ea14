// Test support: the gold event chains of an ECB+ document, by line of the
// text ReadEcbPlus() gives (one sentence per line). Each action mention
// (ACTION_OCCURRENCE, ACTION_REPORTING, ...) that a CROSS_DOC_COREF relation
// links to a cross-document chain adds that chain's id ("ACT1623...") to the
// line holding its first token.
#ifndef DOSSIER_TESTS_SUMMARIZE_ECB_GOLD_H_
#define DOSSIER_TESTS_SUMMARIZE_ECB_GOLD_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/data_dir.h"

namespace dossier::testing {

inline std::string AttrOf(std::string_view tag, std::string_view name) {
  size_t at = tag.find(std::string(name) + "=\"");
  if (at == std::string_view::npos) return "";
  at += name.size() + 2;
  return std::string(tag.substr(at, tag.find('"', at) - at));
}

// Chains by line; empty when the file cannot be read.
inline std::vector<std::set<std::string>> EcbGoldChains(const std::string& path) {
  auto read = ReadSmallFile(path);
  if (!read.ok()) return {};
  std::string_view xml = *read;
  std::map<std::string, size_t> line_of_token;
  std::string sentence = "\x01";
  size_t lines = 0;
  for (size_t at = xml.find("<token "); at != std::string_view::npos; at = xml.find("<token ", at + 1)) {
    std::string_view tag = xml.substr(at, xml.find('>', at) - at);
    std::string s = AttrOf(tag, "sentence");
    if (s != sentence) ++lines, sentence = s;
    line_of_token[AttrOf(tag, "t_id")] = lines - 1;
  }
  std::map<std::string, size_t> line_of_action;  // m_id -> line of its first token
  for (size_t at = xml.find("<ACTION_"); at != std::string_view::npos; at = xml.find("<ACTION_", at + 1)) {
    std::string_view tag = xml.substr(at, xml.find('>', at) - at);
    size_t anchor = xml.find("t_id=\"", at);
    size_t close = xml.find("</ACTION_", at);
    if (anchor == std::string_view::npos || anchor > close) continue;
    std::string t = AttrOf(xml.substr(anchor - 1, 40), "t_id");
    if (line_of_token.count(t)) line_of_action[AttrOf(tag, "m_id")] = line_of_token[t];
  }
  std::vector<std::set<std::string>> chains(lines);
  for (size_t at = xml.find("<CROSS_DOC_COREF"); at != std::string_view::npos;
       at = xml.find("<CROSS_DOC_COREF", at + 1)) {
    std::string note = AttrOf(xml.substr(at, xml.find('>', at) - at), "note");
    if (note.rfind("ACT", 0) != 0) continue;
    size_t end = xml.find("</CROSS_DOC_COREF>", at);
    for (size_t s = xml.find("<source ", at); s < end; s = xml.find("<source ", s + 1)) {
      auto found = line_of_action.find(AttrOf(xml.substr(s, 40), "m_id"));
      if (found != line_of_action.end()) chains[found->second].insert(note);
    }
  }
  return chains;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_SUMMARIZE_ECB_GOLD_H_
