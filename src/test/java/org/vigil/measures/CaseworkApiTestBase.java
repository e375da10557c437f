package org.vigil.measures;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.MutableClock;
import org.vigil.SecurityTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API tests of measures, host requests and incidents share, so that they share one application context:
 * the demo accounts, a clock they can move, the events those modules published ({@link RecordedEvents}), and a call
 * that checks the status and reads the JSON answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({SecurityTestSupport.Clocks.class, RecordedEvents.class})
@Tag("db")
public abstract class CaseworkApiTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    protected static final RequestPostProcessor DIRECTOR = httpBasic("director", "demo");
    protected static final RequestPostProcessor DEPUTY = httpBasic("deputy.director", "demo");
    protected static final RequestPostProcessor ANALYST = httpBasic("analyst", "demo");
    protected static final RequestPostProcessor ANKARA = httpBasic("officer.ankara", "demo");
    protected static final RequestPostProcessor HEAD_ANKARA = httpBasic("head.ankara", "demo");
    protected static final RequestPostProcessor ISTANBUL = httpBasic("officer.istanbul", "demo");

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected RecordedEvents events;

    @Autowired
    protected MutableClock clock;

    /** Performs the request as {@code who}, expects the status, and returns the JSON body (null when empty). */
    protected JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(request.with(who))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    /** The request with a JSON body. */
    protected static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Today's date on the test clock, in UTC as the deadlines and references are. */
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
