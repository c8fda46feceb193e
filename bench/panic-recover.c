/* panic-recover.c -- ns per defer_panic + defer_recover through one frame,
   and ns per call of a function with one defer of a 3-argument call
   beside the direct call (Go's BenchmarkPanicRecover and BenchmarkDefer).
   Prints "name ns/op" lines; bench/run.sh takes medians.  */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <defer.h>

static volatile long sink;

static void __attribute__ ((noinline))
consume (long a, long b, long c)
{
  sink += a + b + c;
}

static void __attribute__ ((noinline))
with_defer (long a)
{
  defer consume (a, a + 1, a + 2);
}

static void __attribute__ ((noinline))
direct (long a)
{
  consume (a, a + 1, a + 2);
}

static void __attribute__ ((noinline))
thrower (void)
{
  defer_panic ("bench");
}

static int __attribute__ ((noinline))
catcher (void)
{
  defer { if (defer_recover ()) defer_result = 1; }
  thrower ();
  return 0;
}

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 20000000;
  double t0 = now ();
  for (long i = 0; i < n; i++)
    direct (i);
  double t1 = now ();
  for (long i = 0; i < n; i++)
    with_defer (i);
  double t2 = now ();
  long m = n / 50;
  long recovered = 0;
  for (long i = 0; i < m; i++)
    recovered += catcher ();
  double t3 = now ();
  if (recovered != m)
    {
      fprintf (stderr, "panic-recover: %ld of %ld recovered\n", recovered, m);
      return 1;
    }
  printf ("direct_call %.2f\n", (t1 - t0) / n);
  printf ("defer_call %.2f\n", (t2 - t1) / n);
  printf ("panic_recover %.1f\n", (t3 - t2) / m);
  return 0;
}
