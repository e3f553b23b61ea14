// Turns key lists and numbers into C++ source: one string literal per table
// (adjacent literals, a line each) and plain arrays, so that the compiler
// parses a few MB of constants instead of running constructors.
#ifndef DOSSIER_TOOLS_LEXICAL_GEN_TABLE_WRITER_H_
#define DOSSIER_TOOLS_LEXICAL_GEN_TABLE_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::lexical_gen {

// A string hash table laid out as lexical::KeyTable expects.
struct BuiltKeys {
  std::string blob;             // the keys, then any extra strings
  std::vector<uint32_t> ends;   // keys.size() + 1 offsets
  std::vector<uint32_t> slots;  // 0 or fingerprint << kIndexBits | (k + 1)
};

// Keys must be distinct and non-empty; the order given is the index order.
// Fails (with a message) on duplicates or too many keys.
bool BuildKeys(const std::vector<std::string>& keys, BuiltKeys* out, std::string* error);

// Appends C++ definitions to a source text.
class CppWriter {
 public:
  explicit CppWriter(std::string* out) : out_(out) {}

  void Raw(std::string_view text) { out_->append(text); }
  // static const char name[] = "..." "...";
  void Blob(std::string_view name, std::string_view bytes);
  // Arrays are static unless `exported`: then they define an object that
  // lexical_tables.h declares extern.
  void U32Array(std::string_view name, const std::vector<uint32_t>& values,
                bool exported = false);
  void U8Array(std::string_view name, const std::vector<uint8_t>& values,
               bool exported = false);
  void FloatArray(std::string_view name, const std::vector<float>& values,
                  bool exported = false);
  // The blob, ends and slots as static arrays named prefix + "Blob" etc.,
  // then `const KeyTable table_name = {...};` when table_name is not empty.
  void Keys(std::string_view prefix, const BuiltKeys& keys, std::string_view table_name);

 private:
  std::string* out_;
};

// A float as a C++ literal that reads back to the same value.
std::string FloatLiteral(float v);

// Writes `content` to `path` unless the file already holds exactly that,
// so an unchanged table does not trigger recompilation.
bool WriteIfChanged(const std::string& path, const std::string& content, std::string* error);

// Reads a whole file.
bool ReadFile(const std::string& path, std::string* content, std::string* error);

}  // namespace dossier::lexical_gen

#endif  // DOSSIER_TOOLS_LEXICAL_GEN_TABLE_WRITER_H_
