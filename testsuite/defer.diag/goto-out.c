/* S6: goto from a deferred statement to a label outside it; a goto to a
   label inside it is fine.  */
/* { dg-do compile } */
#include <defer.h>
void g (void);
void
f (int x)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    if (x)
      goto out;			/* { dg-error "'goto out' jumps out of a deferred statement" } */
    if (x > 1)
      goto done;
    g ();
  done:;
  }
out:
  g ();
}
