/**
 * The registry: missions, protected people and countries, their REST API under {@code /api/v1}, and import and
 * export in the analysis contract's registry format. Records that others point to are retired, never deleted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.vigil.registry;
