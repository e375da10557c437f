package org.vigil.alerts;

/** Where a rule's alerts go besides the CAP feed, which carries every alert its reader may see. */
enum Channel {
    /** The in-app inbox; always on, listed for clarity. */
    INBOX,
    /** One e-mail to each recipient with an address. */
    EMAIL,
    /** A signed POST to the rule's webhook URL. */
    WEBHOOK
}
