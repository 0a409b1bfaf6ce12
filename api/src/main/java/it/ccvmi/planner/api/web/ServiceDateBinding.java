package it.ccvmi.planner.api.web;

import it.ccvmi.planner.planning.calendar.ServiceDates;
import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every date the API reads, in a path, a query or a JSON body, is an ISO date within
 * {@link ServiceDates} (400 otherwise), so a year 10000 never reaches a query or a stored row.
 */
@ControllerAdvice
class ServiceDateBinding {

    /** Path and query parameters: a registered editor takes precedence over the conversion service. */
    @InitBinder
    void serviceDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : parse(text.trim()));
            }
        });
    }

    /** A date out of range or not ISO; its message is the detail the client reads. */
    static final class UnacceptedDate extends IllegalArgumentException {

        UnacceptedDate(String message) {
            super(message);
        }
    }

    static LocalDate parse(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnacceptedDate("'" + text + "' non è una data (AAAA-MM-GG)");
        }
        if (!ServiceDates.accepts(date)) {
            throw new UnacceptedDate("'" + text + "' è fuori dall'intervallo ammesso (dal " + ServiceDates.FIRST
                    + " al " + ServiceDates.LAST + ")");
        }
        return date;
    }

    /** JSON bodies: the same rule for every LocalDate field. */
    @Configuration(proxyBeanMethods = false)
    static class JsonDates {

        @Bean
        JacksonModule serviceDatesModule() {
            return new SimpleModule("service-dates").addDeserializer(LocalDate.class,
                    new ValueDeserializer<LocalDate>() {
                        @Override
                        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                            String text = parser.getValueAsString();
                            try {
                                return text == null ? null : parse(text.trim());
                            } catch (UnacceptedDate e) {
                                // The reason is the message the client reads (ProblemHandling).
                                throw InvalidFormatException.from(parser, e.getMessage(), text, LocalDate.class);
                            }
                        }
                    });
        }
    }
}
