/* A descriptor and a lock taken one after the other, with error paths
   between and a status assigned by the last call.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le send_message send_message_twin 2 gcc11=3 } } */
/* { dg-final { scan-function-not send_message "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only send_message "defer_bits" "optimized" } } */
#include <pthread.h>
#include <unistd.h>
#include <defer.h>

int connect_to (const char *);
int handshake (int);
long write_all (int, const void *, size_t);
extern pthread_mutex_t send_lock;

long
send_message (const char *host, const void *msg, size_t n)
{
  int fd = connect_to (host);
  if (fd < 0)
    return -1;
  defer close (fd);
  if (handshake (fd) < 0)
    return -2;
  pthread_mutex_lock (&send_lock);
  defer pthread_mutex_unlock (&send_lock);
  return write_all (fd, msg, n);
}

long
send_message_twin (const char *host, const void *msg, size_t n)
{
  long ret;
  int fd = connect_to (host);
  if (fd < 0)
    return -1;
  if (handshake (fd) < 0)
    {
      ret = -2;
      goto out;
    }
  pthread_mutex_lock (&send_lock);
  ret = write_all (fd, msg, n);
  pthread_mutex_unlock (&send_lock);
out:
  close (fd);
  return ret;
}
