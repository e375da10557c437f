package org.vigil.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void theHeaderCharsetDecodesCyrillic() {
        byte[] body = "<p>Посольство России в Анкаре</p>".getBytes(Charset.forName("windows-1251"));
        assertThat(TextDecoding.decode(body, Optional.of("windows-1251")))
                .isInstanceOfSatisfying(TextDecoding.Decoded.Text.class, t -> {
                    assertThat(t.text()).isEqualTo("<p>Посольство России в Анкаре</p>");
                    assertThat(t.charsetSource()).isEqualTo("Content-Type header");
                });
    }

    @Test
    void theXmlPrologIsReadWhenTheHeaderIsSilent() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><rss>Büyükelçilik önünde</rss>"
                .getBytes(Charset.forName("ISO-8859-9"));
        assertThat(TextDecoding.decode(body, Optional.empty()))
                .isInstanceOfSatisfying(
                        TextDecoding.Decoded.Text.class,
                        t -> assertThat(t.text()).contains("Büyükelçilik önünde"));
    }

    @Test
    void aByteOrderMarkWinsAndIsDropped() {
        byte[] text = "<rss>ok</rss>".getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        System.arraycopy(text, 0, body, 2, text.length);
        assertThat(TextDecoding.decode(body, Optional.of("iso-8859-1")))
                .isInstanceOfSatisfying(
                        TextDecoding.Decoded.Text.class,
                        t -> assertThat(t.text()).isEqualTo("<rss>ok</rss>"));
    }

    @Test
    void invalidUtf8IsReportedWithItsOffsetNotReplaced() {
        byte[] body = {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'};
        assertThat(TextDecoding.decode(body, Optional.of("utf-8")))
                .isInstanceOfSatisfying(
                        TextDecoding.Decoded.Undecodable.class,
                        u -> assertThat(u.reason()).contains("UTF-8", "byte 3"));
    }

    @Test
    void anUnknownCharsetIsReported() {
        assertThat(TextDecoding.decode("x".getBytes(StandardCharsets.US_ASCII), Optional.of("klingon-8")))
                .isInstanceOfSatisfying(
                        TextDecoding.Decoded.Undecodable.class,
                        u -> assertThat(u.reason()).contains("klingon-8"));
    }
}
