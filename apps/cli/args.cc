#include "cli/args.h"

#include "cli/terminal.h"

#include <fmt/format.h>

#include <charconv>

namespace dossier::cli {

Result<Args> Args::Parse(const std::vector<std::string>& argv,
                         const std::vector<FlagSpec>& specs) {
  Args args;
  for (const auto& s : specs) {
    if (!s.default_value.empty()) args.defaults_[s.name] = s.default_value;
  }
  bool only_positional = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (only_positional || a == "-" || a.rfind("--", 0) != 0) {
      args.positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string name = a.substr(2);
    std::string value;
    bool inline_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    const FlagSpec* spec = nullptr;
    for (const auto& s : specs) {
      if (s.name == name) spec = &s;
    }
    if (!spec) {
      return Status(StatusCode::kInvalidArgument, fmt::format("unknown option --{}", name));
    }
    if (spec->takes_value && !inline_value) {
      if (i + 1 >= argv.size()) {
        return Status(StatusCode::kInvalidArgument,
                      fmt::format("option --{} needs a value ({})", name, spec->value_name));
      }
      value = argv[++i];
    }
    args.values_[name] = spec->takes_value ? value : "1";
  }
  return args;
}

std::string Args::Get(const std::string& name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  if (auto it = defaults_.find(name); it != defaults_.end()) return it->second;
  return {};
}

Result<long long> Args::GetInt(const std::string& name) const {
  std::string v = Get(name);
  long long out = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (v.empty() || ec != std::errc() || p != v.data() + v.size() || out < 0) {
    return Status(StatusCode::kInvalidArgument,
                  fmt::format("option --{} expects a non-negative integer, got '{}'", name, v));
  }
  return out;
}

std::string FlagHelp(const std::vector<FlagSpec>& specs) {
  std::string out;
  for (const auto& s : specs) {
    std::string left = "  --" + s.name + (s.takes_value ? " " + s.value_name : "");
    out += fmt::format("{:<26}{}", left, s.help);
    if (!s.default_value.empty()) out += fmt::format(" (default: {})", s.default_value);
    out += '\n';
  }
  return out;
}

std::optional<int> ParseCommandLine(const std::vector<std::string>& argv,
                                    const std::vector<FlagSpec>& specs, const std::string& usage,
                                    const std::string& positional, Args& out) {
  auto args = Args::Parse(argv, specs);
  if (!args.ok()) {
    PrintError(args.status());
    return kExitUsage;
  }
  if (args->Has("help")) {
    fmt::print("{}Options:\n{}", usage, FlagHelp(specs));
    return kExitOk;
  }
  if (!positional.empty() && args->positional().empty()) {
    PrintError(Status(StatusCode::kInvalidArgument,
                      fmt::format("no {} given (see --help)", positional)));
    return kExitUsage;
  }
  out = std::move(*args);
  return std::nullopt;
}

}  // namespace dossier::cli
