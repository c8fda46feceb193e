/* A struct returned in memory, with a buffer freed on every path.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le summarize summarize_twin 2 } } */
/* { dg-final { scan-function-not summarize "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only summarize "defer_bits" "optimized" } } */
#include <stdlib.h>
#include <defer.h>

struct stats { long count, sum, min, max; };
int fill (long *, int);

struct stats
summarize (int n)
{
  struct stats s = { 0, 0, 0, 0 };
  long *v = malloc (n * sizeof *v);
  if (!v)
    return s;
  defer free (v);
  s.count = fill (v, n);
  for (long i = 0; i < s.count; i++)
    {
      s.sum += v[i];
      if (v[i] > s.max)
	s.max = v[i];
    }
  return s;
}

struct stats
summarize_twin (int n)
{
  struct stats s = { 0, 0, 0, 0 };
  long *v = malloc (n * sizeof *v);
  if (!v)
    return s;
  s.count = fill (v, n);
  for (long i = 0; i < s.count; i++)
    {
      s.sum += v[i];
      if (v[i] > s.max)
	s.max = v[i];
    }
  free (v);
  return s;
}
