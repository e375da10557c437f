package org.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthorTest {

    @Test
    void aHandleOnACaseInsensitivePlatformIsLowerCaseWithoutItsAt() {
        Author a = Author.of("  @RusEmbTurkey ", "Russian Embassy", "Twitter", "https://x.com/RusEmbTurkey");
        assertThat(a.handle()).isEqualTo("rusembturkey");
        assertThat(a.platform()).as("twitter is an alias of x").isEqualTo("x");
        assertThat(a.name()).isEqualTo("Russian Embassy");
        assertThat(a.accountKey()).isEqualTo("x:rusembturkey");
        assertThat(Author.of("@@rusembturkey", null, "x.com", null).accountKey())
                .as("the same account however it is written")
                .isEqualTo(a.accountKey());
    }

    @Test
    void aHandleOnAnUnknownPlatformKeepsItsCase() {
        Author a = Author.of("Jane Doe", null, "News.Example.org", null);
        assertThat(a.handle()).isEqualTo("Jane Doe");
        assertThat(a.platform()).isEqualTo("news.example.org");
        assertThat(a.display()).isEqualTo("@Jane Doe on news.example.org");
    }

    @Test
    void fullWidthLettersFoldToPlainOnes() {
        // full-width "Yerkhov": the same letters in another form
        assertThat(Author.of("\uFF59\uFF45\uFF52\uFF4B\uFF48\uFF4F\uFF56", null, "telegram", null)
                        .handle())
                .isEqualTo("yerkhov");
    }

    @Test
    void noHandleAndNoNameIsNoAuthor() {
        assertThat(Author.of(null, "  ", "x", null)).isNull();
        assertThat(Author.of(null, null, null, null)).isNull();
    }

    @Test
    void aTenKilobyteHandleIsRefusedWithItsLength() {
        assertThatThrownBy(() -> Author.of("a".repeat(10_240), null, "x", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("author.handle")
                .hasMessageContaining("10240 characters, over the limit of 100");
    }

    @Test
    void controlCharactersAndWhiteSpaceInASocialHandleAreRefused() {
        assertThatThrownBy(() -> Author.of("bad\u0007name", null, "x", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("U+0007");
        assertThatThrownBy(() -> Author.of("two words", null, "telegram", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("white space");
        assertThatThrownBy(() -> Author.of("@", null, "x", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no name after the @");
    }

    @Test
    void aHandleMixingLatinAndCyrillicLookAlikesIsRefused() {
        // "yerkhov" with a Cyrillic small letter o (U+043E) in place of the Latin one
        assertThatThrownBy(() -> Author.of("yerkh\u043Ev", null, "x", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mixes Latin and Cyrillic");
        assertThat(Author.of("\u0435\u0440\u0445\u043E\u0432", null, "vk", null).handle())
                .as("a handle in one script is fine")
                .isEqualTo("\u0435\u0440\u0445\u043E\u0432");
    }

    @Test
    void anAuthorUrlMustBeHttp() {
        assertThatThrownBy(() -> Author.of("someone", null, "x", "javascript:alert(1)"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("author.url");
    }
}
