package org.vigil.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports are RFC 4180 CSV and a cell cannot become a spreadsheet formula. */
class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndEndsLinesWithCrLf() {
        String csv = new Csv(List.of("a", "b"))
                .row(Arrays.asList("x, y", "say \"hi\"\nnow"))
                .row(Arrays.asList(null, 7))
                .toString();
        assertThat(csv).isEqualTo("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nnow\"\r\n,7\r\n");
    }

    @Test
    void aCellThatWouldRunAsAFormulaIsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+7 kill")).isEqualTo("'+7 kill");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-3)).as("a number stays a number").isEqualTo("-3");
    }
}
