package it.ccvmi.planner.planning.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        CsvTable table = CsvTable.read("x.csv", new StringReader(
                "name,notes\r\n\"A, B\",\"said \"\"hi\"\"\"\r\n\"multi\nline\",x\r\nlast,y"));

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 3, 5);
        assertThat(table.rows().get(0).values()).containsExactly("A, B", "said \"hi\"");
        assertThat(table.rows().get(1).values()).containsExactly("multi\nline", "x");
        assertThat(table.rows().get(2).values()).containsExactly("last", "y");
    }

    @Test
    void detectsTheSemicolonOfItalianExcelAndSkipsTheByteOrderMarkAndBlankLines() {
        CsvTable table = CsvTable.read("x.csv", new StringReader("\uFEFFUnità;Peso, kg\n3;1,5\n;\n\n"));

        assertThat(table.header()).containsExactly("Unità", "Peso, kg");
        assertThat(table.columnOf(List.of("unita"))).isZero();
        assertThat(table.columnOf(List.of("peso_kg"))).isEqualTo(1);
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void anEmptyFileIsAProblemOnLineOne() {
        assertThatThrownBy(() -> CsvTable.read("vuoto.csv", new StringReader("")))
                .hasMessageContaining("vuoto.csv line 1: il file è vuoto");
    }

    @Test
    void parsesDecimalsWrittenTheItalianOrTheEnglishWay() {
        assertThat(SheetReader.parseDecimal("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(SheetReader.parseDecimal("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(SheetReader.parseDecimal("12,75")).isEqualByComparingTo("12.75");
        assertThat(SheetReader.parseDecimal("12.75")).isEqualByComparingTo("12.75");
        assertThat(SheetReader.parseDecimal("1 200")).isEqualByComparingTo(new BigDecimal(1200));
        assertThat(SheetReader.parseDecimal("dodici")).isNull();
    }
}
