// The only translation unit that instantiates doctest's runner; every tests/unit-*.cpp
// just includes <doctest/doctest.h> and adds TEST_CASEs.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
