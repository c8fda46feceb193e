// throw-catch.cc -- ns per C++ throw + catch through one frame, the
// anchor for panic + recover.  Prints "throw_catch ns/op".
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <stdexcept>

static void __attribute__ ((noinline))
thrower ()
{
  throw std::runtime_error ("bench");
}

static int __attribute__ ((noinline))
catcher ()
{
  try
    {
      thrower ();
    }
  catch (const std::exception &)
    {
      return 1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? std::atol (argv[1]) / 50 : 400000;
  timespec a, b;
  clock_gettime (CLOCK_MONOTONIC, &a);
  long caught = 0;
  for (long i = 0; i < n; i++)
    caught += catcher ();
  clock_gettime (CLOCK_MONOTONIC, &b);
  if (caught != n)
    return 1;
  std::printf ("throw_catch %.1f\n",
	       ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / n);
  return 0;
}
