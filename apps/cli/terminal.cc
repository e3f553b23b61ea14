#include "cli/terminal.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace dossier::cli {
namespace {

bool g_progress_on_screen = false;

void ClearProgressLine() {
  if (g_progress_on_screen) {
    std::fputs("\r\033[K", stderr);
    g_progress_on_screen = false;
  }
}

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

void PrintError(const Status& status) {
  ClearProgressLine();
  fmt::print(stderr, "dossier: error: {}\n", status.ToString());
}

void PrintWarning(const Status& status) {
  ClearProgressLine();
  fmt::print(stderr, "dossier: warning: {}\n", status.ToString());
}

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}

void ProgressBar::Update(const Progress& p) {
  if (!enabled_) return;
  double now = Now();
  if (now - last_ < 0.1 && p.files_done < p.files_total) return;
  last_ = now;
  constexpr int kWidth = 30;
  int filled = p.files_total > 0 ? static_cast<int>(kWidth * p.files_done / p.files_total) : 0;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.resize(kWidth, '.');
  fmt::print(stderr, "\r\033[K[{}] {}/{} files, {} documents, {}", bar, p.files_done,
             p.files_total, p.documents, HumanBytes(static_cast<double>(p.bytes)));
  std::fflush(stderr);
  drawn_ = true;
  g_progress_on_screen = true;
}

void ProgressBar::Finish() {
  if (drawn_) ClearProgressLine();
}

std::string HumanBytes(double bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  int u = 0;
  while (bytes >= 1000 && u < 4) {
    bytes /= 1000;
    ++u;
  }
  return u == 0 ? fmt::format("{:.0f} {}", bytes, units[u]) : fmt::format("{:.1f} {}", bytes, units[u]);
}

}  // namespace dossier::cli
