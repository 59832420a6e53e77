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

/**
 * Turns failures of the HTTP function into a status code and an {@link ErrorBody}, and writes the answers
 * other than 200 that the function hands over in an {@link HttpReplyException}.
 */
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
        for (Throwable t = ctx.failure(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpReplyException r) {
                write(ctx, r.reply().status(), r.reply().headers(), r.reply().body());
                return;
            }
        }
        PrecisException pe = ErrorBody.find(ctx.failure());
        int status;
        ErrorBody body;
        if (pe != null) {
            HttpTrigger.Reply reply = HttpTrigger.error(pe);
            LOG.debugf("request failed: %s: %s", pe.code().id(), pe.getMessage()); // Observed logged and counted it
            write(ctx, reply.status(), reply.headers(), reply.body());
            return;
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
        write(ctx, status, java.util.Map.of("Content-Type", "application/json"), body);
    }

    private void write(RoutingContext ctx, int status, java.util.Map<String, String> headers, Object body) {
        try {
            String json = mapper.writeValueAsString(body);
            ctx.response().setStatusCode(status);
            headers.forEach(ctx.response()::putHeader);
            ctx.response().end(json);
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(500).end();
        }
    }
}
