/* S4: a block-form statement that uses a variably modified variable of
   an inner block (which it would have to copy) is an error; a VLA of the
   function's outermost block is used in place and is fine.  */
/* { dg-do compile } */
#include <defer.h>
void g (int *);
void
f (int n)
{
  int whole[n];
  defer { g (whole); }
  if (n > 2)
    {
      int part[n];		/* { dg-message "'part' is declared in an inner block" } */
      defer { g (part); }	/* { dg-error "deferred statement uses 'part', which has variably modified type" } */
    }
}
