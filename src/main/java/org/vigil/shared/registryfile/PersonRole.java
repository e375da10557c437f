package org.vigil.shared.registryfile;

/** A protected person's role. */
public enum PersonRole {
    AMBASSADOR,
    CONSUL_GENERAL,
    DIPLOMAT,
    STAFF,
    FAMILY,
    OTHER
}
