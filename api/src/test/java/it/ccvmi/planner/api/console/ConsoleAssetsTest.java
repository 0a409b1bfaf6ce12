package it.ccvmi.planner.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.support.ApiClient;
import it.ccvmi.planner.api.support.ApiClient.Auth;
import it.ccvmi.planner.api.support.ApiTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's page, scripts, styles and Leaflet are served to anyone, offline: nothing from the internet. */
@ApiTest
class ConsoleAssetsTest {

    private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"([^\"]+\\.(?:js|css))\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\.\\.?/[^']+)'");
    private static final Pattern EXTERNAL_URL = Pattern.compile("https?://[^\\s'\"`)]+");
    // The one http:// string the scripts hold is the SVG namespace, a name that is never fetched.
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    @Autowired
    ApiClient api;

    @Test
    void thePageIsServedWithoutSigningIn() {
        ApiClient.Response page = api.get("/console/", Auth.NONE);
        ApiClient.Response bare = api.get("/console", Auth.NONE);
        ApiClient.Response root = api.get("/", Auth.NONE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("id=\"sign-in-form\"", "id=\"map\"", "id=\"progress\"");
        assertThat(bare.status()).isEqualTo(302);
        assertThat(bare.header("Location")).endsWith("/console/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/console/");
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/console/", "/console/map.js", "/equipaggio/any-crew-token",
                "/swagger-ui/index.html", "/wfs",
                "/api/v1/public/statistics?from=2031-01-01&to=2031-01-02"}) {
            String policy = api.get(path, Auth.NONE).header("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self';", "object-src 'none'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-eval");
        }
        assertThat(api.get("/console/", Auth.NONE).header("Content-Security-Policy"))
                .contains("style-src 'self';").doesNotContain("unsafe-inline");
    }

    @Test
    void everyAssetThePageUsesIsServedWithItsContentType() {
        String page = api.get("/console/", Auth.NONE).body();
        List<String> assets = matches(PAGE_ASSET, page);

        assertThat(assets).contains("/webjars/leaflet/dist/leaflet.js", "/webjars/leaflet/dist/leaflet.css",
                "console.js", "console.css");
        for (String asset : assets) {
            ApiClient.Response response = api.get(resolve(asset), Auth.NONE);
            assertThat(response.status()).as(asset).isEqualTo(200);
            assertThat(response.contentType()).as(asset)
                    .startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
        }
    }

    @Test
    void theScriptModulesOfEveryPageAndTheirImportsAreServed() {
        List<String> modules = new ArrayList<>(List.of("/console/console.js", "/portal/portal.js",
                "/gestione/gestione.js", "/trasparenza/trasparenza.js", "/equipaggio/crew.js"));
        for (int i = 0; i < modules.size(); i++) {
            String path = modules.get(i);
            ApiClient.Response module = api.get(path, Auth.NONE);
            assertThat(module.status()).as(path).isEqualTo(200);
            assertThat(module.contentType()).as(path).startsWith("text/javascript");
            assertThat(matches(EXTERNAL_URL, module.body())).as(path).allMatch(SVG_NAMESPACE::equals);
            matches(MODULE_IMPORT, module.body()).stream().map(name -> URI.create(path).resolve(name).toString())
                    .filter(name -> !modules.contains(name)).forEach(modules::add);
        }
        assertThat(modules).contains("/console/api.js", "/console/map.js", "/console/panels.js",
                "/shared/i18n.js", "/shared/messages.js", "/shared/dom.js");
    }

    @Test
    void everyPageIsServedWithoutSigningIn() {
        for (String page : List.of("/portal/", "/gestione/", "/trasparenza/")) {
            ApiClient.Response served = api.get(page, Auth.NONE);
            assertThat(served.status()).as(page).isEqualTo(200);
            assertThat(served.body()).as(page).contains("<html lang=\"it\">");
            assertThat(matches(EXTERNAL_URL, served.body())).as(page).isEmpty();
            for (String asset : matches(PAGE_ASSET, served.body())) {
                ApiClient.Response response = api.get(URI.create(page).resolve(asset).toString(), Auth.NONE);
                assertThat(response.status()).as(page + asset).isEqualTo(200);
                assertThat(response.contentType()).as(page + asset)
                        .startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
            }
        }
    }

    @Test
    void nothingIsFetchedFromTheInternet() {
        assertThat(matches(EXTERNAL_URL, api.get("/console/", Auth.NONE).body())).isEmpty();
        assertThat(matches(EXTERNAL_URL, api.get("/console/console.css", Auth.NONE).body())).isEmpty();
    }

    private static String resolve(String asset) {
        return asset.startsWith("/") ? asset : "/console/" + asset;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() == 0 ? matcher.group() : matcher.group(1));
        }
        return found;
    }
}
