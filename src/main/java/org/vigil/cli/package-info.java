/**
 * The command line behind {@code bin/vigil}: {@code serve} starts the server; {@code registry} and {@code audit}
 * commands start the application without its web layer; the analysis commands run the engine as plain Java,
 * without Spring, so that they start in well under a second.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"registry", "audit", "analysis", "analysis :: lang", "ingest", "conflict", "shared"})
package org.vigil.cli;
