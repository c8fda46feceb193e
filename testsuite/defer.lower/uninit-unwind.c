/* A deferred block that reads variables assigned after the defer
   statement: on the normal exits they are set, so -Wall says nothing at
   any -O level.  Only if get () unwinds (a C++ exception, a panic) is
   the block reached with them unset -- the landing pad's copy of the
   block is not checked for that.  The normal exits still are: a variable
   left unset on one of them is warned about, as is a call-form argument
   read at the defer statement.  */
/* { dg-do compile } */
/* { dg-options "-Wall" } */
#include <stdlib.h>
#include <defer.h>

extern int get (void);
extern void use (int);
struct pair { int a, b; };

int
assigned_later (void)
{
  char *buf;
  int n;
  struct pair p;
  defer {
    use (n + p.a + p.b);
    free (buf);
  };
  buf = malloc (16);
  n = get ();
  p.a = get ();
  p.b = n;
  if (n < 0 || !buf)
    return -1;
  buf[0] = 0;
  return n;
}

/* A loop's defers are records, which read the function's outermost
   variables at exit (the loop body's are copied at the defer statement,
   docs/semantics.md); the same holds.  */
int
assigned_later_loop (int k)
{
  int total = 0;
  int v;
  for (int i = 0; i < k; i++)
    {
      defer {
	use (v);
      };
      v = get ();
      total += v;
    }
  return total;
}

/* Unset on the normal exit where c is 0: warned about at every level
   (the function is optimised whatever the command line says, as the
   warning needs).  */
__attribute__ ((optimize ("O2"))) int
unset_on_one_path (int c)
{
  int n;
  defer {
    use (n); /* { dg-warning "may be used uninitialized" } */
  };
  if (c)
    n = get ();
  return 0;
}

int
call_form_reads_now (void)
{
  int n;
  defer use (n + 1); /* { dg-warning "is used uninitialized" } */
  return get ();
}

/* GCC 12 and later add "note: 'n' was declared here"; GCC 11 does not.  */
/* { dg-prune-output "was declared here" } */
