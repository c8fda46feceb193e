/* T4: S may not be a declaration or a labeled statement; a block holding
   them is fine.  <defer.h>'s function-scoped defer may not be armed in S.  */
/* { dg-do compile } */
/* { dg-options "-Wno-unused" } */
typedef int myint;
void f (int);

void
g (void)
{
  _Defer int x = 1;		/* { dg-error "a deferred statement may not be a declaration" } */
  /* { dg-message "must be inside a block" "" { target *-*-* } .-1 } */
  _Defer myint y;		/* { dg-error "a deferred statement may not be a declaration" } */
  /* { dg-message "must be inside a block" "" { target *-*-* } .-1 } */
  _Defer static int z;		/* { dg-error "a deferred statement may not be a declaration" } */
  /* { dg-message "must be inside a block" "" { target *-*-* } .-1 } */
  _Defer _Static_assert (1, "");	/* { dg-error "a deferred statement may not be a declaration" } */
  /* { dg-message "must be inside a block" "" { target *-*-* } .-1 } */
  _Defer lab: f (1);		/* { dg-error "a deferred statement may not be a labeled statement" } */
  /* { dg-message "put the label inside a block" "" { target *-*-* } .-1 } */
  _Defer { int w = 2; lab2: f (w); }
}

_Defer f (1);			/* { dg-error "'_Defer' outside a function" } */
/* { dg-message "move it into the body of a function" "" { target *-*-* } .-1 } */
/* { dg-prune-output "unknown type name" } */
/* { dg-prune-output "expected declaration specifiers" } */
