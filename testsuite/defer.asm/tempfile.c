/* A temporary file: created, unlinked and closed on every path.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le spill_to_disk spill_to_disk_twin 2 } } */
/* { dg-final { scan-function-not spill_to_disk "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only spill_to_disk "defer_bits" "optimized" } } */
#include <stdlib.h>
#include <unistd.h>
#include <defer.h>

long write_records (int, const void *, size_t);
int verify (int);

long
spill_to_disk (const void *data, size_t n)
{
  char name[] = "/tmp/spill-XXXXXX";
  int fd = mkstemp (name);
  if (fd < 0)
    return -1;
  defer close (fd);
  defer unlink (name);
  long written = write_records (fd, data, n);
  if (written < 0)
    return -2;
  if (verify (fd) != 0)
    return -3;
  return written;
}

long
spill_to_disk_twin (const void *data, size_t n)
{
  char name[] = "/tmp/spill-XXXXXX";
  long ret;
  int fd = mkstemp (name);
  if (fd < 0)
    return -1;
  long written = write_records (fd, data, n);
  if (written < 0)
    ret = -2;
  else if (verify (fd) != 0)
    ret = -3;
  else
    ret = written;
  unlink (name);
  close (fd);
  return ret;
}
