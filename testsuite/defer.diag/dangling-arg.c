/* S13: a call-form argument that takes the address of an object which
   dies before the deferred call runs gets a warning, with a note that
   the block form copies it.  No warning for pointer values, for objects
   that live until the function returns, or for what a call made at the
   defer statement does with an address.  */
/* { dg-do compile } */
#include <defer.h>

struct pt { int x, y; };
void del (void *h, const char *key, int n);
void use (const int *p);
void use_pt (const struct pt *p);
const char *intern (const char *s);
void *table;

void
array_in_case (int op, int n)
{
  switch (op)
    {
    case 1:
      {
	char key[64] = "k";	/* { dg-message "'key' is declared in an inner block and its lifetime ends there; the block form 'defer \\{ ... \\}' copies it" } */
	defer del (table, key, n);	/* { dg-warning "deferred call takes the address of 'key', which dies before the call runs" } */
	break;
      }
    }
}

void
address_of_inner (int n)
{
  if (n)
    {
      int v = n;		/* { dg-message "'v' is declared in an inner block" } */
      defer use (&v);		/* { dg-warning "address of 'v'" } */
      struct pt p = { n, n };	/* { dg-message "'p' is declared in an inner block" } */
      defer use (&p.y);		/* { dg-warning "address of 'p'" } */
    }
  for (int i = 0; i < n; i++)	/* { dg-message "'i' is declared in an inner block" } */
    defer use (&i);		/* { dg-warning "address of 'i'" } */
}

void
silent (int n)
{
  int outer = n;
  char buf[8] = "b";
  static int kept;
  defer use (&outer);		/* lives until exit */
  defer del (table, buf, n);
  if (n)
    {
      int inner = n;
      const int *ptr = &inner;
      static int st;
      defer use (ptr);		/* a pointer value: copied */
      defer use (&st);		/* static */
      defer use (&kept);
      defer del (table, intern ((char *) &inner), n);	/* used at the defer */
      defer use_pt (&(struct pt) { n, n });	/* the literal lives until exit */
      defer { use (&inner); }	/* the block form copies it */
    }
}
