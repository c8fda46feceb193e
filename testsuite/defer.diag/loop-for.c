/* Defers in loops are not supported yet: a clear error, never silently
   wrong code.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (int n)
{
  for (int i = 0; i < n; i++)	/* { dg-message "the loop is here" } */
    defer g (i);		/* { dg-error "'defer' inside a 'for' loop is not supported yet" } */
  /* { dg-message "move the 'defer' before the loop" "" { target *-*-* } .-1 } */
}
