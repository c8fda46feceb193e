/* Part of plain-callee.c: built with plain gcc -O2 -flto, no plugin.  */
void work (int n);

int
plain_worker (int n)
{
  work (n);
  return 1;
}
