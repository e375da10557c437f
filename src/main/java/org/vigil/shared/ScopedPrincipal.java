package org.vigil.shared;

/** A principal that knows which missions its user may see. The accounts module's users implement it. */
public interface ScopedPrincipal {

    /** The user's login name. */
    String username();

    /** What the user may see. */
    Scope scope();
}
