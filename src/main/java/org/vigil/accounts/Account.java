package org.vigil.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vigil.shared.Role;

/** An account as administrators and the API see it (never its password hash). Also its audit snapshot. */
public record Account(
        String username,
        String displayName,
        SortedSet<Role> roles,
        SortedSet<String> missions,
        boolean enabled,
        Instant createdAt) {

    public Account {
        roles = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(roles));
        missions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missions));
    }

    static Account of(
            String username,
            String displayName,
            Set<Role> roles,
            Set<String> missions,
            boolean enabled,
            Instant createdAt) {
        return new Account(username, displayName, new TreeSet<>(roles), new TreeSet<>(missions), enabled, createdAt);
    }

    Account withEnabled(boolean value) {
        return new Account(username, displayName, roles, missions, value, createdAt);
    }
}
