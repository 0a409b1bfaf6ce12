package it.ccvmi.planner.data.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;

/** Stores a weekday as its ISO 8601 number (1 = Monday ... 7 = Sunday), not as a 0-based ordinal. */
@Converter
class IsoDayOfWeekConverter implements AttributeConverter<DayOfWeek, Short> {

    @Override
    public Short convertToDatabaseColumn(DayOfWeek day) {
        return day == null ? null : (short) day.getValue();
    }

    @Override
    public DayOfWeek convertToEntityAttribute(Short isoNumber) {
        return isoNumber == null ? null : DayOfWeek.of(isoNumber);
    }
}
