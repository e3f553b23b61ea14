#include "table_writer.h"

#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "lexical_hash.h"

namespace dossier::lexical_gen {

namespace lx = dossier::text::lexical;

bool BuildKeys(const std::vector<std::string>& keys, BuiltKeys* out, std::string* error) {
  if (keys.size() >= lx::kIndexMask) {
    *error = "too many keys for one table: " + std::to_string(keys.size());
    return false;
  }
  std::unordered_set<std::string_view> seen;
  out->blob.clear();
  out->ends.assign(1, 0);
  for (const std::string& k : keys) {
    if (k.empty() || !seen.insert(k).second) {
      *error = "empty or duplicate key '" + k + "'";
      return false;
    }
    out->blob += k;
    out->ends.push_back(static_cast<uint32_t>(out->blob.size()));
  }
  // About half full: unsuccessful probes (most suffix-rule candidates of
  // the lemmatizer miss) then stop after one or two slots.
  const uint32_t slot_count = static_cast<uint32_t>(keys.size() * 2 + 1);
  out->slots.assign(slot_count, 0);
  for (uint32_t k = 0; k < keys.size(); ++k) {
    const uint64_t h = lx::HashKey(keys[k]);
    uint32_t i = lx::HomeSlot(h, slot_count);
    while (out->slots[i] != 0) i = (i + 1 == slot_count) ? 0 : i + 1;
    out->slots[i] = (lx::Fingerprint(h) << lx::kIndexBits) | (k + 1);
  }
  return true;
}

void CppWriter::Blob(std::string_view name, std::string_view bytes) {
  *out_ += "static const char ";
  *out_ += name;
  *out_ += "[] =";
  constexpr size_t kLine = 96;
  if (bytes.empty()) *out_ += " \"\"";
  for (size_t i = 0; i < bytes.size(); i += kLine) {
    *out_ += "\n    \"";
    for (char c : bytes.substr(i, kLine)) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\' || c == '?') {
        *out_ += '\\';
        *out_ += c;
      } else if (u < 0x20 || u >= 0x7f) {
        char oct[8];
        std::snprintf(oct, sizeof oct, "\\%03o", u);  // always three digits
        *out_ += oct;
      } else {
        *out_ += c;
      }
    }
    *out_ += '"';
  }
  *out_ += ";\n";
}

namespace {

template <typename T, typename Format>
void Array(std::string* out, std::string_view type, std::string_view name,
           const std::vector<T>& values, bool exported, Format format) {
  *out += exported ? "const " : "static const ";
  *out += type;
  *out += ' ';
  *out += name;
  *out += "[] = {";
  for (size_t i = 0; i < values.size(); ++i) {
    *out += (i % 16 == 0) ? "\n   " : "";
    *out += ' ';
    *out += format(values[i]);
    *out += ',';
  }
  if (values.empty()) *out += "0";  // no zero-length arrays
  *out += "\n};\n";
}

}  // namespace

void CppWriter::U32Array(std::string_view name, const std::vector<uint32_t>& values,
                         bool exported) {
  Array(out_, "uint32_t", name, values, exported,
        [](uint32_t v) { return std::to_string(v); });
}

void CppWriter::U8Array(std::string_view name, const std::vector<uint8_t>& values,
                        bool exported) {
  Array(out_, "uint8_t", name, values, exported, [](uint8_t v) { return std::to_string(v); });
}

void CppWriter::FloatArray(std::string_view name, const std::vector<float>& values,
                           bool exported) {
  Array(out_, "float", name, values, exported, FloatLiteral);
}

void CppWriter::Keys(std::string_view prefix, const BuiltKeys& keys, std::string_view table_name) {
  const std::string p(prefix);
  Blob(p + "Blob", keys.blob);
  U32Array(p + "Ends", keys.ends);
  U32Array(p + "Slots", keys.slots);
  if (table_name.empty()) return;
  *out_ += "const KeyTable ";
  *out_ += table_name;
  *out_ += " = {" + p + "Blob, " + p + "Ends, " + p + "Slots, " +
           std::to_string(keys.slots.size()) + ", " + std::to_string(keys.ends.size() - 1) +
           "};\n";
}

std::string FloatLiteral(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9ef", static_cast<double>(v));
  return buf;
}

bool WriteIfChanged(const std::string& path, const std::string& content, std::string* error) {
  std::string old;
  std::string ignored;
  if (ReadFile(path, &old, &ignored) && old == content) return true;
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << content;
    if (!f.flush()) {
      *error = "cannot write " + tmp;
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = "cannot rename " + tmp + " to " + path;
    return false;
  }
  return true;
}

bool ReadFile(const std::string& path, std::string* content, std::string* error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    *error = "cannot read " + path;
    return false;
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  *content = ss.str();
  return true;
}

}  // namespace dossier::lexical_gen
