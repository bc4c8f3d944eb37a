/* The domain's command line (start_info->cmd_line, from the config's cmdline)
   as space-separated key=value words. */
#ifndef SDK_CMDLINE_H
#define SDK_CMDLINE_H

#include <sdk/guest.h>

/* The value of "key=" on the command line, copied into buf[len] (cut to fit);
   0 if the key is absent. */
static inline int cmdline_opt(const char *key, char *buf, size_t len)
{
    const char *s = (const char *)start_info->cmd_line;
    size_t klen = strlen(key);
    while (*s) {
        while (*s == ' ')
            s++;
        const char *end = s;
        while (*end && *end != ' ')
            end++;
        if ((size_t)(end - s) > klen && strncmp(s, key, klen) == 0 && s[klen] == '=') {
            size_t n = (size_t)(end - s) - klen - 1;
            if (n >= len)
                n = len - 1;
            memcpy(buf, s + klen + 1, n);
            buf[n] = '\0';
            return 1;
        }
        s = end;
    }
    return 0;
}

#endif
