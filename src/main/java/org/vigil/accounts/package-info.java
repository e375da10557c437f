/**
 * Accounts, roles and need-to-know: who may sign in (form login for pages, personal API tokens and, unless turned
 * off, HTTP Basic for the API), what each role may do, and which missions a scoped user may see. Its principal
 * implements {@link org.vigil.shared.ScopedPrincipal}, so {@link org.vigil.shared.Scope#current()} works everywhere.
 * It owns the security configuration: request rules, login throttling, security headers, problem-details errors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "registry"})
package org.vigil.accounts;
