#pragma once

// How a fuzz target reports a broken property: a message naming it, then
// abort(), which libFuzzer records as a crash with the input that caused it.

#include <cstdio>
#include <cstdlib>

namespace imr::fuzz {

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "property broken: %s\n", what);
    std::abort();
}

} // namespace imr::fuzz
