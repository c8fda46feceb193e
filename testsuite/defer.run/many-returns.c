/* O1: many returns x many defers (Go gives up open-coding past 15
   returns x defers).  Each return runs exactly the defers reached.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
f (int x)
{
  defer trace ("a");
  if (x == 0) return 0;
  defer trace ("b");
  if (x == 1) return 1;
  if (x == 2) return 2;
  defer trace ("c");
  if (x == 3) return 3;
  defer trace ("d");
  switch (x)
    {
    case 4: return 4;
    case 5: return 5;
    case 6: defer trace ("e"); return 6;
    case 7: defer trace ("f"); break;
    default: break;
    }
  defer trace ("g");
  if (x == 7) return 7;
  if (x == 8) return 8;
  defer trace ("h");
  if (x == 9) return 9;
  if (x == 10) return 10;
  if (x == 11) return 11;
  return 12;
}

int
main (void)
{
  static const char *const want[] = {
    "a", "b a", "b a", "c b a", "d c b a", "d c b a", "e d c b a",
    "g f d c b a", "g d c b a", "h g d c b a", "h g d c b a", "h g d c b a",
    "h g d c b a"
  };
  for (int x = 0; x <= 12; x++)
    {
      int r = f (x);
      trace_int (r);
      char buf[64];
      snprintf (buf, sizeof buf, "%s %d", want[x], x);
      expect_trace (buf);
    }
  return trace_status ();
}
