// NestingLimiter: keeps pathological nesting out of the HTML5 parser.
//
// HTML5 tree construction checks element scopes by walking the stack of
// open elements, so a page of 100,000 nested <div>s costs quadratic time in
// any conforming parser (seconds per page). Before parsing, a light tag
// scan estimates the nesting depth (counting only elements whose end tag is
// required); past `max_depth`, further start tags and their end tags are
// dropped, so their text stays and joins the innermost kept element. Pages
// within the limit are passed through untouched, without a copy.
#ifndef DOSSIER_CLEAN_NESTING_LIMITER_H_
#define DOSSIER_CLEAN_NESTING_LIMITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dossier {

// Returns true and fills `out` when tags had to be dropped; false (and
// leaves `out` alone) when `html` nests no deeper than `max_depth`.
bool LimitNesting(std::string_view html, uint32_t max_depth, std::string& out);

}  // namespace dossier

#endif  // DOSSIER_CLEAN_NESTING_LIMITER_H_
