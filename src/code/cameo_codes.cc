#include "dossier/code/cameo_codes.h"

#include <fmt/format.h>

#include <filesystem>

#include "dossier/kb/tsv.h"

namespace dossier::code {

bool IsCameoCodeShape(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

Result<CameoCodes> CameoCodes::Load(const std::string& path) {
  if (!std::filesystem::exists(path))
    return Status(StatusCode::kNotFound, "no CAMEO code table").WithPath(path);
  CameoCodes table;
  Status st = kb::ForEachRow(path, 4, 4, [&](const kb::TsvRow& row) -> Status {
    std::string_view code = row.fields[0];
    if (!IsCameoCodeShape(code))
      return row.Error(fmt::format("\"{}\" is not a CAMEO code (2-4 digits, root 01-20)", code));
    if (table.index_.count(std::string(code)) != 0)
      return row.Error(fmt::format("CAMEO code {} is listed twice", code));
    if (code.size() > 2 && table.index_.count(std::string(code.substr(0, code.size() - 1))) == 0 &&
        !(code.size() == 3 && table.index_.count(std::string(code.substr(0, 2))) != 0))
      return row.Error(fmt::format("CAMEO code {} comes before its parent", code));
    table.index_.emplace(std::string(code), table.codes_.size());
    table.codes_.push_back({std::string(code), std::string(row.fields[1]), std::string(row.fields[2]),
                            std::string(row.fields[3])});
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return table;
}

const CameoCode* CameoCodes::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace dossier::code
