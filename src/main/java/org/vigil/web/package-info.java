/**
 * The web shell: the page layout and stylesheet every page uses, the home page with the offline world map of the
 * missions the caller may see, error pages, and the navigation state shared by all pages. Modules render their
 * own pages (in their {@code web} sub-packages) inside this shell.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "registry",
            "risk",
            "signals",
            "analysis",
            "accounts",
            "conflict",
            "interest",
            "alerts"
        })
package org.vigil.web;
