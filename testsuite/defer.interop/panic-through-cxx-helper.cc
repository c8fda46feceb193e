// C++ side of panic-through-cxx.c.
extern "C" void c_trace (const char *);

struct guard
{
  ~guard () { c_trace ("~guard"); }
};

extern "C" void
cxx_frames (void (*f) ())
{
  guard g;
  try
    {
      f ();
    }
  catch (...)
    {
      c_trace ("catch-all-rethrows");
      throw;
    }
}
