package it.ccvmi.planner.api.transparency;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.api.web.CsvTransfer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public transparency: what the published plans delivered, aggregated; no names of people, no drafts. */
@RestController
@RequestMapping("/api/v1/public/statistics")
@Tag(name = "Transparency")
class StatisticsController {

    /** A year, leap day included: longer periods are summed by the caller from yearly answers. */
    static final long MAX_DAYS = 366;

    private final StatisticsReader statistics;

    StatisticsController(StatisticsReader statistics) {
        this.statistics = statistics;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Deliveries and kg per goods family, goods category and comune over [from, to] "
            + "(published plans only; at most 366 days; Accept text/csv for a sheet)")
    DeliveryStatistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return statistics.between(from, to);
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> statisticsCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        String fileName = "consegne-" + from + "-" + to + ".csv";
        return CsvTransfer.attachment(fileName, StatisticsCsv.of(statistics.between(from, to)));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "non può venire prima di from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiProblem.invalidField("to", "il periodo può durare al massimo " + MAX_DAYS + " giorni");
        }
    }
}
