/* A defer between a label and a later goto back to it can run twice: a
   loop.  A defer after such a loop, or skipped by a forward goto, is not
   in a loop (defer.lower/goto-loops.c shows those are open-coded).  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (int n)
{
  defer g (0);
again:
  defer g (n);			/* { dg-error "'defer' inside a loop formed by a backward 'goto' is not supported yet" } */
  /* { dg-message "move the 'defer' before the loop" "" { target *-*-* } .-1 } */
  if (n-- > 0)
    goto again;			/* { dg-message "the loop is here" } */
  if (n)
    goto skip;
  defer g (2);
skip:
  return;
}
