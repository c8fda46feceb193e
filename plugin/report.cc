/* report.cc -- -fplugin-arg-defer-report (SPEC O4).

   One note per defer site, at the `defer' keyword, saying how it was
   lowered, so a user can see which sites are free and which use libdefer
   without reading assembly.  */

#include "defer-plugin.h"

void
defer_report_site (const struct defer_site *site)
{
  if (!defer_opts.report)
    return;
  if (site->loop == DEFER_NOT_IN_LOOP)
    inform (site->loc, "defer open-coded");
  else
    inform (site->loc, "defer runtime (in loop)");
}
