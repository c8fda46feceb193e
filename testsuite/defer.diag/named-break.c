/* S6, C2y named loops (GCC 15 and later): a `break NAME;' or `continue
   NAME;' naming a loop outside the deferred statement would leave it, even
   from inside a loop of the deferred statement; naming a loop inside it is
   fine.  diag.exp runs this test only with a GCC that has named loops.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2y" } */
#include <defer.h>

void g (int);

void
f (int n)
{
  outer:
  for (int i = 0; i < n; i++)
    {
      defer {	/* { dg-message "in the statement deferred here" } */
	inner:
	for (int j = 0; j < 3; j++)
	  {
	    if (j == 1)
	      continue inner;
	    if (j == 2)
	      break inner;
	    g (j);
	  }
	for (int k = 0; k < 3; k++)
	  if (k == 2)
	    break outer;	/* { dg-error "'break' would leave a deferred statement" } */
	while (n)
	  continue outer;	/* { dg-error "'continue' would leave a deferred statement" } */
      }
    }
}
