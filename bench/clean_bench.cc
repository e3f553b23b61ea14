// Speed of the clean stage, and the measurement behind the HTML parser
// choice: gumbo against Modest (MyHTML) building a tree of the same pages,
// then our whole HtmlCleaner (parse + extract + metadata) and TextCleaner.
//
// Pages: ../shared/data/extraction-benchmark/html/*.html.gz (181 real news
// pages); text: ../shared/data/seeds/*.txt. Skips with a message when the
// data is absent. Run: build/bench/clean_bench
#include <benchmark/benchmark.h>
#include <gumbo.h>
#include <myhtml/api.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/clean/html_cleaner.h"
#include "dossier/clean/text_cleaner.h"

namespace {

namespace fs = std::filesystem;

std::string Gunzip(const fs::path& p) {
  gzFile f = gzopen(p.c_str(), "rb");
  std::string s;
  if (!f) return s;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return s;
}

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    fs::path dir = fs::path(DOSSIER_SHARED_DATA_DIR) / "extraction-benchmark" / "html";
    if (!fs::is_directory(dir)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) out.push_back(Gunzip(f));
    return out;
  }();
  return pages;
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    fs::path dir = fs::path(DOSSIER_SHARED_DATA_DIR) / "seeds";
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir)) {
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }();
  return texts;
}

const dossier::BoilerplateLexicon& Lexicon() {
  static const dossier::BoilerplateLexicon lexicon = [] {
    auto l = dossier::BoilerplateLexicon::LoadDefault();
    if (!l.ok()) {
      std::fprintf(stderr, "%s\n", l.status().ToString().c_str());
      std::exit(1);
    }
    return std::move(*l);
  }();
  return lexicon;
}

template <typename F>
void OverPages(benchmark::State& state, const std::vector<std::string>& docs, F&& each) {
  if (docs.empty()) {
    state.SkipWithError("benchmark data not found under ../shared/data");
    return;
  }
  size_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      each(d);
      bytes += d.size();
      ++items;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

size_t CountGumbo(GumboNode* root) {
  size_t n = 0;
  std::vector<GumboNode*> stack{root};
  while (!stack.empty()) {
    GumboNode* x = stack.back();
    stack.pop_back();
    ++n;
    if (x->type != GUMBO_NODE_ELEMENT) continue;
    for (unsigned i = 0; i < x->v.element.children.length; ++i) {
      stack.push_back(static_cast<GumboNode*>(x->v.element.children.data[i]));
    }
  }
  return n;
}

void BM_GumboTree(benchmark::State& state) {
  OverPages(state, Pages(), [](const std::string& d) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, d.data(), d.size());
    benchmark::DoNotOptimize(CountGumbo(out->root));
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  });
}

void BM_MyHtmlTree(benchmark::State& state) {
  myhtml_t* parser = myhtml_create();
  myhtml_init(parser, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
  OverPages(state, Pages(), [&](const std::string& d) {
    myhtml_tree_t* tree = myhtml_tree_create();
    myhtml_tree_init(tree, parser);
    myhtml_parse(tree, MyENCODING_UTF_8, d.data(), d.size());
    size_t n = 0;
    std::vector<myhtml_tree_node_t*> stack{myhtml_tree_get_document(tree)};
    while (!stack.empty()) {
      auto* x = stack.back();
      stack.pop_back();
      ++n;
      for (auto* c = myhtml_node_child(x); c; c = myhtml_node_next(c)) stack.push_back(c);
    }
    benchmark::DoNotOptimize(n);
    myhtml_tree_destroy(tree);
  });
  myhtml_destroy(parser);
}

void BM_HtmlCleaner(benchmark::State& state) {
  dossier::HtmlCleaner cleaner(Lexicon());
  OverPages(state, Pages(), [&](const std::string& d) {
    auto cleaned = cleaner.Clean(d);
    benchmark::DoNotOptimize(cleaned);
  });
}

void BM_TextCleaner(benchmark::State& state) {
  dossier::TextCleaner cleaner(Lexicon());
  OverPages(state, Texts(), [&](const std::string& d) {
    auto cleaned = cleaner.Clean(d);
    benchmark::DoNotOptimize(cleaned);
  });
}

BENCHMARK(BM_GumboTree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MyHtmlTree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlCleaner)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextCleaner)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
