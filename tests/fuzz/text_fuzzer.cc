// libFuzzer entry point; the target itself is FuzzText in fuzz_targets.h.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lienket::fuzz::FuzzText(data, size);
  return 0;
}
