/* T4: a jump from outside a defer's scope into it is an error at the
   jump (or the case/default label), with a note at the defer: a forward
   goto past the defer, a case or default label after a defer in a switch
   body, a backward goto into a block past its defer, a label address
   taken outside.  */
/* { dg-do compile } */
/* { dg-options "-Wno-implicit-fallthrough" } */
void f (int);

void
forward (int c)
{
  if (c)
    goto past;			/* { dg-error "jump to label 'past' enters the scope of a deferred statement" } */
  _Defer f (1);			/* { dg-message "the scope of this '_Defer' starts here" } */
past:
  f (2);
}

void
cases (int c)
{
  switch (c)
    {
      _Defer f (1);		/* { dg-message "the scope of this '_Defer' starts here" } */
    case 1:			/* { dg-error "'switch' jumps to this 'case' label in the scope of a deferred statement" } */
      f (2);
      break;
    default:			/* { dg-error "'switch' jumps to this 'default' label in the scope of a deferred statement" } */
      break;
    }
}

void
cases_after_defer (int c)
{
  switch (c)
    {
    case 0:
      f (0);
      _Defer f (1);		/* { dg-message "the scope of this '_Defer' starts here" } */
      f (3);
    case 1:			/* { dg-error "'switch' jumps to this 'case' label in the scope" } */
      f (2);
    }
}

void
backward (int c)
{
  {
    _Defer f (1);		/* { dg-message "the scope of this '_Defer' starts here" } */
  inside:
    f (2);
  }
  if (c)
    goto inside;		/* { dg-error "jump to label 'inside' enters the scope of a deferred statement" } */
}

void
address (int c)
{
  void *p = &&in;		/* { dg-error "jump to label 'in' enters the scope of a deferred statement" } */
  _Defer f (1);			/* { dg-message "the scope of this '_Defer' starts here" } */
in:
  if (c)
    goto *p;
}
