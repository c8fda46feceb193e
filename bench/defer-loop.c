/* defer-loop.c -- defers in a loop: libdefer's records (issue 3).

   - defer10: ten defers of a 3-argument call in a loop, the shape of Go's
     BenchmarkDefer10, beside the same loop calling the function directly;
     ns per defer for each.
   - once: a function whose loop defers once (n = 1), beside the same
     function calling directly: a frame's first record, and its end.
   - threads: the same work in one thread, then in two at once; the ratio
     of their throughputs, the median of five such pairs -- and, as a
     control for what the machine gives two threads, the same for the
     loop calling directly.
   - mallocs: calls to malloc during a steady-state run, counted by the
     malloc testsuite/lib/heap-count.h interposes (libdefer.a is linked
     in statically, so its calls go there).

   Prints "name value" lines; bench/run.sh takes medians.  */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <defer.h>
#include "heap-count.h"	/* testsuite/lib: an interposed malloc.  */

static volatile long sink;

/* Go's deferred closure checks its three arguments.  */
static void __attribute__ ((noinline))
check (long x, long y, long z)
{
  if (x + 1 != y || y + 1 != z)
    sink++;
}

static void __attribute__ ((noinline))
defer10 (long a)
{
  for (int i = 0; i < 10; i++)
    defer check (a, a + 1, a + 2);
}

static void __attribute__ ((noinline))
direct10 (long a)
{
  for (int i = 0; i < 10; i++)
    check (a, a + 1, a + 2);
}

/* N is 1 in the benchmark; the compiler must not know it.  */
static void __attribute__ ((noinline))
defer_once (long a, int n)
{
  for (int i = 0; i < n; i++)
    defer check (a, a + 1, a + 2);
}

static void __attribute__ ((noinline))
direct_once (long a, int n)
{
  for (int i = 0; i < n; i++)
    check (a, a + 1, a + 2);
}

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static long calls_per_thread;

static void *
worker (void *arg)
{
  void (*fn) (long) = (void (*) (long)) arg;
  for (long i = 0; i < calls_per_thread; i++)
    fn (i);
  return NULL;
}

/* Nanoseconds for NTHREADS threads each making calls_per_thread calls
   of FN.  */
static double
run_threads (int nthreads, void (*fn) (long))
{
  pthread_t th[2];
  double t0 = now ();
  for (int i = 0; i < nthreads; i++)
    pthread_create (&th[i], NULL, worker, (void *) fn);
  for (int i = 0; i < nthreads; i++)
    pthread_join (th[i], NULL);
  return now () - t0;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The median over five pairs of runs, one thread then two, of the ratio
   of their throughputs (two threads do twice the work).  */
static double
two_thread_speedup (void (*fn) (long))
{
  double ratio[5];
  for (int i = 0; i < 5; i++)
    {
      double one = run_threads (1, fn);
      double two = run_threads (2, fn);
      ratio[i] = 2 * one / two;
    }
  qsort (ratio, 5, sizeof ratio[0], compare_doubles);
  return ratio[2];
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 5000000;

  for (long i = 0; i < 1000; i++)	/* Warm up the free lists.  */
    defer10 (i);
  unsigned long before = heap_mallocs ();
  double t0 = now ();
  for (long i = 0; i < n; i++)
    defer10 (i);
  double t1 = now ();
  unsigned long mallocs = heap_mallocs () - before;
  for (long i = 0; i < n; i++)
    direct10 (i);
  double t2 = now ();

  volatile int one = 1;
  double t3 = now ();
  for (long i = 0; i < n; i++)
    defer_once (i, one);
  double t4 = now ();
  for (long i = 0; i < n; i++)
    direct_once (i, one);
  double t5 = now ();

  calls_per_thread = n / 4;
  double speedup = two_thread_speedup (defer10);
  double speedup_direct = two_thread_speedup (direct10);

  printf ("defer10_per_defer %.2f\n", (t1 - t0) / (n * 10));
  printf ("direct10_per_call %.2f\n", (t2 - t1) / (n * 10));
  printf ("defer_once %.2f\n", (t4 - t3) / n);
  printf ("direct_once %.2f\n", (t5 - t4) / n);
  printf ("steady_mallocs %lu\n", mallocs);
  printf ("two_threads_speedup %.2f\n", speedup);
  printf ("two_threads_speedup_direct %.2f\n", speedup_direct);
  return sink != 0;
}
