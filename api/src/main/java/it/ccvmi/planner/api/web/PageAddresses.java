package it.ccvmi.planner.api.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The addresses of the static pages besides the console (static/portal/, static/gestione/, static/trasparenza/):
 * static resources have no directory index outside the site root, so each address is mapped to its page.
 */
@Configuration(proxyBeanMethods = false)
class PageAddresses implements WebMvcConfigurer {

    /** The COC portal, the planners' management screens and the public transparency page. */
    static final List<String> PAGES = List.of("portal", "gestione", "trasparenza");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addRedirectViewController("/" + page, "/" + page + "/");
            registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
        }
    }
}
