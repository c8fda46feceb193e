/* Three resources, four exits: the classic cleanup ladder.  With GCC
   12.2 the defer version is 3 instructions longer (52 against 49): one
   landing pad serves every call, and on the path where malloc failed it
   still needs a value for the buffer's captured pointer, which GCC
   materialises as a zero; and the twin's block layout loads -2 before the
   second open () where ours jumps.  The bound records that; make
   asm-compare prints it.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le copy_file copy_file_twin 3 gcc15=5 gcc16=5 } } */
/* { dg-final { scan-function-not copy_file "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only copy_file "defer_bits" "optimized" } } */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <defer.h>

long pump (int, int, char *, size_t);

long
copy_file (const char *from, const char *to)
{
  int in = open (from, O_RDONLY);
  if (in < 0)
    return -1;
  defer close (in);
  int out = open (to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0)
    return -2;
  defer close (out);
  char *buf = malloc (65536);
  if (!buf)
    return -3;
  defer free (buf);
  return pump (in, out, buf, 65536);
}

long
copy_file_twin (const char *from, const char *to)
{
  long ret;
  int in = open (from, O_RDONLY);
  if (in < 0)
    return -1;
  int out = open (to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0)
    {
      ret = -2;
      goto close_in;
    }
  char *buf = malloc (65536);
  if (!buf)
    {
      ret = -3;
      goto close_out;
    }
  ret = pump (in, out, buf, 65536);
  free (buf);
close_out:
  close (out);
close_in:
  close (in);
  return ret;
}
