/** Offline language identification, by script first and Lingua only for what the script cannot tell. */
package org.vigil.analysis.language;
