#pragma once
// Runs a piece of a test on a thread with a small stack, to stand for the
// 1 MB a Windows program gets by default (Linux gives 8 MB): a walk whose
// depth the input controls overflows there first. A std::thread cannot set
// its stack size, so this goes through pthread attributes (glibc, and
// winpthreads in the MinGW build).
#include <cstddef>
#include <functional>

namespace socle::test {

inline constexpr std::size_t kWindowsDefaultStack = std::size_t{1} << 20;

// Runs `work` on a fresh thread with `stack_bytes` of stack and waits for
// it; an exception thrown by `work` is thrown again here. A stack overflow
// kills the whole test process (SIGSEGV), which CTest reports as a failure.
void run_with_stack(std::size_t stack_bytes, const std::function<void()>& work);

}  // namespace socle::test
