// Part of front-ends.exp: a C++ file compiled with the C flags, plugin
// and all, as build systems do.
#include <stdexcept>

struct guard
{
  int *p;
  ~guard () { *p += 1; }
};

int
count_unwinds (int n)
{
  int done = 0;
  for (int i = 0; i < n; i++)
    try
      {
	guard g = { &done };
	if (i % 2)
	  throw std::runtime_error ("odd");
      }
    catch (const std::exception &)
      {
      }
  return done;
}
