package it.ccvmi.planner.api.layers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The configured base layer reaches the pages as given; blank settings mean none (PortalApiTest: over HTTP). */
class MapSettingsControllerTest {

    @Test
    void aConfiguredTileServerIsHandedToThePages() {
        var settings = new MapSettingsController("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                "© OpenStreetMap contributors").settings();

        assertThat(settings.baseLayerUrl()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(settings.attribution()).isEqualTo("© OpenStreetMap contributors");
    }

    @Test
    void blankSettingsMeanNoTiles() {
        var settings = new MapSettingsController(" ", "").settings();

        assertThat(settings.baseLayerUrl()).isNull();
        assertThat(settings.attribution()).isNull();
    }
}
