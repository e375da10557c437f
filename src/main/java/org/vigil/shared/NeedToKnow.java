package org.vigil.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The need-to-know decision for an endpoint (a controller class or a handler method). Every handler must carry
 * one, on itself or its class: a test walks all request mappings and fails for any that has none, so a new
 * endpoint cannot appear without somebody deciding who may see what it returns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NeedToKnow {

    Kind value();

    /** One line on why this decision is right, for the reviewer. */
    String why() default "";

    enum Kind {
        /** Returns or changes mission-bound data; queries filter by the caller's {@link Scope}. */
        MISSION_SCOPED,
        /** Reference data that holds nothing secret (countries, the caller's own account, static pages). */
        PUBLIC_REFERENCE,
        /** Restricted by role to unrestricted users (administrators, HQ, auditors); no mission filter needed. */
        HQ_ONLY
    }
}
