/* S6 by any means: a non-local goto from a nested function into a
   deferred statement, or out of one (from a nested function defined in
   it, or called from it), and asm goto out of or into one, are errors
   that name the defer statement.  */
/* { dg-do compile } */
#include <defer.h>

void use (int);
void call (void (*) (void));

void
into (int n)
{
  __label__ inside;
  void jump (void) { goto inside; }	/* { dg-error "jump into a deferred statement at label 'inside'" } */
  defer {			/* { dg-message "in the statement deferred here" } */
  inside:
    use (n);
  }
  call (jump);
}

void
out_defined_inside (int n)
{
  __label__ done;
  defer {			/* { dg-message "in the statement deferred here; control may not leave" } */
    void leave (void) { goto done; }	/* { dg-error "non-local 'goto done' from nested function 'leave' would leave a deferred statement" } */
    call (leave);
  }
  use (n);
done:
  use (0);
}

void
out_called (int n)
{
  __label__ done;
  void leave (void) { goto done; }	/* { dg-message "'leave' jumps to 'done' here" } */
  defer leave ();		/* { dg-error "non-local 'goto done' from nested function 'leave' would leave" } */
  /* { dg-message "in the statement deferred here" "" { target *-*-* } .-1 } */
  use (n);
done:
  use (0);
}

void
asm_out (int n)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    asm goto ("" : : : : out);	/* { dg-error "'asm goto' may jump out of a deferred statement to label 'out'" } */
  }
  use (n);
out:
  use (0);
}

void
asm_in (int n)
{
  asm goto ("" : : : : in);	/* { dg-error "jump into a deferred statement at label 'in'" } */
  defer {			/* { dg-message "in the statement deferred here" } */
  in:
    use (n);
  }
}

/* A nested function's goto to a label of the deferred statement that
   defines it is an error too: the statement is copied for the landing
   pad, and the goto would reach only one copy.  */
void
nested_in_statement (int n)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    __label__ again;
    int i = 0;
    void back (void) { goto again; }	/* { dg-error "jump into a deferred statement at label 'again'" } */
  again:
    if (++i < n)
      back ();
  }
}

/* No error: an asm goto that stays in the statement.  */
void
inside_only (int n)
{
  defer {
    asm goto ("" : : : : end);
    use (n);
  end:;
  }
}
