/* S6: break and continue that would leave a deferred statement; those
   that stay inside (a loop or switch in the statement) are fine.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (int x)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    if (x)
      break;			/* { dg-error "'break' would leave a deferred statement" } */
    for (int i = 0; i < x; i++)
      {
	if (i == 3)
	  break;
	if (i == 2)
	  continue;
	g (i);
      }
    switch (x)
      {
      case 1:
	break;
      default:
	g (x);
      }
  }
  defer {			/* { dg-message "in the statement deferred here" } */
    if (x)
      continue;			/* { dg-error "'continue' would leave a deferred statement" } */
  }
}
