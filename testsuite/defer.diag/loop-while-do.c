/* Defers in while and do loops, also in a nested block of the body.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (int n)
{
  while (n--)			/* { dg-message "the loop is here" } */
    {
      if (n & 1)
	{
	  defer g (n);		/* { dg-error "'defer' inside a 'while' loop is not supported yet" } */
	  /* { dg-message "move the 'defer' before the loop" "" { target *-*-* } .-1 } */
	}
    }
  do
    defer g (n);		/* { dg-error "'defer' inside a 'do' loop is not supported yet" } */
  while (n++ < 3);		/* { dg-message "the loop is here" } */
  /* { dg-message "move the 'defer' before the loop" "" { target *-*-* } .-2 } */
}
