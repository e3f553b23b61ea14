#include "dossier/corroborate/reference_register.h"

#include <algorithm>
#include <fstream>

#include "reference_register_layout.h"

namespace dossier::corroborate {
namespace {

// Notes above the header: SIPRI writes about a dozen lines.
constexpr int kMaxNoteLines = 64;

uint64_t PairKey(uint32_t supplier, uint32_t recipient) {
  return static_cast<uint64_t>(supplier) << 32 | recipient;
}

// Physical lines of a stream, read in blocks so that one endless line costs
// no more than the limit.
class LineSource {
 public:
  explicit LineSource(std::istream& in) : in_(in) {}

  // False at the end of the input. A line longer than `max` sets `too_long`.
  bool Next(std::string& line, size_t max, bool& too_long) {
    too_long = false;
    for (;;) {
      size_t nl = buffer_.find('\n', pos_);
      if (nl != std::string::npos) {
        if (nl - pos_ > max) too_long = true;
        line.assign(buffer_, pos_, nl - pos_);
        pos_ = nl + 1;
        return true;
      }
      if (buffer_.size() - pos_ > max) {
        too_long = true;
        return true;
      }
      buffer_.erase(0, pos_);
      pos_ = 0;
      char block[1 << 16];
      in_.read(block, sizeof block);
      if (in_.gcount() <= 0) break;
      buffer_.append(block, static_cast<size_t>(in_.gcount()));
    }
    if (pos_ >= buffer_.size()) return false;
    line.assign(buffer_, pos_, std::string::npos);
    pos_ = buffer_.size();
    return true;
  }

 private:
  std::istream& in_;
  std::string buffer_;
  size_t pos_ = 0;
};

// SIPRI's deliveries export ends every line with ';' and CRLF.
void StripLineEnd(std::string& line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ';')) line.pop_back();
}

}  // namespace

int RegisterDeal::FirstYear() const {
  int first = order_year;
  if (first_delivery != 0 && (first == 0 || first_delivery < first)) first = first_delivery;
  return first;
}

int RegisterDeal::LastYear() const { return std::max(order_year, last_delivery); }

const char* RegisterLayoutName(RegisterLayout layout) {
  return layout == RegisterLayout::kDeals ? "deals" : "deliveries";
}

// Reads one export into a register: notes, header, then rows.
class RegisterReader {
 public:
  RegisterReader(std::istream& in, const std::string& path, const RegisterOptions& options)
      : lines_(in), options_(options) {
    reg_.path_ = path;
  }

  Result<ReferenceRegister> Read() {
    DOSSIER_RETURN_IF_ERROR(ReadHeader());
    std::vector<std::string_view> fields;
    std::string row;
    for (;;) {
      uint64_t first_line = reg_.stats_.lines + 1;
      bool more = false;
      DOSSIER_RETURN_IF_ERROR(NextRow(row, fields, more));
      if (!more) break;
      DOSSIER_RETURN_IF_ERROR(AddRow(fields, first_line));
    }
    return std::move(reg_);
  }

 private:
  Status Error(StatusCode code, std::string message, uint64_t line) const {
    return Status(code, std::move(message))
        .WithPath(reg_.path_)
        .WithLine(static_cast<int64_t>(line));
  }

  Status NextLine(std::string& line, bool& more) {
    bool too_long = false;
    more = lines_.Next(line, options_.max_line_bytes, too_long);
    if (!more) return Status::Ok();
    ++reg_.stats_.lines;
    if (too_long)
      return Error(StatusCode::kTooLarge,
                   "line longer than " + std::to_string(options_.max_line_bytes) + " bytes",
                   reg_.stats_.lines);
    StripLineEnd(line);
    return Status::Ok();
  }

  Status ReadHeader() {
    std::string line;
    for (int i = 0; i < kMaxNoteLines; ++i) {
      bool more = false;
      DOSSIER_RETURN_IF_ERROR(NextLine(line, more));
      if (!more) break;
      auto fields = SplitRegisterFields(line);
      if (!LooksLikeHeader(fields)) continue;
      auto columns = ColumnsOfHeader(fields);
      if (!columns)
        return Error(StatusCode::kUnsupported,
                     "unknown arms-register layout: the header has Supplier and Recipient but "
                     "not the columns of SIPRI's deals or deliveries export",
                     reg_.stats_.lines);
      columns_ = *columns;
      reg_.layout_ = columns_.layout;
      return Status::Ok();
    }
    return Status(StatusCode::kUnsupported,
                  "no arms-register header (a line naming Supplier and Recipient columns) in "
                  "the first " + std::to_string(kMaxNoteLines) + " lines")
        .WithPath(reg_.path_);
  }

