package it.ccvmi.planner.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextDeliveryDayTest {

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({
            "2026-11-30, 2026-12-01", // Monday -> Tuesday
            "2026-12-04, 2026-12-05", // Friday -> Saturday: the COCs receive on Saturday
            "2026-12-05, 2026-12-07", // Saturday -> Monday: no COC receives on Sunday
            "2026-12-06, 2026-12-07", // Sunday -> Monday
            "2027-03-27, 2027-03-29", // Saturday before the 23-hour day
            "2027-10-29, 2027-10-30", // Friday before the 25-hour Sunday
            "2028-02-28, 2028-02-29", // Monday -> the leap day
            "2026-12-31, 2027-01-01"})
    void theDemoDayIsTheNextDayTheCocsReceive(LocalDate today, LocalDate expected) {
        assertThat(DemoDay.nextDeliveryDay(today)).isEqualTo(expected);
    }
}
