/**
 * Whom a threat, attack, plot or protest is aimed at: findings linked to the registry mentions of their sentence by
 * the slot their phrase leaves, replies linked to the account's owner, and a person's mission added to them.
 */
package org.vigil.analysis.targets;
