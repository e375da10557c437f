package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Before the application is ready, pages and the API say "starting" (503, retry) instead of failing a sign-in. */
class StartingFilterTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingFilter filter = new StartingFilter(availability);

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299); // reached the application
        }
        return response;
    }

    private void readiness(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
    }

    @Test
    void untilReadyALoginIsAskedToRetryAndHealthProbesPassThrough() throws Exception {
        MockHttpServletResponse login = get("/login");
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("3");
        assertThat(login.getContentAsString()).contains("Vigil is starting").contains("http-equiv=\"refresh\"");

        MockHttpServletResponse api = get("/api/v1/items");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503").contains("retry in 3 seconds");

        assertThat(get("/actuator/health/readiness").getStatus()).isEqualTo(299);

        readiness(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get("/login").getStatus()).isEqualTo(299);
        assertThat(get("/api/v1/items").getStatus()).isEqualTo(299);

        readiness(ReadinessState.REFUSING_TRAFFIC); // shutting down
        assertThat(get("/login").getStatus()).isEqualTo(503);
    }
}
