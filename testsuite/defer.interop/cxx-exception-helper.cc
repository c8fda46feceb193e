// C++ side of cxx-exception.c and cxx-throw-in-defer.c.
#include <stdexcept>

// Defined by the C test (defer-test.h's trace is static there).
extern "C" void c_trace (const char *);

extern "C" void
cxx_throw (int)
{
  throw std::runtime_error ("boom");
}

struct guard
{
  ~guard () { c_trace ("~guard"); }
};

extern "C" void
cxx_call_with_guard (void (*f) (int), int x)
{
  guard g;
  f (x);
}

extern "C" int
cxx_catch (void (*f) (int), int x)
{
  try
    {
      f (x);
    }
  catch (const std::exception &)
    {
      c_trace ("caught");
      return 1;
    }
  return 0;
}
