package org.vigil.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC quotes table and column names, and H2 and PostgreSQL fold unquoted names differently (upper
 * versus lower case). Unquoted names let the same migrations and mappings work on both databases.
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
            context.setForceQuote(false);
        }
        return bean;
    }
}
