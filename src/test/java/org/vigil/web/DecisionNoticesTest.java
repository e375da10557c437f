package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.accounts.AccountDirectory;

/**
 * "Awaiting my decision" reaches the user by e-mail through a real SMTP server: a measure proposed at Ankara is
 * announced to the director once, with its link; the next round sends nothing new; an account without an address
 * (the officer who proposed it) gets nothing.
 */
@SpringBootTest(properties = {"vigil.alerts.base-url=https://vigil.test", "vigil.decisions.notify-every=PT1H"})
@AutoConfigureMockMvc
@Tag("db")
class DecisionNoticesTest {

    static final GreenMail SMTP;

    static {
        try (ServerSocket socket = new ServerSocket(0)) {
            SMTP = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    DecisionNotices notices;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionThatBeginsToWaitIsAnnouncedOnceByEMailWithItsLink() throws Exception {
        accounts.setEmail("director", "director@ministry.test");
        notices.announce(); // what already waited in the demo data is announced first
        SMTP.purgeEmailFromAllMailboxes();

        long id = proposeCloseProtectionInAnkara();

        assertThat(notices.announce()).isEqualTo(1);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(Arrays.stream(received[0].getAllRecipients()).map(Object::toString))
                .containsExactly("director@ministry.test");
        assertThat(received[0].getSubject()).startsWith("[Vigil] A decision awaits you");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("https://vigil.test/measures/" + id)
                .contains("Close protection");

        // announced once: the next round has nothing new for anyone
        assertThat(notices.announce()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theNoticeIsWrittenInTheLanguageTheAccountChose() throws Exception {
        accounts.setEmail("director", "director@ministry.test");
        jdbc.sql("UPDATE accounts SET interface_language = 'ru' WHERE username = 'director'")
                .update();
        try {
            notices.announce();
            SMTP.purgeEmailFromAllMailboxes();
            long id = proposeCloseProtectionInAnkara();

            assertThat(notices.announce()).isEqualTo(1);
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received[0].getSubject()).startsWith("[Vigil] Ваше решение ожидается: Мера на утверждение");
            assertThat((String) received[0].getContent())
                    .contains("https://vigil.test/measures/" + id)
                    .contains("Теперь этот вопрос ждёт вашего решения")
                    .doesNotContain("waits for your decision");
        } finally {
            jdbc.sql("UPDATE accounts SET interface_language = NULL WHERE username = 'director'")
                    .update();
        }
    }

    /** Proposes close protection for Ankara as its officer, so that it waits for the director's approval. */
    private long proposeCloseProtectionInAnkara() throws Exception {
        jdbc.sql("UPDATE measure SET state = 'WITHDRAWN' WHERE mission_id = 'ru-embassy-ankara'"
                        + " AND code = 'CLOSE_PROTECTION' AND state IN ('PROPOSED', 'APPROVED', 'IMPLEMENTED')")
                .update();
        String body = mvc.perform(post("/api/v1/measures")
                        .with(httpBasic("officer.ankara", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"missionId": "ru-embassy-ankara", "code": "CLOSE_PROTECTION",
                         "reason": "Threats against the Ambassador before the exhibition", "signalIds": [],
                         "deadline": "%s"}""".formatted(LocalDate.now().plusDays(5))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
    }
}
