// `dossier bench clustering`: story clustering on ECB+ (see RunBench).
#ifndef DOSSIER_APPS_CLI_BENCH_CLUSTERING_H_
#define DOSSIER_APPS_CLI_BENCH_CLUSTERING_H_

#include "cli/args.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier::cli {

// Runs the benchmark and prints its report; returns an ExitCode.
int BenchClustering(const Args& args, const EngineOptions& engine);

}  // namespace dossier::cli

#endif  // DOSSIER_APPS_CLI_BENCH_CLUSTERING_H_
