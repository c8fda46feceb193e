/* Part of plain-frames.c: compiled by plain gcc -O2, without the plugin
   and so without -fexceptions -- as a library the user did not build.
   Its frames have unwind tables (x86-64's default) and no landing pads.  */

int plain_depth;

void
plain_call (void (*f) (int), int x)
{
  volatile int here = 1;
  plain_depth++;
  f (x);
  plain_depth += here;		/* Not reached when F unwinds.  */
}

/* Two plain frames, recursion through a callback.  */
void
plain_twice (void (*f) (int), int x)
{
  plain_call (f, x);
  plain_depth--;
}
