package org.vigil.measures;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (the overdue check) run in the server unless {@code vigil.scheduling.enabled=false}; never in a command. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@ConditionalOnProperty(name = "vigil.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MeasuresConfiguration {}
