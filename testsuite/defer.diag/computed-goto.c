/* A computed goto can jump anywhere: its function's defers are treated
   as being in a loop.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu11" } */
#include <defer.h>
void g (int);
void
f (int n)
{
  void *target = &&out;
  defer g (n);			/* { dg-error "'defer' inside a function with a computed 'goto' is not supported yet" } */
  /* { dg-message "move the 'defer' before the loop" "" { target *-*-* } .-1 } */
  goto *target;			/* { dg-message "the loop is here" } */
out:
  return;
}
