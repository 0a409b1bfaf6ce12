package it.ccvmi.planner.solver.routing.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The search's generator draws what {@link Random} draws from the same seed: a seeded search finds the same plans. */
class SearchRandomTest {

    @Test
    void drawsWhatRandomDrawsFromTheSameSeed() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Random expected = new Random(seed);
            Random actual = new SearchRandom(seed);
            for (int i = 0; i < 1000; i++) {
                assertThat(actual.nextInt(1 + i)).isEqualTo(expected.nextInt(1 + i));
                assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
                assertThat(actual.nextLong()).isEqualTo(expected.nextLong());
                assertThat(actual.nextBoolean()).isEqualTo(expected.nextBoolean());
                assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
            }
        }
    }

    @Test
    void startsOverWhenSeededAgain() {
        Random random = new SearchRandom(3);
        int first = random.nextInt();
        random.nextInt();

        random.setSeed(3);

        assertThat(random.nextInt()).isEqualTo(first);
    }
}
