package org.vigil;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The API describes itself: OpenAPI with every registry path, Swagger UI, and build information. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDescribesTheRegistryApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/missions'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/missions/{id}'].put", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/countries'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/registry/import'].post", notNullValue()));
    }

    @Test
    void swaggerUiIsServedFromTheJarToSignedInUsers() throws Exception {
        mvc.perform(
                        get("/swagger-ui/index.html")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("analyst")
                                        .roles("HQ_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger")));
    }

    @Test
    void buildInformationIsPublished() throws Exception {
        mvc.perform(get("/actuator/info").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact", containsString("vigil")));
    }
}