  // One row, joined over the lines its Comments field runs on. `more` is
  // false at the end of the file.
  Status NextRow(std::string& row, std::vector<std::string_view>& fields, bool& more) {
    do {
      DOSSIER_RETURN_IF_ERROR(NextLine(row, more));
    } while (more && row.empty());
    if (!more) return Status::Ok();
    fields = SplitRegisterFields(row);
    std::string next;
    for (int n = 1; fields.size() < columns_.fields && n < options_.max_row_lines; ++n) {
      bool continued = false;
      DOSSIER_RETURN_IF_ERROR(NextLine(next, continued));
      if (!continued) break;
      row += ' ';
      row += next;
      fields = SplitRegisterFields(row);
    }
    return Status::Ok();
  }

  Status Malformed(std::string reason, uint64_t line) {
    if (!options_.skip_malformed_rows) return Error(StatusCode::kCorruptInput, reason, line);
    ++reg_.stats_.skipped["malformed row"];
    return Status::Ok();
  }

  Status AddRow(const std::vector<std::string_view>& fields, uint64_t line) {
    ++reg_.stats_.rows;
    if (fields.size() != columns_.fields)
      return Malformed("row has " + std::to_string(fields.size()) + " fields, the header " +
                           std::to_string(columns_.fields),
                       line);
    RegisterRow row;
    if (auto bad = ReadRegisterRow(columns_, fields, row)) return Malformed(*bad, line);
    for (const std::string* party : {&row.supplier, &row.recipient}) {
      std::string_view reason = PartySkipReason(*party);
      if (!reason.empty()) {
        ++reg_.stats_.skipped[std::string(reason)];
        return Status::Ok();
      }
    }
    row.deal.supplier = reg_.Intern(row.supplier);
    row.deal.recipient = reg_.Intern(row.recipient);
    row.deal.line = static_cast<uint32_t>(line);
    ++reg_.stats_.kept;
    AddDeal(row);
    return Status::Ok();
  }

  // The deliveries layout repeats a deal once per delivery year.
  void AddDeal(RegisterRow& row) {
    if (row.deal_id != 0) {
      auto [it, fresh] = deal_rows_.try_emplace(row.deal_id, reg_.deals_.size());
      if (!fresh) {
        RegisterDeal& d = reg_.deals_[it->second];
        if (row.deal.first_delivery != 0) {
          d.first_delivery = d.first_delivery == 0 ? row.deal.first_delivery
                                                   : std::min(d.first_delivery, row.deal.first_delivery);
          d.last_delivery = std::max(d.last_delivery, row.deal.last_delivery);
        }
        Span(d);
        return;
      }
    }
    Span(row.deal);
    reg_.by_pair_[PairKey(row.deal.supplier, row.deal.recipient)].push_back(
        static_cast<uint32_t>(reg_.deals_.size()));
    reg_.deals_.push_back(std::move(row.deal));
  }

  void Span(const RegisterDeal& d) {
    RegisterStats& s = reg_.stats_;
    if (d.FirstYear() != 0 && (s.first_year == 0 || d.FirstYear() < s.first_year))
      s.first_year = d.FirstYear();
    s.last_year = std::max(s.last_year, d.LastYear());
  }

  LineSource lines_;
  const RegisterOptions& options_;
  RegisterColumns columns_;
  ReferenceRegister reg_;
  std::unordered_map<uint64_t, size_t> deal_rows_;  // deal id -> index in deals_
};

Result<ReferenceRegister> ReferenceRegister::Load(const std::string& path,
                                                  const RegisterOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open the arms register").WithPath(path);
  RegisterReader reader(in, path, options);
  auto reg = reader.Read();
  if (reg.ok() && in.bad())
    return Status(StatusCode::kIoError, "read error in the arms register").WithPath(path);
  return reg;
}

uint32_t ReferenceRegister::Intern(std::string_view name) {
  auto [it, fresh] = name_index_.try_emplace(std::string(name), names_.size());
  if (fresh) names_.emplace_back(name);
  return static_cast<uint32_t>(it->second);
}

std::optional<uint32_t> ReferenceRegister::NameIndex(std::string_view name) const {
  auto it = name_index_.find(std::string(name));
  if (it == name_index_.end()) return std::nullopt;
  return it->second;
}

std::vector<const RegisterDeal*> ReferenceRegister::Between(uint32_t supplier,
                                                            uint32_t recipient) const {
  std::vector<const RegisterDeal*> out;
  auto it = by_pair_.find(PairKey(supplier, recipient));
  if (it == by_pair_.end()) return out;
  for (uint32_t i : it->second) out.push_back(&deals_[i]);
  return out;
}

bool ReferenceRegister::Covers(int first, int last) const {
  return stats_.last_year != 0 && first <= stats_.last_year && stats_.first_year <= last;
}

}  // namespace dossier::corroborate
