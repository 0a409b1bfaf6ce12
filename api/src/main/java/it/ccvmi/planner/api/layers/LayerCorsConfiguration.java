package it.ccvmi.planner.api.layers;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets map viewers on other origins (MapStore, OpenLayers pages) read the WFS and the GeoJSON downloads.
 * Any origin, no credentials: the public layers need none, and a planner's browser session is not shared.
 * Spring Security's {@code cors()} picks these mappings up, so preflight requests are answered before sign-in.
 */
@Configuration(proxyBeanMethods = false)
class LayerCorsConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/wfs/**", "/layers/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD", "POST", "OPTIONS")
                    .allowedHeaders("*").exposedHeaders("Content-Disposition").allowCredentials(false)
                    .maxAge(3600);
        }
    }
}
