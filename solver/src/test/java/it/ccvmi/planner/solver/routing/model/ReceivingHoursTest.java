package it.ccvmi.planner.solver.routing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceivingHoursTest {

    private final ReceivingHours morningAndAfternoon = ReceivingHours.of(TimeWindow.ofHours(14, 17), TimeWindow.ofHours(9, 12));

    @Test
    void earlyVanWaitsForTheNextOpening() {
        assertThat(morningAndAfternoon.serviceStart(8 * 3600)).isEqualTo(9 * 3600);
        assertThat(morningAndAfternoon.serviceStart(13 * 3600)).isEqualTo(14 * 3600);
        assertThat(morningAndAfternoon.serviceStart(10 * 3600)).isEqualTo(10 * 3600);
        assertThat(morningAndAfternoon.lateness(13 * 3600)).isZero();
    }

    @Test
    void lateAfterTheLastWindowCloses() {
        assertThat(morningAndAfternoon.lateness(17 * 3600 + 90)).isEqualTo(90);
        assertThat(ReceivingHours.ANY_TIME.lateness(23 * 3600)).isZero();
    }

    /** A van served in the morning window stays so until noon; one waiting for 14:00 may come until 17:00. */
    @Test
    void aLaterArrivalKeepsItsWindowUntilThatWindowCloses() {
        assertThat(morningAndAfternoon.delayKeepingWindow(8 * 3600)).isEqualTo(4 * 3600);
        assertThat(morningAndAfternoon.delayKeepingWindow(11 * 3600 + 1800)).isEqualTo(1800);
        assertThat(morningAndAfternoon.delayKeepingWindow(13 * 3600)).isEqualTo(4 * 3600);
        assertThat(morningAndAfternoon.delayKeepingWindow(18 * 3600)).isEqualTo(Long.MAX_VALUE);
        assertThat(ReceivingHours.ANY_TIME.delayKeepingWindow(10 * 3600)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void overlappingWindowsAreRejected() {
        assertThatThrownBy(() -> ReceivingHours.of(TimeWindow.ofHours(9, 12), TimeWindow.ofHours(11, 13)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Overlapping");
    }
}
