package it.ccvmi.planner.api.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ICalendarTextTest {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewlines() {
        assertThat(ICalendarText.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        String value = "Consegna à Città di Sesto € ".repeat(12) + "😀 fine";
        String ics = new ICalendarText().begin("VCALENDAR").property("VERSION", "2.0").property("PRODID", "x")
                .text("X-WR-CALNAME", value).end("VCALENDAR").toString();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("\r\n").contains("\r\n ");
        assertThat(ics.replace("\r\n ", "")).contains("X-WR-CALNAME:" + value + "\r\n");
        assertThat(StrictICalendar.parse(ics).property("X-WR-CALNAME").text()).isEqualTo(value);
    }

    @Test
    void theStrictReaderRejectsWhatRfc5545Forbids() {
        String header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n";
        assertThatThrownBy(() -> StrictICalendar.parse(header + "X-A:" + "a".repeat(80) + "\r\nEND:VCALENDAR\r\n"))
                .hasMessageContaining("octets");
        assertThatThrownBy(() -> StrictICalendar.parse(header.replace("\r\n", "\n") + "END:VCALENDAR\n"))
                .hasMessageContaining("CRLF");
        assertThatThrownBy(() -> StrictICalendar.parse(header + "SUMMARY:a,b\r\nEND:VCALENDAR\r\n"))
                .hasMessageContaining("unescaped");
        assertThatThrownBy(() -> StrictICalendar.parse(header + "BEGIN:VEVENT\r\nUID:1\r\nEND:VCALENDAR\r\n"))
                .hasMessageContaining("unbalanced");
        String fullLine = header + "X-A:" + "a".repeat(69) + "\u00e0\r\nEND:VCALENDAR\r\n";
        assertThat(StrictICalendar.parse(fullLine)).isNotNull(); // 75 octets exactly is allowed
    }
}
