package it.ccvmi.planner.api.web;

import it.ccvmi.planner.data.exchange.SheetImport;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP side of spreadsheet exchange: uploaded CSV bodies in, CSV attachments out. */
public final class CsvTransfer {

    public static final String TEXT_CSV = "text/csv";
    /** More lines than any real sheet holds (a year of every site's requests is about 30,000). */
    public static final int MAX_LINES = 50_000;

    private CsvTransfer() {
    }

    /** What an accepted file changed. */
    public record ImportSummary(String file, int created, int updated) {

        public static ImportSummary of(String file, SheetImport result) {
            return new ImportSummary(file, result.created(), result.updated());
        }
    }

    /** The uploaded sheet as text: the charset of the Content-Type, UTF-8 when none is given (Excel's "CSV UTF-8"). */
    public static String text(byte[] body, MediaType contentType) {
        Charset charset = contentType == null || contentType.getCharset() == null ? StandardCharsets.UTF_8
                : contentType.getCharset();
        String text = body == null ? "" : new String(body, charset);
        if (text.chars().filter(c -> c == '\n').count() > MAX_LINES) {
            throw new BodyTooLargeException("il foglio ha più di " + MAX_LINES + " righe; non è stato importato"
                    + " nulla (dividerlo in fogli più piccoli)");
        }
        return text;
    }

    public static Reader read(byte[] body, MediaType contentType) {
        return new StringReader(text(body, contentType));
    }

    /** A sheet to download, named so that a browser saves it as a file. */
    public static ResponseEntity<String> attachment(String fileName, String csv) {
        return attachment(new MediaType("text", "csv", StandardCharsets.UTF_8), fileName, csv);
    }

    /** A text file of any type (CSV, iCalendar) to download under this name. */
    public static ResponseEntity<String> attachment(MediaType type, String fileName, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
