package it.ccvmi.planner.api.delivery;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The crew page is static (static/equipaggio/); its address carries the route's token, which the page's script
 * reads. Tokens have no dots, so the page's own files (crew.js) are still served as files.
 */
@Configuration(proxyBeanMethods = false)
class CrewPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/equipaggio/{token:[A-Za-z0-9_-]+}")
                .setViewName("forward:/equipaggio/index.html");
    }
}
