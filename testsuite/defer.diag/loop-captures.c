/* Values a record cannot hold, with a hint: a variably modified
   variable of the loop body (S4), and a value aligned beyond what
   libdefer aligns records to.  */
/* { dg-do compile } */
#include <defer.h>
void g (int *);
void h (void *);

struct wide { _Alignas (64) char bytes[64]; };

void
f (int n)
{
  for (int i = 0; i < n; i++)
    {
      int part[i + 1];		/* { dg-message "'part' is declared in an inner block" } */
      defer { g (part); }	/* { dg-error "deferred statement uses 'part', which has variably modified type" } */
    }
  for (int i = 0; i < n; i++)
    {
      struct wide w = { { 0 } };
      defer { h (&w); }		/* { dg-error "a deferred statement in a loop cannot capture a value aligned to 64 bytes" } */
      /* { dg-message "capture a pointer to the value instead" "" { target *-*-* } .-1 } */
    }
}
