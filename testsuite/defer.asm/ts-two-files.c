/* T6: two resources released in reverse order on every exit: _Defer
   against the cleanup attribute and a goto ladder.  */
/* { dg-do compile } */
/* { dg-final { function-insns-le ts_copy ts_copy_cleanup 0 } } */
/* { dg-final { function-insns-le ts_copy_cleanup ts_copy 0 } } */
/* { dg-final { function-insns-le ts_copy ts_copy_twin 2 } } */
#include <stdio.h>

int
ts_copy (const char *from, const char *to)
{
  FILE *in = fopen (from, "r");
  if (!in)
    return -1;
  _Defer fclose (in);
  FILE *out = fopen (to, "w");
  if (!out)
    return -2;
  _Defer fclose (out);
  int c;
  while ((c = getc (in)) != EOF)
    if (putc (c, out) == EOF)
      return -3;
  return 0;
}

static void
close_cleanup (FILE **f)
{
  fclose (*f);
}

int
ts_copy_cleanup (const char *from, const char *to)
{
  FILE *i = fopen (from, "r");
  if (!i)
    return -1;
  FILE *in __attribute__ ((cleanup (close_cleanup))) = i;
  FILE *o = fopen (to, "w");
  if (!o)
    return -2;
  FILE *out __attribute__ ((cleanup (close_cleanup))) = o;
  int c;
  while ((c = getc (in)) != EOF)
    if (putc (c, out) == EOF)
      return -3;
  return 0;
}

int
ts_copy_twin (const char *from, const char *to)
{
  int ret = 0;
  FILE *in = fopen (from, "r");
  if (!in)
    return -1;
  FILE *out = fopen (to, "w");
  if (!out)
    {
      ret = -2;
      goto close_in;
    }
  int c;
  while ((c = getc (in)) != EOF)
    if (putc (c, out) == EOF)
      {
	ret = -3;
	goto close_out;
      }
close_out:
  fclose (out);
close_in:
  fclose (in);
  return ret;
}
