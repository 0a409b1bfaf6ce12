package it.ccvmi.planner.api.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EtaWindowTest {

    @Test
    void fifteenMinutesBeforeToThirtyAfterTheArrivalRoundedToTheMinute() {
        assertThat(EtaWindow.around(LocalTime.of(12, 28, 21), LocalTime.of(8, 0)))
                .isEqualTo(new EtaWindow(LocalTime.of(12, 28), LocalTime.of(12, 13), LocalTime.of(12, 58)));
        assertThat(EtaWindow.around(LocalTime.of(12, 28, 30), LocalTime.of(8, 0)).arrival())
                .isEqualTo(LocalTime.of(12, 29));
    }

    @Test
    void theWindowOpensNoEarlierThanTheVanLeavesAndClosesBeforeMidnight() {
        assertThat(EtaWindow.around(LocalTime.of(8, 5), LocalTime.of(7, 58, 40)).opens())
                .isEqualTo(LocalTime.of(7, 58));
        assertThat(EtaWindow.around(LocalTime.of(0, 10), null).opens()).isEqualTo(LocalTime.MIN);
        assertThat(EtaWindow.around(LocalTime.of(23, 50), LocalTime.of(22, 0)).closes()).isEqualTo(LocalTime.of(23, 59));
        assertThat(EtaWindow.around(LocalTime.of(23, 59, 50), LocalTime.of(22, 0)).arrival())
                .isEqualTo(LocalTime.of(23, 59));
    }
}
