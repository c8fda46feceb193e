/* Part of libs.exp: a library whose functions use defer, panic and
   recover, linked into a shared object.  */
#include <stdio.h>
#include <defer.h>

static char log_buf[128];
static size_t log_len;

static void
note (const char *what)
{
  log_len += snprintf (log_buf + log_len, sizeof log_buf - log_len, "%s ",
		       what);
}

static void
fail_at (int n)
{
  defer note ("unwound");
  for (int i = 0; i < n; i++)
    defer note ("loop");
  if (n > 1)
    defer_panic ("too many");
}

int
lib_guarded (int n)
{
  defer {
    if (defer_recover ())
      {
	note ("recovered");
	defer_result = -1;
      }
  };
  fail_at (n);
  return n;
}

const char *
lib_log (void)
{
  return log_buf;
}
