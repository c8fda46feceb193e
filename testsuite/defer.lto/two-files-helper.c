/* Part of two-files.c.  */
#include <defer.h>

/* The trace buffer is two-files.c's (defer-test.h's is per file).  */
void note (const char *what);
void note_int (int v);

int
helper_work (int n)
{
  defer note ("work");
  if (n == 5)
    {
      note ("panicking");
      defer_panic ("from the helper");
    }
  return n;
}

int
helper_recovering (int n)
{
  defer {
    if (defer_recover ())
      {
	note ("recovered");
	note_int (n + 2);
	defer_result = -1;
      }
  };
  note ("recovering");
  return helper_work (n);
}
