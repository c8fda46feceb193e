/* Compiled by nothing: harness.exp hands it to defer-dg-test with a
   plain source that does not exist, so the test stops before compiling.  */
int main (void) { return 0; }
