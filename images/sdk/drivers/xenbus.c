/* xenbus: see sdk/xenbus.h. */
#include <sdk/guest.h>
#include <sdk/xenbus.h>
#include <sdk/xenstore.h>
#include <hvsim/xenbus.h>

long xenbus_wait_backend(const char *backend, unsigned long want, const char *token)
{
    char path[128], wpath[128], tok[16];
    snprintf(path, sizeof path, "%s/state", backend);
    long rc = xs_watch(path, token);
    if (rc < 0)
        return rc;
    for (;;) {
        unsigned long state = 0;
        rc = xs_read_ulong(path, &state);
        if (rc >= 0 && state == want)
            break;
        if (rc >= 0 && want < XenbusStateClosing && state >= XenbusStateClosing) {
            rc = -XEN_EIO;
            break;
        }
        rc = xs_read_watch(wpath, sizeof wpath, tok, sizeof tok);
        if (rc < 0 && rc != -XEN_E2BIG)
            break;
    }
    xs_unwatch(path, token);
    return rc < 0 ? rc : 0;
}
