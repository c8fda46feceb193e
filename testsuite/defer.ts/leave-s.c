/* T4: return, goto, break and continue may not leave S, nor may control
   jump into it; each is an error at the jump with a note at the defer.  */
/* { dg-do compile } */
void f (int);

int
ret (void)
{
  _Defer {			/* { dg-message "in the statement deferred here" } */
    return 1;			/* { dg-error "'return' inside a deferred statement" } */
  }
  return 0;
}

void
go (void)
{
  _Defer {			/* { dg-message "in the statement deferred here" } */
    goto out;			/* { dg-error "'goto out' jumps out of a deferred statement" } */
  }
out:
  f (0);
}

void
brk (void)
{
  for (int i = 0; i < 3; i++)
    {
      _Defer {			/* { dg-message "in the statement deferred here" } */
	if (i)
	  break;		/* { dg-error "'break' would leave a deferred statement" } */
	f (i);
      }
    }
}

void
cont (void)
{
  for (int i = 0; i < 3; i++)
    {
      _Defer continue;		/* { dg-error "'continue' would leave a deferred statement" } */
      /* { dg-message "in the statement deferred here" "" { target *-*-* } .-1 } */
    }
}

void
into (int c)
{
  if (c)
    goto in;			/* { dg-error "jump into a deferred statement at label 'in'" } */
  _Defer {			/* { dg-message "in the statement deferred here" } */
  in:
    f (1);
  }
}

void
case_into (int c)
{
  switch (c)
    {
    case 0:
      {
	_Defer {		/* { dg-message "in the statement deferred here" } */
	case 1:			/* { dg-error "'case' label inside a deferred statement belongs to a 'switch' outside it" } */
	  f (1);
	}
      }
    }
}
