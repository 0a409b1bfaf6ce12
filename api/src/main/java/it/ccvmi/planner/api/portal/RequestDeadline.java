package it.ccvmi.planner.api.portal;

import it.ccvmi.planner.api.security.PlannerPrincipal;
import it.ccvmi.planner.api.web.ApiProblem;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The request deadline ("scadenza per le richieste"): a COC may create, change or withdraw the requests of a
 * delivery day until {@code cisiamo.portal.request-deadline} (18:00 by default) {@code deadline-days-before}
 * days before it, in the service's time zone (the {@link Clock} bean's, Europe/Rome). Planners are not bound by
 * it: they correct requests for the COCs.
 */
@Component
public class RequestDeadline {

    /** The COCs receive Monday to Saturday (their default receiving windows); the portal offers those days. */
    private static final Set<DayOfWeek> DELIVERY_WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final DateTimeFormatter ITALIAN_DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy",
            Locale.ITALIAN);

    /** The problem type pages recognise a refusal after the deadline by. */
    public static final URI CLOSED_TYPE = URI.create("urn:cisiamo:problem:requests-closed");

    private final Clock clock;
    private final LocalTime closingTime;
    private final int daysBefore;

    RequestDeadline(Clock clock, @Value("${cisiamo.portal.request-deadline:18:00}") LocalTime closingTime,
            @Value("${cisiamo.portal.deadline-days-before:1}") int daysBefore) {
        this.clock = clock;
        this.closingTime = closingTime;
        this.daysBefore = daysBefore;
    }

    /** When the requests of a delivery day close. */
    public ZonedDateTime of(LocalDate deliveryDay) {
        return deliveryDay.minusDays(daysBefore).atTime(closingTime).atZone(clock.getZone());
    }

    public boolean isOpen(LocalDate deliveryDay) {
        return ZonedDateTime.now(clock).isBefore(of(deliveryDay));
    }

    /** The next {@code count} delivery days after today whose requests may still be open or just closed. */
    public List<LocalDate> nextDeliveryDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.now(clock).plusDays(1); days.size() < count; day = day.plusDays(1)) {
            if (DELIVERY_WEEKDAYS.contains(day.getDayOfWeek())) {
                days.add(day);
            }
        }
        return days;
    }

    /** @throws ApiProblem 409 with an Italian explanation when a COC changes a day whose requests are closed */
    public void requireOpen(LocalDate deliveryDay, PlannerPrincipal caller) {
        if (caller.isPlanner() || isOpen(deliveryDay)) {
            return;
        }
        ZonedDateTime deadline = of(deliveryDay);
        ApiProblem closed = ApiProblem.conflict("Richieste chiuse", "Le richieste per "
                + ITALIAN_DAY.format(deliveryDay) + " si sono chiuse " + ITALIAN_DAY.format(deadline) + " alle "
                + closingTime + ": per un cambiamento urgente telefonare alla centrale operativa.");
        closed.getBody().setType(CLOSED_TYPE);
        throw closed;
    }
}
