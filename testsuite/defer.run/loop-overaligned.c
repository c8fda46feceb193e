/* A defer in a loop captures values of any alignment (S4): each
   iteration's copy is intact and as aligned as its type, whatever the
   other sites of the function capture, in the block form and as call
   arguments.  */
/* { dg-do run } */
/* Passing a 64-byte aligned struct by value draws a note about an ABI
   change in GCC 4.6.  */
/* { dg-options "-Wno-psabi" } */
#include <stdint.h>
#include <stdio.h>
#include <defer.h>
#include "defer-test.h"

struct wide { _Alignas (64) int v[3]; };
struct page { _Alignas (4096) char tag; int v; };
typedef int v8si __attribute__ ((vector_size (32)));

static int misaligned;

static void __attribute__ ((noinline))
check (const void *p, uintptr_t align)
{
  if ((uintptr_t) p % align)
    misaligned++;
}

static void __attribute__ ((noinline))
show_wide (struct wide w)
{
  check (&w, 64);
  trace_int (w.v[0] + w.v[1] + w.v[2]);
}

static void
loops (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct wide w = { { i, 10 * i, 100 * i } };
      struct page pg = { 'p', i };
      v8si vec = { i, i, i, i, i, i, i, -i };
      char small = (char) ('a' + i);
      defer {
	check (&w, 64);
	check (&pg, 4096);
	check (&vec, 32);
	trace_int (w.v[0] + w.v[1] + w.v[2] + pg.v + vec[0] + vec[7]);
      }
      defer trace_int (small);
      defer show_wide (w);
      w.v[0] = -1;		/* after the capture: not seen */
    }
}

int
main (void)
{
  loops (3);
  /* Newest first: i = 2 (show_wide, small, block), then 1, then 0.  */
  expect_trace ("222 99 224 111 98 112 0 97 0");
  if (misaligned)
    printf ("FAIL: %d misaligned captures\n", misaligned);
  return trace_status () || misaligned;
}
/* { dg-output "^ok \[0-9\]+\n" } */
