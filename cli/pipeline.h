// The map step of `build` and `extract`: documents streamed from a reader,
// extracted by N threads, handed back in input order.
//
//   reader thread --(bounded)--> N workers: Extract() --> reorder --> sink
//
// At most a fixed number of documents and bytes are in flight between the
// reader and the sink, so memory does not grow with the input; the sink sees
// documents in input order, so its output is the same for any thread count.
#ifndef LIENKET_CLI_PIPELINE_H_
#define LIENKET_CLI_PIPELINE_H_

#include <cstdint>
#include <functional>

#include "lienket/extract.h"
#include "lienket/text.h"
#include "lienket/types.h"
#include "progress.h"

namespace lienket::cli {

struct PipelineOptions {
  int threads = 1;  // 1: everything on the calling thread
  // Bounds on what is read but not yet handed to the sink. One document
  // larger than max_inflight_bytes still passes, alone.
  size_t max_inflight_documents = 0;  // 0: 64 per thread
  size_t max_inflight_bytes = 64u << 20;
};

struct PipelineStats {
  double read_seconds = 0;     // in DocumentReader::Next
  double extract_seconds = 0;  // in Extract, summed over threads
  double sink_seconds = 0;     // in the sink
  double wall_seconds = 0;
};

// Called for each skipped document, from any thread (must be thread-safe).
// Returning false stops the run (--strict): no document after it reaches
// the sink.
using SkipHandler = std::function<bool(const Skipped&)>;
// Called on the calling thread, in input order, once per good document.
using FactsSink = std::function<void(DocumentFacts&&)>;

// Runs the reader dry (or until on_skip returns false). A document on which
// Extract throws is skipped with the exception's message as the reason.
// Errors of the reader itself propagate as exceptions.
PipelineStats RunPipeline(DocumentReader& reader, const RuleSet& rules,
                          const PipelineOptions& options, LiveCounters* counters,
                          const SkipHandler& on_skip, const FactsSink& sink);

}  // namespace lienket::cli

#endif  // LIENKET_CLI_PIPELINE_H_
