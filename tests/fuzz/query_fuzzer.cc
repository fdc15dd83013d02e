// libFuzzer entry point; the target itself is FuzzQuery in fuzz_targets.h.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lienket::fuzz::FuzzQuery(data, size);
  return 0;
}
