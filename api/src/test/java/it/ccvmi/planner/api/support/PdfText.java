package it.ccvmi.planner.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The text of a PDF as poppler's pdftotext reads it (reading order: a table cell's lines stay together). */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("route-sheet", ".pdf");
        Path text = Files.createTempFile("route-sheet", ".txt");
        try {
            Files.write(file, pdf);
            Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), text.toString())
                    .redirectErrorStream(true).start();
            assertThat(pdftotext.waitFor(60, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
            assertThat(pdftotext.exitValue()).as(new String(pdftotext.getInputStream().readAllBytes())).isZero();
            return Files.readString(text);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(text);
        }
    }
}
