/**
 * The audit trail: who did what, when, from where, with the record before and after. Append-only and
 * hash-chained: each entry holds the SHA-256 of the previous one, so an altered or deleted row breaks the chain,
 * and {@code bin/vigil audit verify} names the first broken link.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vigil.audit;
