/* S1, S5 in main without a return statement: falling off the end of main
   runs the deferred statements (with main's variables alive), and main
   returns 0 -- or defer_result, which a deferred statement may change
   (here to 3, checked with dg-exit-status).  */
/* { dg-do run } */
/* { dg-exit-status 3 } */
/* { dg-output "^body\nshow 5\n$" } */
#include <stdio.h>
#include <defer.h>

static void show (int y) { printf ("show %d\n", y); }

int
main (void)
{
  int y = 1;
  defer {
    show (y);
    defer_result = 3;
  }
  y = 5;
  printf ("body\n");
}
