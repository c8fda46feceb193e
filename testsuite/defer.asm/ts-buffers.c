/* T6: a buffer allocated and freed in each iteration of a loop, with
   continue and break: _Defer against the cleanup attribute and a
   hand-written free on every path.  */
/* { dg-do compile } */
/* { dg-final { function-insns-le ts_sum_lines ts_sum_lines_cleanup 0 } } */
/* { dg-final { function-insns-le ts_sum_lines_cleanup ts_sum_lines 0 } } */
/* { dg-final { function-insns-le ts_sum_lines ts_sum_lines_twin 2 } } */
#include <stdlib.h>
#include <string.h>

extern int next_line (char *buf, size_t n);

long
ts_sum_lines (int count)
{
  long total = 0;
  for (int i = 0; i < count; i++)
    {
      char *buf = malloc (256);
      if (!buf)
	return -1;
      _Defer free (buf);
      int n = next_line (buf, 256);
      if (n == 0)
	continue;
      if (n < 0)
	break;
      total += strlen (buf);
    }
  return total;
}

static void
free_cleanup (char **p)
{
  free (*p);
}

long
ts_sum_lines_cleanup (int count)
{
  long total = 0;
  for (int i = 0; i < count; i++)
    {
      char *b = malloc (256);
      if (!b)
	return -1;
      char *buf __attribute__ ((cleanup (free_cleanup))) = b;
      int n = next_line (buf, 256);
      if (n == 0)
	continue;
      if (n < 0)
	break;
      total += strlen (buf);
    }
  return total;
}

long
ts_sum_lines_twin (int count)
{
  long total = 0;
  for (int i = 0; i < count; i++)
    {
      char *buf = malloc (256);
      if (!buf)
	return -1;
      int n = next_line (buf, 256);
      if (n == 0)
	{
	  free (buf);
	  continue;
	}
      if (n < 0)
	{
	  free (buf);
	  break;
	}
      total += strlen (buf);
      free (buf);
    }
  return total;
}
