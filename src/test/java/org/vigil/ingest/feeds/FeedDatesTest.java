package org.vigil.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Wed, 05 Feb 2020 10:00:00 GMT       | 2020-02-05T10:00:00Z",
                "Wed, 5 Feb 2020 10:00:00 +0300      | 2020-02-05T07:00:00Z",
                "Wed, 05 Feb 2020 10:00:00 +03:00    | 2020-02-05T07:00:00Z",
                "05 Feb 2020 10:00 EST               | 2020-02-05T15:00:00Z",
                "Wednesday, 05-Feb-20 10:00:00 PDT   | 2020-02-05T17:00:00Z",
                "Wed, 05 Feb 2020 10:00:00 MSK       | 2020-02-05T07:00:00Z",
                "Wed, 05 Feb 2020 10:00:00 UT        | 2020-02-05T10:00:00Z",
                "Wed, 05 February 2020 10:00:00 CET  | 2020-02-05T09:00:00Z",
                "Wed, 05 Feb 2020 10:00:00           | 2020-02-05T10:00:00Z",
                "2020-02-05T10:00:00Z                | 2020-02-05T10:00:00Z",
                "2020-02-05T10:00:00.123456+03:00    | 2020-02-05T07:00:00.123456Z",
                "2020-02-05T10:00+0530               | 2020-02-05T04:30:00Z",
                "2020-02-05 10:00:00                 | 2020-02-05T10:00:00Z",
                "2020-02-05                          | 2020-02-05T00:00:00Z",
                "  2020-02-05T10:00:00-05:00         | 2020-02-05T15:00:00Z"
            })
    void readsTheFormsFeedsUse(String text, String expected) {
        assertThat(FeedDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "2020-02-30T10:00:00Z",
                "Wed, 05 Foo 2020 10:00:00 GMT",
                "Wed, 05 Feb 2020 25:00:00 GMT",
                "05 Feb 2020 10:00:00 XYZ",
                "le 8 février 2020"
            })
    void refusesWhatItCannotRead(String text) {
        assertThat(FeedDates.parse(text)).isEmpty();
    }
}
