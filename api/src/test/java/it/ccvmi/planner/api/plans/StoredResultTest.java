package it.ccvmi.planner.api.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ccvmi.planner.api.plans.StoredResult.Fairness;
import it.ccvmi.planner.api.plans.StoredResult.Timings;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The stored result blob: written with its schema version, read back as the same record, old blobs as version 1. */
class StoredResultTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsBackWhatItWroteWithItsSchemaVersion() {
        StoredResult written = new StoredResult(StoredResult.CURRENT_SCHEMA, null, List.of(), List.of(),
                new Fairness(0.5, 0.75, 0.9, List.of()), null, null, new Timings(1, 2, 3));

        String blob = json.writeValueAsString(written);

        assertThat(json.readTree(blob).get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.readValue(blob, StoredResult.class)).isEqualTo(written);
    }

    @Test
    void readsABlobWrittenBeforeTheSchemaVersionAsVersionOne() {
        StoredResult old = json.readValue("{\"timings\": {\"splitMillis\": 4, \"matrixMillis\": 5, \"solveMillis\": 6}}",
                StoredResult.class);

        assertThat(old.schemaVersion()).isEqualTo(1);
        assertThat(old.timings()).isEqualTo(new Timings(4, 5, 6));
    }

    @Test
    void refusesABlobOfANewerSchemaThanItReads() {
        assertThatThrownBy(() -> json.readValue("{\"schemaVersion\": 2}", StoredResult.class))
                .hasRootCauseInstanceOf(IllegalStateException.class).rootCause().hasMessageContaining("schema 2");
    }
}
