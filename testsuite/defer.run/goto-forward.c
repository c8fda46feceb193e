/* Forward gotos: jumping over a defer statement leaves it unarmed; a
   goto-cleanup ladder mixed with defers; goto into a later block.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
f (int skip)
{
  defer trace ("first");
  if (skip)
    goto later;
  defer trace ("skipped-unless-0");
later:
  defer trace ("later");
  if (skip > 1)
    goto out;
  trace ("middle");
out:
  return skip;
}

int
main (void)
{
  f (0); expect_trace ("middle later skipped-unless-0 first");
  f (1); expect_trace ("middle later first");
  f (2); expect_trace ("later first");
  return trace_status ();
}
