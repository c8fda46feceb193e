/* S4, S3 in main: main's own variables live until main returns, so a
   block-form statement reads them at exit (no copy) and a call-form
   argument may point at them.  The C99 front end appends an implicit
   `return 0;' after main's outermost block, which must not make the
   plugin take that block for an inner one.  */
/* { dg-do run } */
/* { dg-output "^body\nteardown second\nshow 3\n$" } */
#include <stdio.h>
#include <defer.h>

static void show (int y) { printf ("show %d\n", y); }
static void teardown (char **s) { printf ("teardown %s\n", *s); }

int
main (void)
{
  int y = 1;
  defer { show (y); }
  char *s = "first";
  defer teardown (&s);
  s = "second";
  y = 3;
  printf ("body\n");
  return 0;
}
