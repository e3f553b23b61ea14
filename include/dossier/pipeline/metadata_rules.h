// Metadata derived when the input does not state it: outlet from the URL's
// domain, a date from the URL path, ISO dates from the forms pages print,
// and outlet names without company suffixes.
#ifndef DOSSIER_PIPELINE_METADATA_RULES_H_
#define DOSSIER_PIPELINE_METADATA_RULES_H_

#include <string>
#include <string_view>

namespace dossier {

// "https://www.example.com/x" -> "example.com"; empty if not a URL.
std::string DomainOf(std::string_view url);

// "2024-06-13" from URLs such as ".../2024/06/13/..." or "...-20240613-...".
std::string DateFromUrl(std::string_view url);

// ISO 8601 from "Saturday 23 July 2022 18.12 BST", "July 23, 2022",
// "23.07.2022", "2022-07-23T18:12:00Z" (kept as is). Only the date part is
// kept for non-ISO input; unrecognised text comes back unchanged.
std::string NormalizePublished(std::string_view text);

// The agency or outlet named in a wire-style dateline at the start of the
// body: "BRUSSELS, April 4 (Northern Ledger) - ..." -> "Northern Ledger".
std::string OutletFromDateline(std::string_view first_block);

// "Lakeland Post Media Ltd 2022" -> "Lakeland Post".
std::string CleanOutletName(std::string_view name);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_METADATA_RULES_H_
