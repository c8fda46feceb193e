/* S6: return inside a deferred statement.  */
/* { dg-do compile } */
#include <defer.h>
int
f (int x)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    if (x)
      return 1;			/* { dg-error "'return' inside a deferred statement" } */
  }
  return 0;
}
