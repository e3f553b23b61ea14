// UTF-8 checks and repairs on byte strings.
#ifndef DOSSIER_CORE_UTF8_H_
#define DOSSIER_CORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier {

// Byte offset of the first invalid UTF-8 sequence, or npos if `s` is valid.
size_t FindInvalidUtf8(std::string_view s);

// Copy of `s` with every invalid sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

// True when `s` looks like binary data rather than text: NUL bytes or a
// high share of control characters in its first `probe` bytes.
bool LooksBinary(std::string_view s, size_t probe = 4096);

// Decodes one code point at s[i]; advances i. Returns U+FFFD on bad input.
char32_t DecodeUtf8(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string& out);

}  // namespace dossier

#endif  // DOSSIER_CORE_UTF8_H_
