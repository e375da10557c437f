/**
 * The registry file of the analysis contract (shared/spec/analyze-contract.md): missions and protected people as
 * one JSON document. The analysis engine reads it, the registry module imports and exports it. Parsing checks the
 * whole file and reports every problem (entry, field, reason) rather than the first one.
 */
package org.vigil.shared.registryfile;
