package dev.precis.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Turns failures of the HTTP function into a status code and an {@link ErrorBody}. */
@ApplicationScoped
public class HttpErrors {

    private static final Logger LOG = Logger.getLogger(HttpErrors.class);

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (ctx.response().ended()) return;
        PrecisException pe = ErrorBody.find(ctx.failure());
        int status;
        ErrorBody body;
        if (pe != null) {
            status = pe.code().httpStatus();
            body = ErrorBody.of(pe);
            LOG.debugf("request failed: %s: %s", pe.code().id(), pe.getMessage()); // Observed logged and counted it
        } else if (ctx.failure() == null && ctx.statusCode() == 400) {
            status = 400;
            body = new ErrorBody(ErrorCode.INVALID_JSON.id(), "the request body is not valid JSON", null);
        } else if (ctx.failure() == null && ctx.statusCode() > 0 && ctx.statusCode() < 500) {
            ctx.next();
            return;
        } else {
            status = 500;
            body = ErrorBody.internal();
            LOG.error("request failed", ctx.failure());
        }
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(500).end();
        }
    }
}
