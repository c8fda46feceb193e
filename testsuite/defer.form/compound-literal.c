/* S12: a call whose arguments hold compound literals is still the call
   form -- the literal is evaluated at the defer statement, with x as it is
   then -- though the front end wraps such a call in a block of its own.  */
/* { dg-do run } */
/* { dg-output "^block 3 3\nptr 1 2\nstruct 1 1\n$" } */
#include <stdio.h>
#include <defer.h>

struct pt { int x, y; };

static void show (struct pt p) { printf ("struct %d %d\n", p.x, p.y); }
static void show_ptr (const char *what, const struct pt *p)
{
  printf ("%s %d %d\n", what, p->x, p->y);
}

static int
f (void)
{
  int x = 1;
  defer show ((struct pt){ x, x });
  defer show_ptr ("ptr", &(struct pt){ .x = x, .y = x + 1 });
  defer { show_ptr ("block", &(struct pt){ x, x }); }
  x = 3;
  return 0;
}

int
main (void)
{
  return f ();
}
