/* S15: a variable a call-form operand reads, assigned after the defer
   statement, draws a warning at the assignment with a note at the defer
   (the block form reads it at exit).  Silent when it is never assigned
   after, when the assignment prepares the next iteration of the loop
   around the defer, when the operand only takes its address, and for
   the block form.  */
/* { dg-do compile } */
#include <stdlib.h>
#include <defer.h>

void jv_free (void *);
void *jv_copy (void *);
void use (void *);
void close_fd (int);
struct buf { char *data; };

int
reassigned (void *env, void *other, int n)
{
  defer jv_free (env);		/* { dg-message "the deferred call uses the value 'env' had at the defer statement; the block form 'defer \\{ ... \\}' reads it at exit" } */
  if (n)
    env = jv_copy (other);	/* { dg-warning "'env' is assigned after a deferred call that uses it" } */
  use (env);
  return 0;
}

void
field_and_callee (struct buf *b, void (*release) (void *), int fd)
{
  defer free (b->data);		/* { dg-message "the deferred call uses the value 'b'" } */
  defer release (NULL);		/* { dg-message "the deferred call uses the value 'release'" } */
  defer close_fd (fd + 0);	/* { dg-message "the deferred call uses the value 'fd'" } */
  b = NULL;			/* { dg-warning "'b' is assigned after a deferred call" } */
  release = free;		/* { dg-warning "'release' is assigned after a deferred call" } */
  fd++;				/* { dg-warning "'fd' is assigned after a deferred call" } */
}

struct node { struct node *next; };

void
quiet (void *a, struct node *p, int n)
{
  int fd = n;
  defer close_fd (fd);		/* never assigned after */
  a = jv_copy (a);		/* before the defer */
  defer free (a);
  while (p)
    {
      defer free (p);		/* each iteration's own p */
      p = p->next;
    }
  int x = n;
  defer use (&x);		/* the address: read through at exit */
  x = 2;
  void *q = a;
  defer { jv_free (q); }	/* block form: q at exit */
  q = NULL;
  defer close_fd (n);
  defer { n = 0; }		/* runs at exit, before the call */
  (void) x;
}
