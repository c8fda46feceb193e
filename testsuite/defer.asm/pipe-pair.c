/* A pipe's two descriptors, closed on every path.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le echo_through echo_through_twin 7 } } */
/* { dg-final { scan-function-not echo_through "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only echo_through "defer_bits" "optimized" } } */
#include <unistd.h>
#include <defer.h>

long
echo_through (const char *msg, size_t n, char *out)
{
  int fds[2];
  if (pipe (fds) != 0)
    return -1;
  defer close (fds[0]);
  defer close (fds[1]);
  if (write (fds[1], msg, n) != (ssize_t) n)
    return -2;
  return read (fds[0], out, n);
}

long
echo_through_twin (const char *msg, size_t n, char *out)
{
  long ret;
  int fds[2];
  if (pipe (fds) != 0)
    return -1;
  if (write (fds[1], msg, n) != (ssize_t) n)
    ret = -2;
  else
    ret = read (fds[0], out, n);
  close (fds[1]);
  close (fds[0]);
  return ret;
}
