/* A value a record cannot hold, with a hint: a variably modified
   variable of the loop body (S4).  (Over-aligned values it can:
   defer.run/loop-overaligned.c.)  */
/* { dg-do compile } */
#include <defer.h>
void g (int *);

void
f (int n)
{
  for (int i = 0; i < n; i++)
    {
      int part[i + 1];		/* { dg-message "'part' is declared in an inner block" } */
      defer { g (part); }	/* { dg-error "deferred statement uses 'part', which has variably modified type" } */
    }
}
