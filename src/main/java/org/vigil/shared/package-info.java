/**
 * Small types every module may use: the caller's need-to-know {@link org.vigil.shared.Scope}, the
 * {@link org.vigil.shared.NeedToKnow} marker that every endpoint must carry, and the registry file format of the
 * analysis contract ({@link org.vigil.shared.registryfile}). Nothing here depends on another Vigil module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.vigil.shared;
