package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.shared.NeedToKnow;

/**
 * Every endpoint of Vigil must say who may see what it returns: a handler without {@link NeedToKnow} on itself or
 * its class fails this test, naming the endpoint, so no endpoint ships without a scoping decision.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeedToKnowCoverageTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyVigilEndpointCarriesANeedToKnowDecision() {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                    mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = e.getValue();
                Class<?> type = handler.getBeanType();
                if (!type.getName().startsWith("org.vigil.")) {
                    continue;
                }
                String endpoint = e.getKey() + " -> " + type.getSimpleName() + "#"
                        + handler.getMethod().getName();
                checked.add(endpoint);
                boolean decided = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), NeedToKnow.class)
                        || AnnotatedElementUtils.hasAnnotation(type, NeedToKnow.class);
                if (!decided) {
                    missing.add(endpoint);
                }
            }
        }
        // The walk must see Vigil's own endpoints, or it proves nothing.
        assertThat(checked).anyMatch(s -> s.contains("/api/v1/me")).anyMatch(s -> s.contains("/audit"));
        assertThat(missing)
                .as("endpoints without @NeedToKnow (add it to the method or its controller, saying who may see what)")
                .isEmpty();
    }
}
