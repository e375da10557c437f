package org.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private static MockHttpServletRequest request(String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.1.1");
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void ignoresForwardedForUnlessTheProxyIsTrusted() {
        assertThat(ClientAddress.of(request("203.0.113.9"), false)).isEqualTo("10.1.1.1");
    }

    @Test
    void behindATrustedProxyTakesTheHopItAppended() {
        // The client claimed 1.2.3.4; our proxy saw the connection come from 203.0.113.9.
        assertThat(ClientAddress.of(request("1.2.3.4, 203.0.113.9"), true)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(request(null), true)).isEqualTo("10.1.1.1");
        assertThat(ClientAddress.of(request(" , "), true)).isEqualTo("10.1.1.1");
    }
}
