package it.ccvmi.planner.api.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A comune's deliveries of one day, as the published plan version of that day has them. */
public record DeliverySchedule(String istat, String comuneName, LocalDate date, PublishedVersion planVersion,
        List<ScheduledDelivery> deliveries) {

    /** Which version the schedule comes from, and when it was published. */
    public record PublishedVersion(int number, OffsetDateTime publishedAt, String publishedBy) {
    }
}
