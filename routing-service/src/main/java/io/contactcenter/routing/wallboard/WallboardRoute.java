package io.contactcenter.routing.wallboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The page is static (META-INF/resources/wallboard/index.html), served at {@code /wallboard/}; the URL people
 * type and the launcher prints, {@code /wallboard}, redirects there so the page's relative asset links resolve.
 */
@ApplicationScoped
public class WallboardRoute {

    static final String PAGE = "/wallboard/";

    void route(@Observes Router router) {
        router.get("/wallboard").handler(rc -> {
            if (rc.normalizedPath().endsWith("/")) {
                rc.next();
            } else {
                rc.redirect(PAGE);
            }
        });
    }
}
